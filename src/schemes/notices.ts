/** Rejection notices (驳回通知), one per rejected scheme, as Markdown and self-contained HTML. */
import path from 'node:path';
import { tr, type Lang } from '../i18n.js';
import { sha256 } from '../util/fs.js';
import type { SchemeReview, SchemesResult } from './types.js';

/** Escape text for Markdown (inline and table cells): no markup, links or HTML can be injected. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/([\\`*_[\]<>|#~!])/g, '\\$1');
}

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

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
    notChecked: r.notChecked.map((n) => `${n.ruleId}: ${n.reason}`),
    closing: t('请按上述意见补充完善后重新报送。', 'Please complete the scheme as set out above and submit it again.'),
  };
}

/** The notice as Markdown. */
export function renderNoticeMarkdown(r: SchemeReview, lang: Lang): string {
  const n = noticeText(r, lang);
  const e = escapeMarkdown;
  const lines = [`# ${e(n.title)}`, '', ...n.fields.map(([k, v]) => `- ${e(k)}${tr('：', ': ', lang)}${e(v)}`), '', e(n.intro), ''];
  lines.push(`| ${n.head.map(e).join(' | ')} |`, `|${n.head.map(() => '---').join('|')}|`);
  for (const row of n.rows) lines.push(`| ${row.map(e).join(' | ')} |`);
  if (n.warns.length) lines.push('', e(n.warnTitle), '', ...n.warns.map((w) => `- ${e(w)}`));
  if (n.notChecked.length) lines.push('', e(n.notCheckedTitle), '', ...n.notChecked.map((w) => `- ${e(w)}`));
  lines.push('', e(n.closing), '');
  return lines.join('\n');
}

/** The notice as one self-contained HTML page (inline style, no scripts, every text escaped). */
export function renderNoticeHtml(r: SchemeReview, lang: Lang): string {
  const n = noticeText(r, lang);
  const h = escapeHtml;
  const list = (title: string, items: string[]) => (items.length ? `<p>${h(title)}</p>\n<ul>${items.map((i) => `<li>${h(i)}</li>`).join('')}</ul>\n` : '');
  return `<!DOCTYPE html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<title>${h(n.title)} ${h(r.id)}</title>
<style>body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;max-width:52em;margin:2em auto;line-height:1.6}table{border-collapse:collapse;width:100%}th,td{border:1px solid #888;padding:.3em .5em;vertical-align:top;text-align:left}h1{text-align:center}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dt{font-weight:bold}dd{margin:0}th:first-child{white-space:nowrap}</style>
</head>
<body>
<h1>${h(n.title)}</h1>
<dl>${n.fields.map(([k, v]) => `<dt>${h(k)}</dt><dd>${h(v)}</dd>`).join('')}</dl>
<p>${h(n.intro)}</p>
<table>
<thead><tr>${n.head.map((c) => `<th>${h(c)}</th>`).join('')}</tr></thead>
<tbody>
${n.rows.map((row) => `<tr>${row.map((c) => `<td>${h(c)}</td>`).join('')}</tr>`).join('\n')}
</tbody>
</table>
${list(n.warnTitle, n.warns)}${list(n.notCheckedTitle, n.notChecked)}<p>${h(n.closing)}</p>
</body>
</html>
`;
}

/** The notice files for every rejected scheme: {dir}/{safe id}.md and .html, always inside dir. */
export function noticeFiles(result: SchemesResult, dir: string, lang: Lang): { path: string; data: string }[] {
  const root = path.resolve(dir);
  const files: { path: string; data: string }[] = [];
  for (const r of result.schemes) {
    if (r.verdict !== 'rejected') continue;
    const base = path.join(root, noticeFileBase(r.id));
    if (path.dirname(base) !== root) throw new Error(`unsafe notice file name for ${r.id}`); // cannot happen; belt and braces
    files.push({ path: `${base}.md`, data: renderNoticeMarkdown(r, lang) }, { path: `${base}.html`, data: renderNoticeHtml(r, lang) });
  }
  return files;
}
