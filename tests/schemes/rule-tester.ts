/** The scheme suite's RuleTester (tests/helpers/rule-tester.ts) with a clean scheme to patch. */
import { describe, it, expect } from 'vitest';
import type { Scheme } from '../../src/model/types.js';
import { loadKeyItems } from '../../src/schemes/key-items.js';
import type { Hit, SchemeContext, SchemeRule } from '../../src/schemes/types.js';
import { RuleTester, type RuleCase, type RuleCases } from '../helpers/rule-tester.js';

/** A complete hazardous-chemicals scheme that every rule accepts. */
export function cleanScheme(over: Partial<Scheme> = {}): Scheme {
  return {
    id: '赣应急检〔2025〕1号',
    unit: '南昌市应急管理局',
    target: '江西某化工有限公司',
    industry: '危险化学品',
    inAnnualPlan: true,
    methods: ['现场检查', '查阅资料'],
    items: ['重大危险源管控', '特殊作业管理（动火、受限空间作业票）', '可燃有毒气体检测报警'],
    officers: [
      { name: '张三', certNo: '36010001', certValidUntil: '2027-12-31' },
      { name: '李四', certNo: '36010002' },
    ],
    experts: ['王工'],
    date: '2025-03-10',
    kickoffMeeting: true,
    summaryMeeting: true,
    source: { file: 'test.json' },
    ...over,
  };
}

export const keyItems = loadKeyItems();

export function context(fields: string[] = ALL_FIELDS): SchemeContext {
  return { keyItems, fieldsSeen: new Set(fields) };
}

/** Every optional field in the input (the default context: the export has every column). */
export const ALL_FIELDS = ['experts', 'methods', 'items', 'date', 'officers', 'officers.certNo'];

/** The fields of an export that lacks one column. */
export function without(field: string): string[] {
  return ALL_FIELDS.filter((f) => f !== field);
}

/** A scheme case: a patch on the clean scheme and, when not all, the fields the input carries. */
export interface SchemeCase extends RuleCase {
  patch: Partial<Scheme>;
  fields?: string[];
}

/** The shared RuleTester fed with schemes. */
export const schemeTester = new RuleTester<Scheme, SchemeContext, SchemeCase>({
  kind: 'scheme rule',
  subject: (c) => cleanScheme(c?.patch),
  context: (c) => context(c?.fields),
});

/** Run a scheme rule over its valid / invalid / not-checkable cases, and check its fix is bilingual. */
export function testRule(rule: SchemeRule, cases: RuleCases<SchemeCase>): void {
  schemeTester.run(rule, cases);
  describe(`scheme rule ${rule.meta.id}: fixes`, () => {
    it('says what to fix in both languages, in its meta and in every finding that has its own', () => {
      expect(rule.meta.fix.zh.trim() && rule.meta.fix.en.trim()).toBeTruthy();
      for (const c of cases.invalid) {
        const out = schemeTester.outcome(rule, c) as Hit[];
        for (const h of out) if (h.fix) expect(h.fix.zh.trim() && h.fix.en.trim(), c.name).toBeTruthy();
      }
    });
  });
}
