// 赣应急字〔2020〕168号 第三部分第（七）项: “执法十专家”（执法+专家）的“三位一体”执法模式. Experts are due where the inspection's
// scheme (检查方案, §三(六)) names them; a scheme without experts asks for none.
import rule from '../../../src/checklist/rules/three-in-one-experts.js';
import type { Scheme } from '../../../src/model/types.js';
import { caseIdKey } from '../../../src/ingest/normalize/text.js';
import { SCHEME, testRule } from '../rule-tester.js';

const NO_EXPERTS: Scheme = { id: '洪应急检方〔2025〕9号', unit: '南昌市应急管理局', experts: [], source: { file: 'schemes.xlsx', sheet: '检查方案', row: 12 } };
const TWO_EXPERTS: Scheme = { id: '（赣）应急检方〔2025〕2号', unit: '江西省应急管理厅', experts: ['周某（化工工艺）', '吴某（电气）'], source: { file: 'schemes.json' } };
const schemes = new Map([SCHEME, NO_EXPERTS, TWO_EXPERTS].map((s) => [caseIdKey(s.id), s]));

testRule(rule, {
  valid: [
    { name: 'the scheme names an expert and one took part', patch: { experts: ['刘某'] } },
    { name: 'the scheme names no experts, none took part', patch: { schemeId: NO_EXPERTS.id, experts: undefined }, context: { schemes } },
    { name: 'two named, one of them took part', patch: { schemeId: TWO_EXPERTS.id, experts: ['吴某'] }, context: { schemes } },
    { name: 'the scheme number written with other brackets', patch: { schemeId: '(赣)应急检方[2025]2号', experts: ['周某'] }, context: { schemes } },
  ],
  invalid: [
    { name: 'the scheme names an expert, the record shows none', patch: { experts: undefined }, messageIds: ['absent'] },
    { name: 'an empty experts cell', patch: { experts: [] }, messageIds: ['absent'] },
    { name: 'two experts named, a placeholder on the record', patch: { schemeId: TWO_EXPERTS.id, experts: ['无'] }, context: { schemes }, messageIds: ['absent'] },
  ],
  notCheckable: [
    { name: 'the record names no scheme', patch: { schemeId: undefined } },
    { name: 'the scheme is not among the inputs', patch: { schemeId: '洪应急检方〔2025〕99号' } },
    { name: 'scored without any schemes', patch: { experts: undefined }, context: { schemes: new Map() } },
    { name: 'the export has no experts column', patch: { experts: undefined, notStated: ['experts'] } },
  ],
});
