/**
 * Officers and their enforcement-certificate numbers as case-file documents write them. Layouts read:
 *   inline        执法人员：张三（执法证号：36010001）、李四（执法证号：36010002）
 *   two lists     执法人员：张三、李四    执法证号：36010001、36010002   (also numbers first, then names)
 *   one per line  执法人员：张三  执法证号：36010001 / 执法人员：李四  证号：JX-0002
 *   a table       执法人员  执法证号 (header) then rows 张三  36010001
 * Every name whose number cannot be paired (fewer numbers than names, a table row without one) is reported as a
 * problem, so the caller can warn and mark the officers uncertain instead of dropping the number silently.
 */
import { cleanName } from '../normalize/text.js';
import type { Officer } from '../../model/types.js';
import type { Found } from './collector.js';
import type { Line, Segment } from './segment.js';

/** A certificate number: letters, digits and dashes, optionally after a one- or two-character region prefix (赣A…). */
const CERT_NO = '(?:[\\u4e00-\\u9fff]{1,2}(?=[0-9A-Za-z]))?[0-9A-Za-z][0-9A-Za-z-]*';
const NAME = /^[\u4e00-\u9fff·]{2,6}$/;
const NAMES_LABEL = '(?:执法人员|承办人员?|检查人员|办案人员)(?:姓名)?(?:[(（]签名[)）])?';
const CERTS_LABEL = '(?:执法证件?号(?:码)?|执法证件号|证件号(?:码)?|证号)';
const INLINE_CERT = new RegExp(`[(（]\\s*${CERTS_LABEL}\\s*[:：]?\\s*(${CERT_NO})\\s*[)）]?`);
const LIST_SEP = /\s*[、,，;；/]\s*|\s+/;

export interface OfficerProblem {
  page: number;
  /** the officer names concerned */
  names: string[];
  reason: { zh: string; en: string };
}

export interface OfficersRead {
  officers: Found<Officer>[];
  problems: OfficerProblem[];
}

/** Split a names list: 张三、李四 / 张三 李四; each name cleaned, non-names dropped. */
function names(list: string): string[] {
  return list
    .split(/[、,，;；](?![^(（]*[)）])|\s+(?![^(（]*[)）])/)
    .map((s) => cleanName(s.replace(/[(（].*$/, '')) ?? '')
    .filter((n) => NAME.test(n));
}

/** Split a numbers list: 36010001、36010002 / JX-01 JX-02. */
function certs(list: string): string[] {
  const re = new RegExp(`^${CERT_NO}$`);
  return list.split(LIST_SEP).map((s) => s.trim()).filter((s) => re.test(s));
}

/** Read the officers of one document. */
export function readOfficersFrom(seg: Segment): OfficersRead {
  const officers: Found<Officer>[] = [];
  const problems: OfficerProblem[] = [];
  const from = seg.spec.title;
  const push = (name: string, certNo: string | undefined, page: number) =>
    officers.push({ value: { name, ...(certNo ? { certNo } : {}) }, page, from });

  const lines = seg.lines;
  for (let i = 0; i < lines.length; i++) {
    const l: Line = lines[i]!;
    const text = l.text;
    const table = tableHeader(text);
    if (table) {
      i = readTable(lines, i, push, problems);
      continue;
    }
    const nm = new RegExp(`${NAMES_LABEL}\\s*[:：]\\s*`).exec(text);
    if (!nm) continue;
    const cm = new RegExp(`${CERTS_LABEL}\\s*[:：]\\s*`).exec(text);
    // the numbers list as its own labelled field (not inside a name's brackets): before or after the names
    const separateCerts = cm && !/[(（]\s*$/.test(text.slice(0, cm.index)) ? cm : undefined;
    let nameText: string;
    let certText = '';
    const nameStart = nm.index + nm[0].length;
    if (separateCerts && separateCerts.index > nm.index) {
      nameText = text.slice(nameStart, separateCerts.index);
      certText = text.slice(separateCerts.index + separateCerts[0].length);
    } else if (separateCerts) {
      certText = text.slice(separateCerts.index + separateCerts[0].length, nm.index);
      nameText = text.slice(nameStart);
    } else {
      nameText = text.slice(nameStart);
    }
    nameText = nameText.split(/\s{2,}(?=[^\s(（]+[:：])/)[0]!;
    certText = certText.split(/\s{2,}(?=[^\s(（]+[:：])/)[0]!;
    const items = nameText.split(/[、,，;；](?![^(（]*[)）])|\s+(?=[\u4e00-\u9fff]{2,4}[(（])|\s+(?=[\u4e00-\u9fff·]{2,6}(?:\s|$))/).map((s) => s.trim()).filter(Boolean);
    const listed = certs(certText);
    const rowNames: string[] = [];
    const rowCerts: (string | undefined)[] = [];
    for (const item of items) {
      const name = cleanName(item.replace(/[(（].*$/, ''));
      if (!name || !NAME.test(name)) continue;
      rowNames.push(name);
      rowCerts.push(INLINE_CERT.exec(item)?.[1]);
    }
    // numbers given as a separate list pair with the names in order, only when the counts agree
    const inlineCount = rowCerts.filter(Boolean).length;
    if (listed.length && inlineCount === 0) {
      if (listed.length === rowNames.length) listed.forEach((c, k) => (rowCerts[k] = c));
      else {
        problems.push({
          page: l.page,
          names: rowNames,
          reason: {
            zh: `执法人员 ${rowNames.length} 名而执法证号 ${listed.length} 个，无法一一对应：${rowNames.join('、')}；${listed.join('、')}`,
            en: `${rowNames.length} officers but ${listed.length} certificate numbers, cannot pair them: ${rowNames.join(', ')}; ${listed.join(', ')}`,
          },
        });
      }
    }
    rowNames.forEach((n, k) => push(n, rowCerts[k], l.page));
  }
  return { officers, problems };
}

/** A table header line: 执法人员/姓名 … 执法证号/证号, no colon (a label line has one). */
function tableHeader(text: string): boolean {
  return !/[:：]/.test(text) && /(?:执法人员|姓名)/.test(text) && new RegExp(CERTS_LABEL).test(text);
}

/** Rows under a table header: each row a name and (in header order) a number; stops at the first non-row line. */
function readTable(lines: Line[], header: number, push: (n: string, c: string | undefined, p: number) => void, problems: OfficerProblem[]): number {
  const certRe = new RegExp(`^${CERT_NO}$`);
  let i = header + 1;
  for (; i < lines.length; i++) {
    const cells = lines[i]!.text.trim().split(/\s+|\t|\|/).filter(Boolean);
    const name = cells.find((c) => NAME.test(c));
    if (!name) break;
    const cert = cells.find((c) => c !== name && certRe.test(c) && /\d/.test(c));
    if (!cert) problems.push({ page: lines[i]!.page, names: [name], reason: { zh: `执法人员表格中 ${name} 一行没有执法证号`, en: `the officers table row of ${name} has no certificate number` } });
    push(name, cert, lines[i]!.page);
  }
  return i - 1;
}
