/**
 * Rejection notices (驳回通知), one per rejected scheme, as official documents: issuing body, number
 * (文号), addressee (the unit), the reasons, the 落款 with room for the seal and the date — in Markdown,
 * self-contained printable HTML and DOCX (through the shared official-document helpers).
 */
import path from 'node:path';
import { Paragraph } from 'docx';
import { tr, type Lang } from '../i18n.js';
import { sha256 } from '../util/fs.js';
import { escapeHtml } from '../util/xml-text.js';
import { mdTable } from '../report/md-table.js';
import { addressee as addresseePara, body, dataTable, docNumber, keyValueTable, packOfficialDocument, signature, title as titlePara } from '../report/official-docx.js';
import type { SchemeReview, SchemesResult } from './types.js';

/** Who issues the notices, when, and the 文号 prefix; defaults fill in a blank to write by hand. */
export interface NoticeMeta {
  issuer?: string;
  /** the date of the notices (SOURCE_DATE_EPOCH or the run's date) */
  date?: Date;
  /** 文号 prefix, e.g. 赣应急执法 → 赣应急执法〔2025〕1号 */
  numberPrefix?: string;
}

interface Official {
  issuer: string;
  number: string;
  date: string;
  to: string;
  sealNote: string;
}

/** The official parts of notice `seq` (1-based among the rejected schemes). */
function official(r: SchemeReview, seq: number, meta: NoticeMeta, lang: Lang): Official {
  const d = meta.date;
  const year = d ? d.getUTCFullYear() : '____';
  const date = d ? (lang === 'en' ? d.toISOString().slice(0, 10) : `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`) : tr('____年__月__日', '____-__-__', lang);
  const prefix = meta.numberPrefix ?? tr('方案审核', 'Scheme review', lang);
  return {
    issuer: meta.issuer ?? tr('（发文单位）', '(issuing office)', lang),
    number: lang === 'en' ? `${prefix} ${year} No. ${seq}` : `${prefix}〔${year}〕${seq}号`,
    date,
    to: r.unit ?? tr('（执法单位）', '(unit)', lang),
    sealNote: tr('（盖章）', '(seal)', lang),
  };
}

/** Escape text for Markdown (inline and table cells): no markup, links or HTML can be injected. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/([\\`*_[\]<>|#~!])/g, '\\$1');
}

/** Escape text for HTML element content and attribute values (the one in util/xml-text.ts). */
export { escapeHtml };

/**
 * A file name (without extension) for a scheme id that can never leave the output folder: only letters, digits,
 * CJK, '-' and '_' survive; a hash of the id keeps names distinct after sanitising (南昌〔2025〕3号 → 南昌_2025_3号-1a2b3c4d).
 */
export function noticeFileBase(id: string): string {
  const cleaned = id
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '_')
    .replace(/^[_-]+|[_-]+$/g, '')
    .slice(0, 60);
  return `${cleaned || 'scheme'}-${sha256(id).slice(0, 8)}`;
}

interface NoticeText {
  title: string;
  fields: [string, string][];
  intro: string;
  head: [string, string, string, string];
  rows: [string, string, string, string][];
  warnTitle: string;
  warns: string[];
  notCheckedTitle: string;
  notChecked: string[];
  closing: string;
}

function noticeText(r: SchemeReview, lang: Lang): NoticeText {
  const t = (zh: string, en: string) => tr(zh, en, lang);
  const none = t('（未注明）', '(not stated)');
  return {
    title: t('检查方案驳回通知', 'Notice of rejection of an inspection scheme'),
    fields: [
      [t('方案编号', 'Scheme'), r.id],
      [t('执法单位', 'Unit'), r.unit ?? none],
      [t('检查对象', 'Target'), r.target ?? none],
      [t('所属行业', 'Industry'), r.industry ?? none],
      ...(r.judgedAs?.length ? [[t('适用重点检查事项', 'Key items applied'), r.judgedAs.join('、')] as [string, string]] : []),
    ],
    intro: t('经抽查审查，该检查方案存在下列问题，不符合要求，予以驳回：', 'On review, this inspection scheme does not meet the requirements and is rejected for the following reasons:'),
    head: [t('序号', 'No.'), t('问题', 'Problem'), t('依据', 'Basis'), t('需补充或改正', 'What to add or fix')],
    rows: r.reasons.filter((x) => x.severity === 'reject').map((x, i) => [String(i + 1), x.message, x.basis, x.fix]),
    warnTitle: t('另请注意（不影响本次结论）：', 'Also note (does not change the verdict):'),
    warns: r.reasons.filter((x) => x.severity === 'warn').map((x) => t(`${x.message}（${x.fix}）`, `${x.message} (${x.fix})`)),
    notCheckedTitle: t('未能核查（输入未提供相应信息）：', 'Not checked (the input did not give the information):'),
    notChecked: r.notChecked.map((n) => n.reason), // the reason names what could not be checked; ids stay in schemes.json
    closing: t('请按上述意见补充完善后重新报送。', 'Please complete the scheme as set out above and submit it again.'),
  };
}

