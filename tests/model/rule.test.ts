/** The one rule shape: verdicts pass / fail / not checked, the same for checklist and scheme rules. */
import { describe, it, expect } from 'vitest';
import { isNotChecked, notChecked, verdictOf } from '../../src/model/rule.js';
import { RULES } from '../../src/checklist/rules/index.js';
import { SCHEME_RULES } from '../../src/schemes/rules/index.js';
import { placeholders } from '../helpers/rule-tester.js';
import { cleanCase, context as caseContext } from '../checklist/rule-tester.js';
import { cleanScheme, context as schemeContext } from '../schemes/rule-tester.js';

describe('rule outcomes', () => {
  it('[] passes, findings fail, a reason is not checked', () => {
    expect(verdictOf([])).toBe('pass');
    expect(verdictOf([{ messageId: 'missing' }])).toBe('fail');
    const nc = notChecked('输入未注明', 'the input does not say');
    expect(verdictOf(nc)).toBe('not-checked');
    expect(isNotChecked(nc)).toBe(true);
    expect(isNotChecked([])).toBe(false);
  });

  it('placeholders are read from message templates', () => {
    expect(placeholders('罚款 {fine} 元高于所引条款 {articles} 的上限 {max} 元')).toEqual(['articles', 'fine', 'max']);
    expect(placeholders('no placeholder')).toEqual([]);
  });
});

describe('one shape for both rule sets', () => {
  const all = [...RULES.map((r) => ['checklist', r] as const), ...SCHEME_RULES.map((r) => ['scheme', r] as const)];
  it('every rule has meta (id, basis, description, messages) and a check; ids are unique across both sets', () => {
    for (const [, r] of all) {
      expect(Object.keys(r.meta)).toEqual(expect.arrayContaining(['id', 'basis', 'description', 'messages']));
      expect(typeof r.check).toBe('function');
    }
    const ids = all.map(([, r]) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('no rule fails its clean subject (a rule needing a setting, e.g. power-level without a power list, is not checked)', () => {
    for (const r of RULES) expect(verdictOf(r.check(cleanCase(), caseContext())), r.meta.id).not.toBe('fail');
    for (const r of SCHEME_RULES) expect(verdictOf(r.check(cleanScheme(), schemeContext())), r.meta.id).toBe('pass');
  });
});
