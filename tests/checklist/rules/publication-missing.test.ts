import rule from '../../../src/checklist/rules/publication-missing.js';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [{ name: 'published late is not missing', patch: { dates: { published: '2025-06-01' } } }],
  invalid: [{ name: 'never published', patch: (c) => delete c.dates!.published, messageIds: ['missing'] }],
  notCheckable: [{ name: 'not decided', patch: (c) => delete c.dates!.decided }],
});
