/** Every article a rule or checklist item cites exists, with its paragraph and item, in the bundled law texts (templates/laws). */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { RULES } from '../../src/checklist/rules/index.js';
import { SCHEME_RULES } from '../../src/schemes/rules/index.js';
import { findLaw, loadLawCatalog, provisionMissing } from '../../src/checklist/law-catalog.js';
import { parseArticleRefs } from '../../src/ingest/normalize/articles.js';
import { templatePath } from '../../src/util/paths.js';

const catalog = loadLawCatalog();

/** The statute citations of a basis text (guideline references such as §三(六) are not statutes). */
function problems(basis: string): string[] {
  const out: string[] = [];
  let last: string | undefined;
  for (const part of basis.split(/[；;]/)) {
    for (const ref of parseArticleRefs(part)) {
      const title = ref.law ?? last;
      if (ref.law) last = ref.law;
      if (!title) continue;
      const law = findLaw(catalog, title);
      if (!law) {
        out.push(`${title}: not in the catalog`);
        continue;
      }
      const missing = provisionMissing(law, ref);
      if (missing) out.push(`${title} ${ref.raw}: ${missing}`);
    }
  }
  return out;
}

describe('cited articles exist in the law texts', () => {
  for (const r of RULES) it(`checklist rule ${r.meta.id}: ${r.meta.basis}`, () => expect(problems(r.meta.basis)).toEqual([]));
  for (const r of SCHEME_RULES) it(`scheme rule ${r.meta.id}`, () => expect(problems(r.meta.basis)).toEqual([]));
  for (const t of ['penalty', 'inspection', 'coercion']) {
    it(`checklist ${t}: every item's basis`, () => {
      const items = (JSON.parse(readFileSync(templatePath('checklists', `${t}.json`), 'utf8')) as { items: { id: string; basis?: string }[] }).items;
      expect(items.flatMap((i) => (i.basis ? problems(i.basis).map((p) => `${i.id}: ${p}`) : []))).toEqual([]);
    });
  }
  it('a wrong citation is caught (行政处罚法 has no 第九十条; 第三十六条 has two paragraphs)', () => {
    expect(problems('《中华人民共和国行政处罚法》第九十条')).not.toEqual([]);
    expect(problems('《中华人民共和国行政处罚法》第三十六条第三款')).not.toEqual([]);
    expect(problems('《中华人民共和国行政处罚法》第三十六条第二款')).toEqual([]);
  });
});
