/** Shared tester for checklist rules (the ESLint RuleTester shape): valid, invalid and not-checkable cases. */
import { describe, it, expect } from 'vitest';
import type { CaseFile, Scheme } from '../../src/model/types.js';
import type { Rule, RuleContext } from '../../src/checklist/types.js';
import { loadCalendar } from '../../src/checklist/calendar.js';
import { loadLawCatalog } from '../../src/checklist/law-catalog.js';
import { loadRulesConfig, type RulesConfig } from '../../src/checklist/rules-config.js';
import { creditCodeCheckChar } from '../../src/ingest/normalize/credit-code.js';
import { caseIdKey } from '../../src/ingest/normalize/text.js';

const code17 = '91360100MA35ABCD1';
/** A well-formed unified social credit code. */
export const VALID_CODE = code17 + creditCodeCheckChar(code17)!;

/** The inspection scheme the clean case carried out: it names an expert. */
export const SCHEME: Scheme = { id: '洪应急检方〔2025〕3号', unit: '南昌市应急管理局', experts: ['刘某'], source: { file: 'schemes.json' } };

/** A penalty case file that every rule accepts. */
export function cleanCase(): CaseFile {
  return {
    id: '（赣）应急罚〔2025〕7号',
    unit: '南昌市应急管理局',
    unitLevel: 'city',
    type: 'penalty',
    party: { name: '南昌某化工有限公司', kind: 'unit', creditCode: VALID_CODE },
    facts: '未按照规定对从业人员进行安全生产教育和培训',
    violatedArticles: ['《中华人民共和国安全生产法》第二十八条第一款'],
    penaltyArticles: ['《中华人民共和国安全生产法》第九十七条第（三）项'],
    penaltyKinds: ['罚款'],
    fine: 20000,
    officers: [
      { name: '张三', certNo: '36010001', certValidUntil: '2027-12-31' },
      { name: '李四', certNo: '36010002', certValidUntil: '2027-12-31' },
    ],
    evidence: ['现场检查记录', '询问笔录', '营业执照复印件'],
    dates: { violation: '2025-02-20', filed: '2025-03-03', notified: '2025-03-20', decided: '2025-04-01', served: '2025-04-03', published: '2025-04-07', paid: '2025-04-10', closed: '2025-04-20' },
    creditPushed: true,
    recorded: true,
    reasoningStated: true,
    certificateShown: true,
    // an inspection on the 三位一体 model (赣应急字〔2020〕168号 §三(七)), entered in 互联网+监管, within the plan
    kickoffMeeting: true,
    summaryMeeting: true,
    attendees: ['王某（总经理）', '李某（安全管理人员）', '赵某（岗位操作人员）'],
    experts: ['刘某（化工安全专家）'],
    schemeId: SCHEME.id,
    supervisionNo: '360100-JC-2025-000123',
    inAnnualPlan: true,
    status: 'ok',
    source: { file: 'cases.json', row: 1 },
  };
}

export type Patch = Partial<CaseFile> | ((c: CaseFile) => void);

/** A clean case with a patch applied (an object is merged shallowly, `dates` and `party` one level deeper). */
export function withPatch(patch: Patch): CaseFile {
  const c = cleanCase();
  if (typeof patch === 'function') {
    patch(c);
    return c;
  }
  const { dates, party, ...rest } = patch;
  Object.assign(c, rest);
  if (dates) c.dates = { ...c.dates, ...dates };
  if (party) c.party = { ...c.party, ...party };
  return c;
}

/** What a case adds to the rule context: a plan, other schemes (the default holds SCHEME). */
export type ContextExtra = Partial<Pick<RuleContext, 'plan' | 'schemes'>>;

/** The default rule context (bundled calendar, catalog, settings, the clean case's scheme), optionally with settings changed. */
export function context(settings: Partial<RulesConfig> = {}, extra: ContextExtra = {}): RuleContext {
  return { config: loadRulesConfig(undefined, settings), calendar: loadCalendar(), catalog: loadLawCatalog(), schemes: new Map([[caseIdKey(SCHEME.id), SCHEME]]), ...extra };
}

interface Case {
  name: string;
  patch: Patch;
  settings?: Partial<RulesConfig>;
  context?: ContextExtra;
}

/** Run one rule over its cases: valid → no findings; invalid → exactly these message ids; notCheckable → not checked. */
export function testRule(rule: Rule, cases: { valid: Case[]; invalid: (Case & { messageIds: string[] })[]; notCheckable: Case[]; cleanSettings?: Partial<RulesConfig>; cleanContext?: ContextExtra }): void {
  describe(`rule ${rule.meta.id}`, () => {
    it('declares its id, category, basis and messages', () => {
      expect(rule.meta.basis.length).toBeGreaterThan(3);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    });
    it('accepts the clean case', () => {
      expect(rule.check(cleanCase(), context(cases.cleanSettings, cases.cleanContext))).toEqual([]);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(rule.check(withPatch(c.patch), context(c.settings, c.context))).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const out = rule.check(withPatch(c.patch), context(c.settings, c.context));
        expect(Array.isArray(out), JSON.stringify(out)).toBe(true);
        expect((out as { messageId: string }[]).map((h) => h.messageId)).toEqual(c.messageIds);
        for (const id of c.messageIds) expect(rule.meta.messages[id]).toBeDefined();
      });
    }
    for (const c of cases.notCheckable) {
      it(`not checkable: ${c.name}`, () => {
        const out = rule.check(withPatch(c.patch), context(c.settings, c.context));
        expect(out).toHaveProperty('notChecked');
        expect((out as { notChecked: { zh: string; en: string } }).notChecked.zh.length).toBeGreaterThan(0);
      });
    }
    it('is not checked on an unread scan (needs-ocr)', () => {
      expect(rule.check(withPatch({ status: 'needs-ocr' }), context())).toHaveProperty('notChecked');
    });
  });
}
