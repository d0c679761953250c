import { rule as method } from '../../src/schemes/rules/method-missing.js';
import { rule as content } from '../../src/schemes/rules/content-missing.js';
import { rule as date } from '../../src/schemes/rules/date-missing.js';
import { rule as plan } from '../../src/schemes/rules/not-in-annual-plan.js';
import { cleanScheme, testRule } from './rule-tester.js';

testRule(method, {
  hit: [
    { name: 'no methods field', scheme: cleanScheme({ methods: undefined }), messageIds: ['missing'] },
    { name: 'only blank methods', scheme: cleanScheme({ methods: ['  '] }), messageIds: ['missing'] },
  ],
  miss: [{ name: 'a method stated', scheme: cleanScheme({ methods: ['现场检查'] }) }],
  notChecked: [],
});

testRule(content, {
  hit: [
    { name: 'no items', scheme: cleanScheme({ items: undefined }), messageIds: ['missing'] },
    { name: 'empty items', scheme: cleanScheme({ items: [] }), messageIds: ['missing'] },
  ],
  miss: [{ name: 'items listed', scheme: cleanScheme() }],
  notChecked: [],
});

testRule(date, {
  hit: [{ name: 'no date', scheme: cleanScheme({ date: undefined }), messageIds: ['missing'] }],
  miss: [{ name: 'date given', scheme: cleanScheme() }],
  notChecked: [],
});

testRule(plan, {
  hit: [{ name: 'outside the annual plan', scheme: cleanScheme({ inAnnualPlan: false }), messageIds: ['notInPlan'] }],
  miss: [{ name: 'in the annual plan', scheme: cleanScheme() }],
  notChecked: [{ name: 'plan status unknown', scheme: cleanScheme({ inAnnualPlan: undefined }) }],
});