/** The notice as Markdown. */
export function renderNoticeMarkdown(r: SchemeReview, lang: Lang, meta: NoticeMeta = {}, seq = 1): string {
  const n = noticeText(r, lang);
  const o = official(r, seq, meta, lang);
  const e = escapeMarkdown;
  const lines = [`# ${e(n.title)}`, '', e(o.number), '', `${e(o.to)}${tr('：', ':', lang)}`, '', ...n.fields.map(([k, v]) => `- ${e(k)}${tr('：', ': ', lang)}${e(v)}`), '', e(n.intro), ''];
  lines.push(...mdTable(n.head, n.rows));
  if (n.warns.length) lines.push('', e(n.warnTitle), '', ...n.warns.map((w) => `- ${e(w)}`));
  if (n.notChecked.length) lines.push('', e(n.notCheckedTitle), '', ...n.notChecked.map((w) => `- ${e(w)}`));
  lines.push('', e(n.closing), '', `${e(o.issuer)}${tr('（盖章）', ' (seal)', lang)}  `, e(o.date), '');
  return lines.join('\n');
}

/** The notice as one self-contained HTML page (inline style, no scripts, every text escaped). */
export function renderNoticeHtml(r: SchemeReview, lang: Lang, meta: NoticeMeta = {}, seq = 1): string {
  const n = noticeText(r, lang);
  const o = official(r, seq, meta, lang);
  const h = escapeHtml;
  const list = (title: string, items: string[]) => (items.length ? `<p>${h(title)}</p>\n<ul>${items.map((i) => `<li>${h(i)}</li>`).join('')}</ul>\n` : '');
  return `<!DOCTYPE html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<title>${h(n.title)} ${h(r.id)}</title>
<style>body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;max-width:52em;margin:2em auto;line-height:1.6}table{border-collapse:collapse;width:100%}thead{display:table-header-group}tr{break-inside:avoid}th,td{border:1px solid #888;padding:.3em .5em;vertical-align:top;text-align:left}h1{text-align:center;margin-bottom:.3em}.no{text-align:center;margin:0 0 1.5em}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dt{font-weight:bold}dd{margin:0}th:first-child{white-space:nowrap}.sign{margin:3em 4em 0 auto;width:16em;text-align:center;line-height:2;break-inside:avoid}.seal{height:4em;color:#999}@page{size:A4;margin:25mm 26mm 25mm 28mm}@media print{body{margin:0;max-width:none}}</style>
</head>
<body>
<h1>${h(n.title)}</h1>
<p class="no">${h(o.number)}</p>
<p>${h(o.to)}${h(tr('：', ':', lang))}</p>
<dl>${n.fields.map(([k, v]) => `<dt>${h(k)}</dt><dd>${h(v)}</dd>`).join('')}</dl>
<p>${h(n.intro)}</p>
<table>
<thead><tr>${n.head.map((c) => `<th>${h(c)}</th>`).join('')}</tr></thead>
<tbody>
${n.rows.map((row) => `<tr>${row.map((c) => `<td>${h(c)}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>
${list(n.warnTitle, n.warns)}${list(n.notCheckedTitle, n.notChecked)}<p>${h(n.closing)}</p>
<div class="sign"><div class="seal">${h(o.sealNote)}</div><div>${h(o.issuer)}</div><div>${h(o.date)}</div></div>
</body>
</html>
`;
}

/** The notice as an official DOCX document (GB/T 9704 layout, numbered pages, seal space). */
export async function renderNoticeDocx(r: SchemeReview, lang: Lang, meta: NoticeMeta = {}, seq = 1): Promise<Uint8Array> {
  const n = noticeText(r, lang);
  const o = official(r, seq, meta, lang);
  const children = [
    titlePara(n.title),
    docNumber(o.number),
    addresseePara(o.to, lang),
    keyValueTable(n.fields),
    new Paragraph({ children: [] }),
    body(n.intro),
    dataTable(n.head, n.rows, { widths: [4, 16, 12, 14] }),
    ...(n.warns.length ? [body(n.warnTitle), ...n.warns.map((w) => body(w))] : []),
    ...(n.notChecked.length ? [body(n.notCheckedTitle), ...n.notChecked.map((w) => body(w))] : []),
    body(n.closing),
    ...signature(o.issuer, o.date, o.sealNote),
  ];
  return packOfficialDocument({ title: `${n.title} ${r.id}`, body: children, date: meta.date ?? new Date(0) });
}

/** The notice files for every rejected scheme: {dir}/{safe id}.md, .html and .docx, always inside dir. */
export async function noticeFiles(result: SchemesResult, dir: string, lang: Lang, meta: NoticeMeta = {}): Promise<{ path: string; data: string | Uint8Array }[]> {
  const root = path.resolve(dir);
  const files: { path: string; data: string | Uint8Array }[] = [];
  let seq = 0;
  for (const r of result.schemes) {
    if (r.verdict !== 'rejected') continue;
    seq++;
    const base = path.join(root, noticeFileBase(r.id));
    if (path.dirname(base) !== root) throw new Error(`unsafe notice file name for ${r.id}`); // cannot happen; belt and braces
    files.push(
      { path: `${base}.md`, data: renderNoticeMarkdown(r, lang, meta, seq) },
      { path: `${base}.html`, data: renderNoticeHtml(r, lang, meta, seq) },
      { path: `${base}.docx`, data: await renderNoticeDocx(r, lang, meta, seq) },
    );
  }
  return files;
}
