import rule from '../../../src/checklist/rules/officer-cert-expired.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [{ name: 'valid until the decision day', patch: (c) => (c.officers![0]!.certValidUntil = '2025-04-01') }],
  invalid: [
    { name: 'expired before the decision', patch: (c) => (c.officers![1]!.certValidUntil = '2025-03-31'), messageIds: ['expired'] },
    { name: 'no decision: checked on the filing date', patch: (c) => { delete c.dates!.decided; delete c.dates!.notified; c.officers![0]!.certValidUntil = '2025-01-01'; }, messageIds: ['expired'] },
  ],
  notCheckable: [
    { name: 'expiry not recorded', patch: (c) => delete c.officers![0]!.certValidUntil },
    { name: 'no action date', patch: (c) => (c.dates = {}) },
  ],
});
