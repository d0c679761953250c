import { rule as officers } from '../../src/schemes/rules/officers-insufficient.js';
import { rule as kickoff } from '../../src/schemes/rules/kickoff-missing.js';
import { rule as summary } from '../../src/schemes/rules/summary-missing.js';
import { rule as experts } from '../../src/schemes/rules/experts-missing.js';
import { cleanScheme, context, testRule } from './rule-tester.js';

testRule(officers, {
  hit: [
    { name: 'one officer', scheme: cleanScheme({ officers: [{ name: '张三', certNo: '1' }] }), messageIds: ['tooFew'] },
    { name: 'no officers at all', scheme: cleanScheme({ officers: undefined }), messageIds: ['tooFew'] },
    { name: 'a certificate number missing', scheme: cleanScheme({ officers: [{ name: '张三', certNo: '1' }, { name: '李四' }] }), messageIds: ['certMissing'] },
    {
      name: 'a certificate expired before the inspection date',
      scheme: cleanScheme({ date: '2025-03-10', officers: [{ name: '张三', certNo: '1', certValidUntil: '2025-03-09' }, { name: '李四', certNo: '2' }] }),
      messageIds: ['certExpired'],
    },
    { name: 'one officer without a certificate', scheme: cleanScheme({ officers: [{ name: '张三' }] }), messageIds: ['tooFew', 'certMissing'] },
  ],
  miss: [
    { name: 'two certified officers', scheme: cleanScheme() },
    { name: 'certificate valid on the very day', scheme: cleanScheme({ date: '2025-03-10', officers: [{ name: '张三', certNo: '1', certValidUntil: '2025-03-10' }, { name: '李四', certNo: '2' }] }) },
  ],
  notChecked: [],
});

testRule(kickoff, {
  hit: [{ name: 'no kick-off meeting', scheme: cleanScheme({ kickoffMeeting: false }), messageIds: ['missing'] }],
  miss: [{ name: 'kick-off planned', scheme: cleanScheme() }],
  notChecked: [{ name: 'unknown', scheme: cleanScheme({ kickoffMeeting: undefined }) }],
});

testRule(summary, {
  hit: [{ name: 'no summary meeting', scheme: cleanScheme({ summaryMeeting: false }), messageIds: ['missing'] }],
  miss: [{ name: 'summary planned', scheme: cleanScheme() }],
  notChecked: [{ name: 'unknown', scheme: cleanScheme({ summaryMeeting: undefined }) }],
});

testRule(experts, {
  hit: [
    { name: 'empty experts list', scheme: cleanScheme({ experts: [] }), messageIds: ['missing'] },
    { name: 'no experts while the export has the column', scheme: cleanScheme({ experts: undefined }), messageIds: ['missing'], ctx: context(['experts']) },
  ],
  miss: [{ name: 'an expert named', scheme: cleanScheme() }],
  notChecked: [{ name: 'the export has no experts column', scheme: cleanScheme({ experts: undefined }), ctx: context([]) }],
});
