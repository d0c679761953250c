/** Keep only the schemes a sample manifest drew (manifest.selected[].id), in the manifest's order. */
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import { tr } from '../i18n.js';
import { caseIdKey } from '../ingest/normalize/text.js';
import type { Scheme } from '../model/types.js';

/** Read a manifest and return the drawn schemes; ids the inputs do not hold are an input error naming them. */
export function selectDrawnSchemes(schemes: Scheme[], manifestFile: string): Scheme[] {
  let manifest: { selected?: { id?: unknown }[] };
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch (err) {
    throw new InputError(tr(`无法读取抽样清单 ${manifestFile}：${(err as Error).message}`, `cannot read the sample manifest ${manifestFile}: ${(err as Error).message}`), { location: { file: manifestFile } });
  }
  if (!manifest || !Array.isArray(manifest.selected) || manifest.selected.some((s) => typeof s?.id !== 'string')) {
    throw new InputError(tr(`${manifestFile}：抽样清单缺少 selected[].id`, `${manifestFile}: the sample manifest has no selected[].id`), { location: { file: manifestFile, path: '$.selected' } });
  }
  const byKey = new Map(schemes.map((s) => [caseIdKey(s.id), s]));
  const ids = manifest.selected.map((s) => s.id as string);
  const missing = ids.filter((id) => !byKey.has(caseIdKey(id)));
  if (missing.length) {
    throw new InputError(
      tr(`抽样清单中有 ${missing.length} 个方案不在输入中：${missing.slice(0, 5).join('、')}`, `${missing.length} drawn schemes are not in the inputs: ${missing.slice(0, 5).join(', ')}`),
      { location: { file: manifestFile }, details: missing.length > 5 ? missing : [], hint: tr('抽样清单须与这些输入对应（同一批方案）', 'the manifest must come from the same schemes as these inputs') },
    );
  }
  return ids.map((id) => byKey.get(caseIdKey(id))!);
}
