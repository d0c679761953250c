import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { scoreCases } from '../../src/score/index.js';
import { validateDataset } from '../../src/model/validate.js';
import { SAMPLES_DIR } from '../../src/util/paths.js';

// samples/expected.json lists, per case file, the rule ids planted in it ([] = clean)
const file = path.join(SAMPLES_DIR, 'json', 'province.json');
const dataset = validateDataset(JSON.parse(readFileSync(file, 'utf8')), file);
const expected = JSON.parse(readFileSync(path.join(SAMPLES_DIR, 'expected.json'), 'utf8')).cases as Record<string, string[]>;
// the schemes ride along: an inspection's scheme says whether experts were due (three-in-one-experts)
const result = scoreCases(dataset.cases, { schemes: dataset.schemes });

describe('the bundled sample province', () => {
  it('scores every case file of expected.json', () => {
    expect(result.files.map((f) => f.id).sort()).toEqual(Object.keys(expected).sort());
  });
  it('every clean file scores ≥ 90 with no findings in facts, evidence, legal or procedure', () => {
    const clean = result.files.filter((f) => expected[f.id]!.length === 0);
    expect(clean.length).toBeGreaterThan(100);
    for (const f of clean) {
      expect(f.score, f.id).toBeGreaterThanOrEqual(90);
      expect(f.findings.filter((x) => ['facts', 'evidence', 'legal', 'procedure'].includes(x.category)), f.id).toEqual([]);
    }
  });
  it('every planted-defect file gets exactly its expected findings', () => {
    const wrong = result.files
      .map((f) => ({ id: f.id, got: [...new Set(f.findings.map((x) => x.ruleId))].sort(), want: [...expected[f.id]!].sort() }))
      .filter((x) => x.got.join() !== x.want.join());
    expect(wrong).toEqual([]);
  });
});
