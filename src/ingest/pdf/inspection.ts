/**
 * What an on-site inspection record (现场检查记录) writes of the 三位一体 model and the 互联网+监管 system
 * (赣应急字〔2020〕168号 §三(七)): 召开启动会/总结会, the enterprise's people present (企业参加人员：王某（总经理）、…),
 * the experts (检查专家：…), the scheme carried out and the 互联网+监管 number. Only what the text states is read;
 * a record that does not mention a meeting leaves it unknown (the printed form has no place for it).
 */
import type { CaseFile } from '../../model/types.js';
import { splitList } from '../normalize/lists.js';
import type { Segment } from './segment.js';

type Read = Pick<CaseFile, 'kickoffMeeting' | 'summaryMeeting' | 'attendees' | 'experts' | 'schemeId' | 'supervisionNo'>;

/** A 启动会/总结会 stated held (召开了启动会) or stated not held (未召开启动会); undefined when not mentioned. */
function meeting(text: string, name: '启动会' | '总结会'): boolean | undefined {
  if (new RegExp(`(?:未|没有|无)(?:召开|组织|举行)(?:检查)?${name}`).test(text)) return false;
  if (new RegExp(`(?:召开|组织|举行)(?:了)?(?:检查)?${name}|${name}\\s*[:：]\\s*(?:已召开|是|召开)`).test(text)) return true;
  return undefined;
}

/** The value after a label on its line (企业参加人员：…), cut at a run of spaces (the next field). */
function labelled(lines: string[], label: RegExp): string | undefined {
  for (const l of lines) {
    const m = new RegExp(`(?:${label.source})\\s*[:：]\\s*(.+)$`).exec(l);
    const v = m?.[1]?.split(/\s{2,}|\t/)[0]?.trim();
    if (v && !/^(?:无|—+|-+|\/)$/.test(v)) return v;
  }
  return undefined;
}

/** The inspection-record fields the records (笔录/记录) of a case file state. */
export function readInspectionRecord(documents: Segment[]): Read {
  const records = documents.filter((d) => d.spec.record && /检查/.test(d.spec.title));
  if (!records.length) return {};
  const lines = records.flatMap((d) => d.lines.map((l) => l.text.trim())); // values kept as written
  const text = lines.join('').normalize('NFKC').replace(/\s+/g, '');
  const out: Read = {};
  const kickoff = meeting(text, '启动会');
  const summary = meeting(text, '总结会');
  if (kickoff !== undefined) out.kickoffMeeting = kickoff;
  if (summary !== undefined) out.summaryMeeting = summary;
  const attendees = labelled(lines, /企业参加人员|企业在场人员|被检查单位(?:参加|在场)人员|企业陪同人员|陪同检查人员/);
  if (attendees) out.attendees = splitList(attendees);
  const experts = labelled(lines, /检查专家|参加专家|参检专家|随行专家/);
  if (experts) out.experts = splitList(experts);
  const scheme = labelled(lines, /检查方案编号|检查方案/);
  if (scheme) out.schemeId = scheme;
  const number = labelled(lines, /监管行为编码|互联网[+＋]监管(?:检查)?编号/);
  if (number) out.supervisionNo = number;
  return out;
}
