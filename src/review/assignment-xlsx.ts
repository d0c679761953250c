/** The assignment list (.xlsx) to print and sign: a cover (seed, algorithm, hashes), the files and the reviewers. */
import { loadExcelJS } from '../util/exceljs-lazy.js';
import { tr } from '../i18n.js';
import { fixZipTimestamps, reproducibleDate } from '../util/zip.js';
import type { Assignment } from './assignment.js';

/** Render the assignment as a workbook: 封面, 分配表 (file → reviewers), 评查人 (load, signature). */
export async function renderAssignmentXlsx(a: Assignment): Promise<Uint8Array> {
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = 'caseaudit';
  wb.created = wb.modified = reproducibleDate();
  const cover = wb.addWorksheet(tr('封面', 'Cover'));
  cover.columns = [{ width: 22 }, { width: 90 }];
  const rows: [string, string | number][] = [
    [tr('交叉评查分配表', 'Cross-review assignment'), ''],
    [tr('算法', 'Algorithm'), a.algorithm],
    [tr('随机种子', 'Seed'), `${a.seed}${a.seedSource === 'generated' ? tr('（自动生成）', ' (generated)') : ''}`],
    [tr('每卷评查人数', 'Reviewers per file'), a.perFile],
    [tr('回避规则', 'Conflict rule'), a.avoid === 'city' ? tr('不评本单位、本市案卷', 'not own unit nor own city') : tr('不评本单位案卷', 'not own unit')],
    [tr('分配哈希', 'Assignment hash'), a.assignmentHash],
    [tr('抽样清单', 'Manifest'), `${a.manifest.path}  SHA-256 ${a.manifest.sha256}`],
    [tr('评查人名单', 'Reviewers list'), `${a.reviewersList.path}  SHA-256 ${a.reviewersList.sha256}`],
    [tr('核对', 'Check'), `caseaudit verify ${tr('分配表', 'assignment')}.json`],
    ['', ''],
    [tr('监督人签字', 'Witness'), ''],
    [tr('日期', 'Date'), '____年____月____日'],
  ];
  for (const r of rows) cover.addRow(r);
  cover.getRow(1).font = { bold: true, size: 14 };
  const list = wb.addWorksheet(tr('分配表', 'Files'), { views: [{ state: 'frozen', ySplit: 1 }] });
  list.columns = [
    { header: tr('序号', 'No.'), width: 6 },
    { header: tr('案件编号', 'Case id'), width: 30 },
    { header: tr('执法单位', 'Unit'), width: 22 },
    ...Array.from({ length: a.perFile }, (_, i) => ({ header: tr(`评查人${i + 1}`, `Reviewer ${i + 1}`), width: 12 })),
  ];
  list.getRow(1).font = { bold: true };
  a.files.forEach((f, i) => list.addRow([i + 1, f.id, f.unit ?? '', ...f.reviewers]));
  const people = wb.addWorksheet(tr('评查人', 'Reviewers'), { views: [{ state: 'frozen', ySplit: 1 }] });
  people.columns = [{ header: tr('姓名', 'Name'), width: 12 }, { header: tr('单位', 'Unit'), width: 24 }, { header: tr('案卷数', 'Files'), width: 8 }, { header: tr('签字', 'Signature'), width: 16 }];
  people.getRow(1).font = { bold: true };
  for (const r of a.reviewers) people.addRow([r.name, r.unit, r.load, '']);
  return fixZipTimestamps(new Uint8Array(await wb.xlsx.writeBuffer()));
}
