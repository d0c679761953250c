import { describe, it, expect } from 'vitest';
import path from 'node:path';
import fc from 'fast-check';
import { noticeFileBase, noticeFiles, renderNoticeHtml, renderNoticeMarkdown } from '../../src/schemes/notices.js';
import { reviewSchemes } from '../../src/schemes/review.js';
import { SCHEME_RULE_IDS } from '../../src/schemes/rules/index.js';
import { loadRuleSettings } from '../../src/schemes/config.js';
import { cleanScheme, keyItems } from './rule-tester.js';

const evil = cleanScheme({ id: '../../etc/passwd', target: '<img src=x onerror=alert(1)>', unit: 'A | B *x* [l](http://e)', methods: [], kickoffMeeting: false });
const result = (lang: 'zh' | 'en' = 'zh') => reviewSchemes([evil, cleanScheme({ id: 'fine' })], { settings: loadRuleSettings(), keyItems, lang });

describe('rejection notices', () => {
  it('are written only for rejected schemes, always inside the folder', async () => {
    const files = await noticeFiles(result(), '/tmp/out/notices', 'zh');
    expect(files).toHaveLength(3);
    for (const f of files) expect(path.dirname(f.path)).toBe('/tmp/out/notices');
    expect(files.map((f) => path.extname(f.path)).sort()).toEqual(['.docx', '.html', '.md']);
  });

  it('are official documents: issuing body, number, addressee, date and a seal line', async () => {
    const meta = { issuer: '江西省应急管理厅执法监督处', date: new Date('2025-07-01T00:00:00Z') };
    const md = renderNoticeMarkdown(result().schemes[0]!, 'zh', meta, 3);
    expect(md).toContain('方案审核〔2025〕3号');
    expect(md).toContain('江西省应急管理厅执法监督处（盖章）');
    expect(md).toContain('2025年7月1日');
    for (const id of SCHEME_RULE_IDS) expect(md, id).not.toContain(id);
    const html = renderNoticeHtml(result().schemes[0]!, 'zh', meta, 3);
    expect(html).toContain('<div class="seal">（盖章）</div><div>江西省应急管理厅执法监督处</div><div>2025年7月1日</div>');
    const files = await noticeFiles(result(), '/tmp/out/notices', 'zh', meta);
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(files.find((f) => f.path.endsWith('.docx'))!.data as Uint8Array);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    for (const t of ['检查方案驳回通知', '方案审核〔2025〕1号', '（盖章）', '江西省应急管理厅执法监督处', '2025年7月1日']) expect(text).toContain(t);
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('file names from any id stay in the folder and stay distinct', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (id) => {
        const base = noticeFileBase(id);
        expect(base).toMatch(/^[\p{L}\p{N}_-]+$/u);
        expect(base).not.toMatch(/^[.-]/);
        expect(path.dirname(path.join('/out', `${base}.md`))).toBe('/out');
      }),
    );
    expect(noticeFileBase('a/b')).not.toBe(noticeFileBase('a_b'));
    expect(noticeFileBase('南昌应急检〔2025〕3号')).toMatch(/^南昌应急检_2025_3号-[0-9a-f]{8}$/);
    expect(noticeFileBase('..')).toMatch(/^scheme-[0-9a-f]{8}$/);
  });

  it('HTML escapes every text and is self-contained', () => {
    const html = renderNoticeHtml(result().schemes[0]!, 'zh');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<script|<link|src=["']http/);
    expect(html).toContain('检查方案驳回通知');
    expect(html).toContain('检查方案未明确监督检查方式');
    expect(html).toContain('赣应急字〔2020〕168号 §三(六)');
  });

  it('Markdown escapes markup and lists reasons, warnings and what to add', () => {
    const md = renderNoticeMarkdown(result().schemes[0]!, 'zh');
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('A \\| B \\*x\\* \\[l\\](http://e)');
    expect(md).toContain('| 1 | 检查方案未明确监督检查方式 |');
    expect(md).toContain('写明监督检查方式');
    expect(md).toMatch(/另请注意[\s\S]*未安排启动会/);
  });

  it('follow the chosen language', () => {
    const md = renderNoticeMarkdown(result('en').schemes[0]!, 'en');
    expect(md).toContain('# Notice of rejection of an inspection scheme');
    expect(md).toContain('the scheme states no inspection method');
    expect(md).not.toMatch(/[驳回通知]{4}/);
  });
});
