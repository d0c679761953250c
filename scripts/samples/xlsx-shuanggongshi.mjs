/** samples/xlsx/shuanggongshi-2025.xlsx: the published penalty decisions in the national 双公示 layout (DOMAIN.md §8). */
import { addSheet } from './xlsx-cases.mjs';
import { daxie } from './cells.mjs';
import { creditCheckChar, personName } from './names.mjs';

const COLS = ['行政相对人名称', '行政相对人类别', '行政相对人代码_1(统一社会信用代码)', '行政相对人代码_2(工商注册号)', '行政相对人代码_3(组织机构代码)', '行政相对人代码_4(税务登记号)', '行政相对人代码_5(事业单位证书号)', '行政相对人代码_6(社会组织登记证号)',
  '法定代表人', '法定代表人证件类型', '法定代表人证件号码', '证件类型', '证件号码', '行政处罚决定书文号', '违法行为类型', '违法事实', '处罚依据', '处罚类别', '处罚内容',
  '罚款金额（万元）', '没收违法所得、没收非法财物的金额（万元）', '暂扣或吊销证照名称及编号', '处罚决定日期', '处罚有效期', '公示截止期', '处罚机关', '处罚机关统一社会信用代码', '数据来源单位', '数据来源单位统一社会信用代码', '备注'];
const NA = '— —';
const stamp = (iso) => { const [y, m, d] = iso.split('-').map(Number); return `${y}-${m}-${d} 0:00:00`; };
const plusYear = (iso) => `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;

/** A government agency's credit code (11 + region + organisation code), fixed per unit. */
function agencyCode(unit, region) {
  let h = 0;
  for (const ch of unit) h = (h * 31 + ch.codePointAt(0)) % 99999989;
  const first17 = `11${region}${String(h).padStart(8, '0').slice(-8)}0`;
  return first17 + creditCheckChar(first17);
}

/** Published penalty decisions with a named party only: what a 双公示 feed carries. */
export function shuanggongshiWorkbook(rng, cases, regionOf) {
  const used = new Set();
  const rows = cases.filter((c) => c.type === 'penalty' && c.party?.name && c.dates?.published && c.dates?.decided).map((c) => {
    const unitCode = agencyCode(c.unit, regionOf(c.unit));
    const person = c.party.kind === 'individual';
    const d = c.dates.decided;
    const content = `罚款${daxie(c.fine ?? 0)}${c.penaltyKinds?.includes('责令停产停业整顿') ? '，责令停产停业整顿' : ''}`;
    return [
      c.party.name, person ? '自然人' : '法人及非法人组织', person ? NA : (c.party.creditCode ?? NA), NA, NA, NA, NA, NA,
      person ? NA : personName(rng, used), person ? NA : '身份证', person ? NA : `3601${'*'.repeat(10)}${rng.int(1000, 9999)}`,
      person ? '身份证' : NA, person ? `36${'*'.repeat(12)}${rng.int(1000, 9999)}` : NA,
      c.id, c.title?.replace(c.party.name, '').replace(/案$/, '') ?? NA, c.facts ?? NA, c.penaltyArticles?.join('、') ?? NA, c.penaltyKinds?.join('、') ?? NA, content,
      (c.fine ?? 0) / 10000, rng.chance(0.5) ? 0 : NA, NA, stamp(d), rng.chance(0.8) ? stamp(plusYear(d)) : '2099-12-31 0:00:00', stamp(plusYear(d)),
      c.unit, unitCode, c.unit, unitCode, rng.chance(0.7) ? NA : '',
    ];
  });
  return (wb) => addSheet(wb, 'Sheet1', { title: undefined, cols: COLS, rows, widths: { 违法事实: 60, 行政相对人名称: 30 } });
}
