#!/usr/bin/env node
/**
 * Generate the bundled sample plan for `caseaudit plan` / `caseaudit overlap` (npm run samples:plan) from
 * samples/json/province.json, deterministically (no randomness: choices follow the sorted case ids):
 *  - samples/plan/plan-2025.xlsx — the 2025 annual inspection plan (企业名称, 统一社会信用代码, 行业类别, 监管类别,
 *    执法单位, 年度计划检查次数, 计划检查月份): the enterprises each unit inspected, except every fifth (→ unplanned);
 *    likewise the enterprises penalised or coerced (their files hold the on-site inspection record); six enterprises no record
 *    mentions (→ missed; the four key ones also 执法缺位); every fourth entry without its credit code and with its name written another way
 *    (full-width brackets, 有限责任公司) so it matches by name only.
 *  - samples/plan/records-2025-extra.json — eight more inspection records by other levels on enterprises of the
 *    province (the bundled province has none acted on twice): overlaps inside the 30-day window, one outside it,
 *    and a re-inspection of the unit's own order (never an overlap).
 * Usage: node scripts/generate-sample-plan.mjs [SAMPLES_DIR]
 */
import path from 'node:path';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { planMembers } from './samples/plan-members.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(process.argv[2] ?? path.join(root, 'samples'));
const FIXED = new Date(Date.UTC(2025, 0, 2));
const data = JSON.parse(readFileSync(path.join(dir, 'json', 'province.json'), 'utf8'));
const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const KEY = new Set(['危险化学品', '烟花爆竹', '非煤矿山']);

const { inspections, penalties, members } = planMembers(data.cases);

const rows = [];
for (const c of members) {
  const key2 = KEY.has(c.industry);
  rows.push({ name: c.party.name, code: c.party.creditCode ?? '', industry: c.industry ?? '', category: key2 ? '重点' : '一般', unit: c.unit, planned: key2 ? 2 : 1, months: '' });
}
// planned, but no record names them: missed (and, for key enterprises, 执法缺位)
for (const [name, industry, category, unit, planned, months] of [
  ['江西赣新精细化工有限公司', '危险化学品', '重点', '南昌市应急管理局', 2, '3、9'],
  ['萍乡湘东花炮制造有限公司', '烟花爆竹', '重点', '萍乡市应急管理局', 1, '5'],
  ['九江瑞丰仓储物流有限公司', '工贸', '一般', '九江市应急管理局', 1, '4'],
  ['赣州南康家具制造有限公司', '粉尘涉爆', '重点', '赣州市应急管理局', 2, ''],
  ['新余钢城冶金辅料有限公司', '冶金', '一般', '新余市应急管理局', 1, '6'],
  ['吉安井冈山石料有限公司', '非煤矿山', '重点', '吉安市应急管理局', 2, ''],
]) rows.push({ name, code: '', industry, category, unit, planned, months });
rows.forEach((r, i) => {
  if (i % 4 !== 1 || !r.code) return; // name only, written another way
  r.code = '';
  r.name = r.name.replace(/\(/g, '（').replace(/\)/g, '）').replace(/有限公司$/, '有限责任公司');
});

const wb = new ExcelJS.Workbook();
wb.creator = 'caseaudit samples';
wb.created = wb.modified = FIXED;
const ws = wb.addWorksheet('2025年度监督检查计划');
ws.addRow(['江西省应急管理系统2025年度安全生产监督检查计划（样例）']);
ws.addRow(['企业名称', '统一社会信用代码', '行业类别', '监管类别', '执法单位', '年度计划检查次数', '计划检查月份']).font = { bold: true };
for (const r of rows) ws.addRow([r.name, r.code, r.industry, r.category, r.unit, r.planned, r.months]);
ws.columns.forEach((c, i) => (c.width = [34, 22, 12, 10, 22, 16, 14][i]));
mkdirSync(path.join(dir, 'plan'), { recursive: true });
const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
for (const f of Object.values(zip.files)) f.date = FIXED;
writeFileSync(path.join(dir, 'plan', 'plan-2025.xlsx'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' }));

// overlapping actions by another level, 10–20 days after a record of the province (inside the 30-day window),
// one 45 days after (outside), and one re-inspection of the unit's own order
const shift = (iso, days) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const other = { province: ['南昌市应急管理局', 'city'], city: ['江西省应急管理厅', 'province'], county: ['江西省应急管理厅', 'province'] };
const picks = [...inspections, ...penalties].filter((c) => c.dates?.filed && c.party.creditCode && c.unitLevel).sort(byId).filter((_, i) => i % 23 === 3).slice(0, 6);
const extra = picks.map((c, i) => {
  const [unit, level] = other[c.unitLevel];
  const days = i === 5 ? 45 : 10 + i * 2;
  return {
    id: `补充检〔2025〕${i + 1}号`,
    unit,
    unitLevel: level,
    type: 'inspection',
    title: `${c.party.name}安全生产监督检查`,
    party: { name: c.party.name, kind: 'unit', creditCode: c.party.creditCode },
    industry: c.industry,
    facts: `${shift(c.dates.filed, days)}，执法人员对${c.party.name}进行安全生产监督检查。`,
    documents: [{ title: '现场检查记录', date: shift(c.dates.filed, days) }],
    dates: { filed: shift(c.dates.filed, days), closed: shift(c.dates.filed, days + 7) },
    source: { file: 'records-2025-extra.json' },
  };
});
const ordered = inspections.find((c) => c.dates?.rectificationDeadline && c.party.creditCode);
if (ordered) {
  const [unit, level] = other[ordered.unitLevel];
  const d = shift(ordered.dates.rectificationDeadline, 1);
  extra.push(
    { id: '补充检〔2025〕7号', unit, unitLevel: level, type: 'inspection', title: `${ordered.party.name}安全生产监督检查`, party: { name: ordered.party.name, kind: 'unit', creditCode: ordered.party.creditCode }, industry: ordered.industry, documents: [{ title: '现场检查记录', date: shift(d, 5) }], dates: { filed: shift(d, 5) }, source: { file: 'records-2025-extra.json' } },
    { id: `${ordered.id.replace(/〔/, '复查〔')}`, unit: ordered.unit, unitLevel: ordered.unitLevel, type: 'inspection', title: `${ordered.party.name}整改复查`, party: { name: ordered.party.name, kind: 'unit', creditCode: ordered.party.creditCode }, industry: ordered.industry, documents: [{ title: '整改复查意见书', date: d }], dates: { filed: d }, source: { file: 'records-2025-extra.json' } },
  );
}
writeFileSync(path.join(dir, 'plan', 'records-2025-extra.json'), `${JSON.stringify({ schemaVersion: 1, cases: extra, schemes: [], rejects: [], warnings: [] }, null, 2)}\n`);
console.log(`${rows.length} plan entries, ${extra.length} extra records → ${path.join(dir, 'plan')}`);
