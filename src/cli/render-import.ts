/** Human rendering of an import summary (table on stdout or stderr). */
import Table from 'cli-table3';
import { displayPath, type ImportSummary, tr } from '../api/index.js';

export function renderImportSummary(s: ImportSummary, color: boolean): string {
  const table = new Table({
    head: [tr('输入', 'input'), tr('格式', 'kind'), tr('状态', 'status'), tr('记录', 'records'), tr('拒收', 'rejects'), tr('说明', 'message')],
    style: { head: color ? ['cyan'] : [], border: color ? ['grey'] : [] },
  });
  for (const i of s.inputs) {
    table.push([displayPath(i.path), i.kind, i.status, i.records, i.rejects, i.message ?? '']);
    for (const sh of i.sheets ?? []) {
      table.push([`  ${sh.sheet}`, '', '', sh.records, sh.rejects, tr(`读取 ${sh.rowsRead} 行 = ${sh.records} 条记录 + ${sh.rejects} 条拒收`, `${sh.rowsRead} rows read = ${sh.records} records + ${sh.rejects} rejects`)]);
    }
  }
  for (const k of s.skipped) table.push([displayPath(k.path), '', tr('未读取', 'skipped'), '', '', k.reason]);
  const kinds = Object.entries(s.files)
    .filter(([k]) => k !== 'skipped')
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const files = tr(`读取文件：${kinds}${s.skipped.length ? `；未读取 ${s.skipped.length} 个` : ''}`, `files read: ${kinds}${s.skipped.length ? `; ${s.skipped.length} not read` : ''}`);
  const total = tr(
    `共 ${s.cases} 个案件、${s.schemes} 个检查方案；拒收 ${s.rejects} 条，警告 ${s.warnings} 条`,
    `${s.cases} cases and ${s.schemes} schemes; ${s.rejects} rejects, ${s.warnings} warnings`,
  );
  return `${table.toString()}\n${files}\n${total}`;
}
