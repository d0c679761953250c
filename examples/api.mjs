// The programmatic API (README "Programmatic use"): draw a sample, score the drawn files, in English; the
// library prints nothing. In your own project import from 'caseaudit' instead of '../dist/index.js'.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext, draw, score } from '../dist/index.js';

const context = createContext({ lang: 'en', progress: (line) => console.error(line) });
const inputs = [fileURLToPath(new URL('../samples/json/province.json', import.meta.url))];
const manifest = path.join(mkdtempSync(path.join(os.tmpdir(), 'caseaudit-api-')), 'manifest.json');

const drawn = await draw({ inputs, preset: 'semiannual-cases', period: '2025H1', seed: '2025', output: manifest, context });
console.log(`drew ${drawn.manifest.selected.length} files; wrote ${drawn.files.map((f) => path.basename(f)).join(', ')}`);

const scored = await score({ inputs, sample: manifest, context });
for (const f of scored.result.files.slice(0, 3)) console.log(`${f.id}  ${f.score}  ${f.grade}`);
