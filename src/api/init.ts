/** `caseaudit init`: a starter run config that works as-is on the bundled samples (comments as "$comment" keys). */
import { writeFileAtomic, assertWritable } from '../util/fs.js';
import { tr, type Lang } from '../i18n.js';

/** The starter config (also the demo's config, with the demo's seed). */
export function starterConfig(lang: Lang = 'zh'): Record<string, unknown> {
  const zh = lang !== 'en';
  return {
    $comment: zh
      ? 'caseaudit run 的配置。路径相对于本文件；以 @samples/ 开头表示工具自带的样例数据。以 $ 开头的键是注释。运行：caseaudit run --config audit.json'
      : 'Config for caseaudit run. Paths are relative to this file; @samples/ means the bundled samples. Keys starting with $ are comments. Run: caseaudit run --config audit.json',
    inputs: ['@samples/json'],
    $documents: zh
      ? '可选：案卷 PDF（扫描件）的文件或文件夹，例如 "documents": ["案卷PDF/"]。此时 inputs 为台账（Excel/JSON），先从台账抽样，再只读取（OCR）抽中案卷的 PDF 并据此评查'
      : 'optional: the case-file PDFs (scans), files or folders, e.g. "documents": ["pdfs/"]. inputs is then the register (Excel/JSON): the draw is made from it, then only the drawn cases\' PDFs are read (OCR) and scored',
    $seed: zh ? '正式抽样须事先确定种子；也可用环境变量 CASEAUDIT_SEED 或 --seed 覆盖' : 'fix the seed before an official draw; CASEAUDIT_SEED or --seed override it',
    seed: '20250701',
    period: '2025H1',
    preset: 'semiannual-cases',
    strata: 'unit',
    $checklist: zh ? '可选：替换自带评查标准的文件列表，例如 ["my-penalty-checklist.json"]' : 'optional: checklist files replacing the bundled ones',
    checklist: [],
    $reviews: zh ? '可选：评查人员填写的工作表（caseaudit worksheet 生成）' : 'optional: reviewer worksheets written by caseaudit worksheet',
    reviews: [],
    $review: zh
      ? '可选：交叉评查。例如 "review": {"reviewers": "reviewers.xlsx", "perFile": 2, "avoid": "unit", "sheets": ["out/sheets"], "chair": ["ruling.xlsx"]}：抽签分配评查人（assignment.json）、每人一份评查表（sheets/）、合并已填写的评查表，意见不一致的列入 adjudication.xlsx 待组长裁定'
      : 'optional: cross-review, e.g. "review": {"reviewers": "reviewers.xlsx", "perFile": 2, "avoid": "unit", "sheets": ["out/sheets"], "chair": ["ruling.xlsx"]}: reviewers assigned by lot (assignment.json), one sheet each (sheets/), filled sheets merged, disagreements to adjudication.xlsx for the chair',
    schemes: { enabled: true, preset: 'semiannual-schemes' },
    outputs: { dir: 'out', formats: ['html', 'md', 'xlsx', 'docx', 'json'], top: 10, perType: true },
    language: zh ? 'zh' : 'en',
    report: {
      title: zh ? '2025年上半年安全生产行政执法案卷评查报告' : 'Case file audit report, first half of 2025',
      ranBy: zh ? '江西省应急管理厅执法监督处' : 'Enforcement supervision office',
      addressee: zh ? '各设区市应急管理局' : 'All city emergency management bureaus',
    },
    $failOn: zh ? '越过任一阈值时 caseaudit run 以 1 退出（报告照常写出）' : 'caseaudit run exits 1 when any threshold is crossed (reports are still written)',
    failOn: { meanScoreBelow: 60, failShareAbove: 0.5 },
  };
}

/** Write the starter config (refusing to overwrite unless forced); returns its text. */
export async function runInit(opts: { output?: string; force?: boolean; lang?: Lang } = {}): Promise<{ text: string; file?: string }> {
  const text = `${JSON.stringify(starterConfig(opts.lang), null, 2)}\n`;
  if (!opts.output || opts.output === '-') return { text };
  assertWritable(opts.output, opts.force, tr('配置文件', 'config file'));
  await writeFileAtomic(opts.output, text);
  return { text, file: opts.output };
}
