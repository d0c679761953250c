/** Keep the case files a sample manifest drew (selected[].id); an id the inputs lack is an error, never dropped. */
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import { tr } from '../i18n.js';
import { caseIdKey } from '../ingest/normalize/text.js';
import type { CaseFile } from '../model/types.js';

/** Filter cases to a manifest's selection, in the manifest's order. */
export function filterByManifest(cases: CaseFile[], manifestFile: string): CaseFile[] {
  let manifest: { selected?: { id?: unknown }[] };
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as typeof manifest;
  } catch (err) {
    throw new InputError(tr(`无法读取抽样清单 ${manifestFile}：${(err as Error).message}`, `cannot read sample manifest ${manifestFile}: ${(err as Error).message}`), { location: { file: manifestFile }, cause: err });
  }
  if (!Array.isArray(manifest.selected)) {
    throw new InputError(tr(`抽样清单 ${manifestFile} 缺少 selected 数组`, `sample manifest ${manifestFile} has no selected array`), { location: { file: manifestFile, path: '$.selected' } });
  }
  const byKey = new Map(cases.map((c) => [caseIdKey(c.id), c]));
  const missing: string[] = [];
  const out: CaseFile[] = [];
  manifest.selected.forEach((s, i) => {
    if (typeof s.id !== 'string') throw new InputError(tr(`抽样清单 ${manifestFile}：$.selected[${i}].id 应为字符串`, `sample manifest ${manifestFile}: $.selected[${i}].id must be a string`), { location: { file: manifestFile, path: `$.selected[${i}].id` } });
    const c = byKey.get(caseIdKey(s.id));
    if (c) out.push(c);
    else missing.push(s.id);
  });
  if (missing.length) {
    throw new InputError(tr(`抽样清单中有 ${missing.length} 个案件不在输入中：${missing.slice(0, 5).join('、')}`, `${missing.length} drawn case(s) are not in the inputs: ${missing.slice(0, 5).join(', ')}`), {
      location: { file: manifestFile },
      details: missing.length > 5 ? missing.slice(5) : [],
      hint: tr('请提供抽样时使用的同一批输入文件', 'pass the same inputs the sample was drawn from'),
    });
  }
  return out;
}
