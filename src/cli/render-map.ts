/** Human rendering of `import --print-map`: one table per sheet, column → field. */
import Table from 'cli-table3';
import { displayPath, type SheetMapReport, tr } from '../api/index.js';

export function renderColumnMap(reports: SheetMapReport[], color: boolean): string {
  if (!reports.length) return tr('输入中没有表格文件（.xlsx、.xls、.csv、.tsv）', 'no table files (.xlsx, .xls, .csv, .tsv) among the inputs');
  return reports
    .map((r) => {
      const title = r.kind
        ? tr(`${displayPath(r.file)} ▸ ${r.sheet}：${r.kind === 'cases' ? '案件' : '检查方案'}，表头在第 ${r.headerRows.join('、')} 行`, `${displayPath(r.file)} ▸ ${r.sheet}: ${r.kind}, header on row ${r.headerRows.join(' and ')}`)
        : tr(`${displayPath(r.file)} ▸ ${r.sheet}：未找到表头，不会导入`, `${displayPath(r.file)} ▸ ${r.sheet}: no header found, not imported`);
      const table = new Table({ head: [tr('列', 'column'), tr('表头', 'header'), tr('字段', 'field'), tr('单位', 'unit'), tr('依据', 'via')], style: { head: color ? ['cyan'] : [], border: color ? ['grey'] : [] } });
      for (const c of r.columns) {
        const unit = c.unit === 'wan' ? tr('万元→元', '10k yuan → yuan') : c.unit === 'yuan' ? tr('元', 'yuan') : '';
        const via = c.via === 'map' ? tr('映射文件', 'mapping file') : c.via === 'alias' ? tr('内置别名', 'built-in alias') : '';
        const unused = c.closest
          ? tr(`（不使用；最接近：${c.closest.alias} → ${c.closest.field}）`, `(not used; closest: ${c.closest.alias} → ${c.closest.field})`)
          : tr('（不使用）', '(not used)');
        table.push([c.column, c.header, c.field ?? unused, unit, via]);
      }
      return `${title}\n${table.toString()}`;
    })
    .join('\n\n');
}
