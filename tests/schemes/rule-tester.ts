/** A shared tester for scheme rules: each rule lists schemes that hit, that pass, and that cannot be checked. */
import { describe, it, expect } from 'vitest';
import type { Scheme } from '../../src/model/types.js';
import { loadKeyItems } from '../../src/schemes/key-items.js';
import type { SchemeContext, SchemeRule } from '../../src/schemes/types.js';

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

export function context(fields: string[] = ['experts', 'methods', 'items', 'date', 'officers', 'officers.certNo']): SchemeContext {
  return { keyItems, fieldsSeen: new Set(fields) };
}

export interface RuleCases {
  /** schemes the rule must flag, with the messageIds expected */
  hit: { name: string; scheme: Scheme; messageIds: string[]; ctx?: SchemeContext }[];
  /** schemes the rule must pass */
  miss: { name: string; scheme: Scheme; ctx?: SchemeContext }[];
  /** schemes the rule must report as not checked */
  notChecked: { name: string; scheme: Scheme; ctx?: SchemeContext }[];
}

/** Run a rule against its hit / miss / not-checkable cases. */
export function testRule(rule: SchemeRule, cases: RuleCases): void {
  describe(`scheme rule ${rule.meta.id}`, () => {
    it('has a basis, messages in both languages and a fix', () => {
      expect(rule.meta.basis).toMatch(/\S/);
      for (const m of Object.values(rule.meta.messages)) expect(m.zh && m.en).toBeTruthy();
      expect(rule.meta.fix.zh && rule.meta.fix.en).toBeTruthy();
    });
    for (const c of cases.hit) {
      it(`hit: ${c.name}`, () => {
        const out = rule.check(c.scheme, c.ctx ?? context());
        expect(Array.isArray(out)).toBe(true);
        expect((out as { messageId: string }[]).map((h) => h.messageId)).toEqual(c.messageIds);
      });
    }
    for (const c of cases.miss) {
      it(`miss: ${c.name}`, () => expect(rule.check(c.scheme, c.ctx ?? context())).toEqual([]));
    }
    for (const c of cases.notChecked) {
      it(`not checked: ${c.name}`, () => {
        const out = rule.check(c.scheme, c.ctx ?? context());
        expect(out).toHaveProperty('notChecked.zh');
        expect((out as { notChecked: { en: string } }).notChecked.en).toMatch(/\S/);
      });
    }
  });
}
