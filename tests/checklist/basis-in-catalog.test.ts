/** Every article a rule or checklist item cites exists, with its paragraph and item, in the bundled law texts (templates/laws). */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { RULES } from '../../src/checklist/rules/index.js';
import { SCHEME_RULES } from '../../src/schemes/rules/index.js';
import { findLaw, loadLawCatalog, provisionMissing } from '../../src/checklist/law-catalog.js';
import { parseArticleRefs } from '../../src/ingest/normalize/articles.js';
import { templatePath } from '../../src/util/paths.js';
import { guidelineCitations, guidelineItem } from '../../src/checklist/guideline.js';

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

/** The guideline citations of a basis (第三部分第（七）项「…」) that the bundled guideline does not bear out: the item, each quote word for word. */
function guidelineProblems(basis: string): string[] {
  if (!basis.includes('168号')) return [];
  return guidelineCitations(basis).flatMap((c) => {
    const text = guidelineItem(c.part, c.item);
    if (!text) return [`第${c.part}部分第（${c.item}）项: no such item`];
    return c.quotes.filter((q) => !text.includes(q)).map((q) => `第${c.part}部分第（${c.item}）项: not in the text: 「${q}」`);
  });
}

describe('guideline citations quote the bundled guideline (templates/laws/guideline-ganyingji-2020-168.txt)', () => {
  for (const r of RULES) it(`checklist rule ${r.meta.id}`, () => expect(guidelineProblems(r.meta.basis)).toEqual([]));
  for (const r of SCHEME_RULES) it(`scheme rule ${r.meta.id}`, () => expect(guidelineProblems(r.meta.basis)).toEqual([]));
  for (const t of ['penalty', 'inspection', 'coercion']) {
    it(`checklist ${t}: every item's basis`, () => {
      const items = (JSON.parse(readFileSync(templatePath('checklists', `${t}.json`), 'utf8')) as { items: { id: string; basis?: string }[] }).items;
      expect(items.flatMap((i) => (i.basis ? guidelineProblems(i.basis).map((p) => `${i.id}: ${p}`) : []))).toEqual([]);
    });
  }
  it('the rules for inspection records quote §三(七) and §六(十五)', () => {
    for (const id of ['three-in-one-meetings', 'three-in-one-presence', 'three-in-one-experts', 'supervision-entry-missing', 'inspection-unplanned']) {
      const r = RULES.find((x) => x.meta.id === id)!;
      expect(guidelineCitations(r.meta.basis).flatMap((c) => c.quotes).length, id).toBeGreaterThan(0);
    }
  });
  it('a misquote or a wrong item is caught', () => {
    expect(guidelineProblems('赣应急字〔2020〕168号 第三部分第（七）项（「启动会+现场执法检查+总结会」）')).toEqual([]);
    expect(guidelineProblems('赣应急字〔2020〕168号 第三部分第（七）项（「启动会+现场检查+总结会」）')).not.toEqual([]);
    expect(guidelineProblems('赣应急字〔2020〕168号 第三部分第（十五）项')).not.toEqual([]);
    expect(guidelineProblems('赣应急字〔2020〕168号 第六部分第（十五）项（「原则上所有执法检查应全部纳入年度执法计划」）')).toEqual([]);
  });
});

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
