/** The rectification notice (整改通知书) to one audited unit: every finding in words, its basis, the measure and the deadline. */
import type { Lang } from '../i18n.js';
import type { Block, OfficialDoc } from './official-doc.js';
import { periodWords } from './official-doc.js';
import { officialDateText } from './official-doc.js';
import type { RectifyItem } from './types.js';

export interface NoticeOptions {
  lang: Lang;
  /** issue date, ISO */
  issued: string;
  /** deadline, ISO (computed on working days) */
  deadline: string;
  deadlineDays: number;
  issuer: string;
  period?: string;
  /** how many files of this unit were scored (context for the first paragraph) */
  filesScored: number;
}

const GUIDELINE = '《关于推进严格规范公正文明精准执法的指导意见》（赣应急字〔2020〕168号）';

/** Build the notice for one unit. */
export function buildNotice(unit: string, items: RectifyItem[], o: NoticeOptions): OfficialDoc {
  const en = o.lang === 'en';
  const cases = [...new Set(items.map((i) => i.caseId))];
  const period = o.period ? (en ? ` for ${o.period}` : `${periodWords(o.period, 'zh')}`) : '';
  const deadlineText = officialDateText(o.deadline, o.lang);
  const blocks: Block[] = [
    {
      kind: 'p',
      text: en
        ? `Under §VI(18) of the guideline ${GUIDELINE} ("problems found are corrected in time"), we reviewed ${o.filesScored} of your case files${period}. ${cases.length} of them show ${items.length} problems, listed below with their legal basis and a suggested measure.`
        : `根据${GUIDELINE}第六部分第（十八）项“执法监督机构对本部门执法案件……进行抽查，发现问题及时纠正”的要求，我们对你单位${period}行政执法案卷进行了评查，共评查案卷 ${o.filesScored} 份，其中 ${cases.length} 份存在问题 ${items.length} 项，现将问题、依据和建议措施通知如下。`,
    },
    { kind: 'h1', text: en ? '1. Problems found' : '一、评查发现的问题' },
  ];
  cases.forEach((caseId, ci) => {
    blocks.push({ kind: 'h2', text: en ? `(${ci + 1}) Case file ${caseId}` : `（${ci + 1}）案卷 ${caseId}` });
    items
      .filter((i) => i.caseId === caseId)
      .forEach((i, k) => {
        const veto = i.veto ? (en ? ' (veto item)' : '（否决项）') : '';
        blocks.push({
          kind: 'p',
          text: en
            ? `${k + 1}. ${i.problem}${veto}. Basis: ${i.basis || '—'}. Suggested measure: ${i.countermeasure.en}`
            : `${k + 1}. ${i.problem}${veto}。依据：${i.basis || '—'}。建议措施：${i.countermeasure.zh}`,
        });
      });
  });
  blocks.push(
    { kind: 'h1', text: en ? '2. Requirements' : '二、整改要求' },
    {
      kind: 'p',
      text: en
        ? `Correct every problem by ${deadlineText} (${o.deadlineDays} working days from the date of this notice, statutory holidays excluded), and return the attached feedback workbook with the measures taken, the completion date, the supporting material and the status of each problem. Problems that cannot be corrected in the file itself (a closed case) are to be answered with the measures that prevent them in future cases.`
        : `请你单位于 ${deadlineText}前（自本通知印发之日起 ${o.deadlineDays} 个工作日，法定节假日除外）完成整改，并填写所附整改反馈表，逐项写明整改措施、整改完成日期、佐证材料和整改状态后报回。已办结案件无法在原卷中纠正的，写明在今后办案中防止同类问题的措施。`,
    },
    { kind: 'p', text: en ? 'Attachment: rectification feedback workbook (one row per problem).' : '附件：整改反馈表（每个问题一行）' },
  );
  return {
    title: en ? 'Rectification Notice' : '整改通知书',
    addressee: unit,
    blocks,
    issuer: o.issuer,
    dateText: officialDateText(o.issued, o.lang),
  };
}
