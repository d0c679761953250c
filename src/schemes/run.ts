/** The scheme-review job: ingest → (sample) → review → result JSON and rejection notices, written together. */
import type { Dataset } from '../model/types.js';
import { InputError } from '../errors.js';
import { getLang, tr, type Lang } from '../i18n.js';
import { ingestWithOcr, type OcrIngestOptions } from '../ocr/ingest-ocr.js';
import { writeFilesAtomic, writeToStdout } from '../util/fs.js';
import { loadRuleSettings } from './config.js';
import { loadKeyItems } from './key-items.js';
import { noticeFiles } from './notices.js';
import { sourceDate } from '../util/time.js';
import { reviewSchemes } from './review.js';
import { loadManifest, selectFromManifest } from '../sample/manifest.js';
import { checkSampleInputs } from '../sample/input-check.js';
import type { SchemesResult } from './types.js';

export interface SchemesOptions extends OcrIngestOptions {
  /** sample manifest: review only the drawn schemes */
  sample?: string;
  /** rules config overriding templates/scheme-rules.json */
  rules?: string;
  /** industry key-items catalog overriding templates/industry-key-items.json */
  keyItems?: string;
  /** write rejection notices (.md, .html and .docx) into this folder */
  notices?: string;
  /** the body issuing the notices (their 落款) and their date */
  issuer?: string;
  date?: Date;
  /** write the result JSON here ('-' = stdout) */
  output?: string;
  /** with `sample`: go on when the inputs' hashes differ from the manifest's (recorded in the result) */
  allowChangedInput?: boolean;
  /** with `sample`: the inputs were derived in this run from the manifest's own inputs (no hash check) */
  derivedInputs?: boolean;
  /** the inputs already read (caseaudit run reads them once and hands the dataset to every stage); `inputs` are then only hashed */
  dataset?: Dataset;
  lang?: Lang;
}

export interface SchemesRun {
  result: SchemesResult;
  /** files written (result and notices) */
  files: string[];
  /** schemes in the inputs before sampling */
  population: number;
}

/** Review the (drawn) schemes of the inputs; write the result and notices atomically when asked. */
export async function runSchemes(inputs: string[], opts: SchemesOptions = {}): Promise<SchemesRun> {
  const lang = opts.lang ?? getLang(); // the caller's language: never a reset of anyone else's
  // config errors first: a bad --rules file must stop the run before any input is read
  const settings = loadRuleSettings(opts.rules);
  const keyItems = loadKeyItems(opts.keyItems);
  const dataset = opts.dataset ?? (await ingestWithOcr(inputs, { ...opts, kind: opts.kind ?? 'schemes' })).dataset;
  if (!dataset.schemes.length) {
    throw new InputError(tr('输入中没有检查方案', 'the inputs hold no inspection schemes'), {
      location: { file: inputs[0] },
      hint: tr('方案清单请用 --kind schemes 读取，或检查表头', 'for a scheme list use --kind schemes, or check its headers'),
    });
  }
  const manifest = opts.sample ? await loadManifest(opts.sample) : undefined;
  const drawn = manifest ? selectFromManifest(dataset, manifest, 'schemes') : dataset.schemes;
  const changedInput = manifest && !opts.derivedInputs ? await checkSampleInputs(manifest, opts.sample!, inputs, opts.allowChangedInput, manifest.kind === 'schemes' ? dataset.schemes : undefined) : undefined;
  const result = reviewSchemes(drawn, { settings, keyItems, lang, population: dataset.schemes });
  if (changedInput) result.sampleInputs = changedInput;
  const files: { path: string; data: string | Uint8Array }[] = [];
  const json = `${JSON.stringify(result, null, 2)}\n`;
  if (opts.output && opts.output !== '-') files.push({ path: opts.output, data: json });
  if (opts.notices) files.push(...(await noticeFiles(result, opts.notices, lang, { issuer: opts.issuer, date: opts.date ?? sourceDate() })));
  await writeFilesAtomic(files);
  if (opts.output === '-') writeToStdout(json);
  return { result, files: files.map((f) => f.path), population: dataset.schemes.length };
}
