// Generates the PDF test fixtures in tests/fixtures/pdf/ (committed, so tests need no font):
//   node scripts/generate-pdf-fixtures.mjs
// Needs the Noto Sans Hans font from npm (@embedpdf/fonts-sc, a devDependency) and pdftoppm (poppler-utils) for the scan.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { CJK_FONT, caseDocuments, renderCasePdf } from './pdf/case-pdf.mjs';
import { writeStSongPdf } from './pdf/stsong-pdf.mjs';

const OUT = path.resolve('tests/fixtures/pdf');
fs.mkdirSync(OUT, { recursive: true });

export const BASIC = {
  id: '（赣）应急罚〔2025〕12号',
  unit: '南昌市应急管理局',
  party: { name: '南昌恒达化工有限公司', creditCode: '91360100MA35F0QX2Q', address: '南昌市青山湖区民营科技园88号' },
  facts: '2025年2月20日，执法人员在你单位检查时发现，你单位未对重大危险源进行定期检测、评估和监控',
  violatedArticles: ['《中华人民共和国安全生产法》第40条第1款'],
  penaltyArticles: ['《中华人民共和国安全生产法》第101条第2项'],
  fine: 35000,
  officers: [
    { name: '张伟', certNo: '36010023001' },
    { name: '李娜', certNo: '36010023002' },
  ],
  dates: {
    filed: '2025-02-21',
    rectificationDeadline: '2025-03-21',
    notified: '2025-03-03',
    legalReview: '2025-03-10',
    collectiveDiscussion: '2025-03-12',
    decided: '2025-03-14',
    served: '2025-03-17',
    reinspected: '2025-03-24',
    paid: '2025-03-28',
    closed: '2025-04-02',
  },
};

async function main() {
  await renderCasePdf(BASIC, path.join(OUT, 'case-basic.pdf'));

  // conflicting values: the notice proposes another fine, and the 罚款收据 names another party
  const conflict = { ...BASIC, id: '（赣）应急罚〔2025〕13号' };
  const docs = caseDocuments(conflict, { noticeFine: 50000 });
  const receipt = docs.find((d) => d.title === '罚款收据');
  receipt.body = ['缴款人：南昌恒达化工股份公司', '当事人：南昌恒达化工股份公司', '金额：人民币叁万伍仟元整'];
  await renderCasePdf(conflict, path.join(OUT, 'case-conflict.pdf'), { documents: docs });

  // a case file whose second and third pages are scans (an image, no text layer)
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'caseaudit-fx-'));
  const scanCase = { ...BASIC, id: '（赣）应急罚〔2025〕14号' };
  await renderCasePdf(scanCase, path.join(tmp, 'src.pdf'), { only: ['立案审批表', '现场检查记录', '询问笔录', '行政处罚决定书'] });
  execFileSync('pdftoppm', ['-r', '40', '-gray', '-png', '-f', '2', '-l', '3', path.join(tmp, 'src.pdf'), path.join(tmp, 'p')]);
  const pngs = fs.readdirSync(tmp).filter((f) => f.endsWith('.png')).sort();
  await writeMixed(pngs.map((f) => path.join(tmp, f)), path.join(OUT, 'case-scanned-pages.pdf'), scanCase);
  // an empty page (the back of a sheet) is neither text nor a scan: nothing to OCR
  await writeMixed([null], path.join(OUT, 'case-blank-page.pdf'), { ...BASIC, id: '（赣）应急罚〔2025〕17号' });
  fs.rmSync(tmp, { recursive: true, force: true });

  // encrypted: a user password is needed to open it
  await renderCasePdf({ ...BASIC, id: '（赣）应急罚〔2025〕15号' }, path.join(OUT, 'encrypted.pdf'), { only: ['行政处罚决定书'], pdfOptions: { userPassword: 'secret', ownerPassword: 'owner' } });

  // corrupt: a PDF header followed by garbage; not a PDF at all: text with a .pdf name
  fs.writeFileSync(path.join(OUT, 'corrupt.pdf'), `%PDF-1.7\n${'garbage '.repeat(64)}\n%%EOF\n`);
  fs.writeFileSync(path.join(OUT, 'not-a-pdf.pdf'), '<html><body>404 Not Found</body></html>\n');

  // iText/iTextAsian style: STSong-Light with UniGB-UCS2-H, not embedded, no ToUnicode
  writeStSongPdf(path.join(OUT, 'stsong-nonembedded.pdf'), [
    '南昌市应急管理局',
    '行政处罚决定书',
    '（赣）应急罚〔2025〕16号',
    '当事人：南昌宏远机械制造有限公司',
    '统一社会信用代码：91360100MA35H7KD44',
    '违法事实及证据：经查，你单位未按规定对从业人员进行安全生产教育和培训。',
    '你单位的上述行为违反了《中华人民共和国安全生产法》第二十八条第一款的规定，',
    '依据《中华人民共和国安全生产法》第九十七条第（三）项的规定，',
    '决定给予罚款人民币贰万元整的行政处罚。',
    '执法人员：王强（执法证号：36010023011）、赵敏（执法证号：36010023012）',
    '南昌市应急管理局',
    '二〇二五年四月八日',
  ]);
  console.log(`fixtures written to ${OUT}`);
}

/** Pages 1 and last keep their text (立案审批表, 决定书); between them an image-only page per png (null: an empty page). */
async function writeMixed(pngs, out, c) {
  const docs = caseDocuments(c, { only: ['立案审批表', '现场检查记录', '询问笔录', '行政处罚决定书'] });
  const pdf = new PDFDocument({ size: 'A4', margin: 60, autoFirstPage: false, info: { CreationDate: new Date(Date.UTC(2025, 0, 1)) } });
  pdf.registerFont('cjk', CJK_FONT);
  const writeDoc = (doc) => {
    pdf.addPage();
    pdf.font('cjk').fontSize(14).text(c.unit, { align: 'center' });
    pdf.fontSize(20).text(doc.title, { align: 'center' });
    if (doc.number) pdf.fontSize(11).text(doc.number, { align: 'center' });
    pdf.fontSize(12).moveDown();
    for (const l of doc.body) pdf.text(l);
    pdf.moveDown(2).text(c.unit, { align: 'right' }).text(doc.date.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日'), { align: 'right' });
  };
  writeDoc(docs[0]);
  for (const png of pngs) {
    pdf.addPage();
    if (png) pdf.image(png, 0, 0, { width: 595.28, height: 841.89 });
  }
  writeDoc(docs[3]);
  await new Promise((resolve, reject) => {
    const s = fs.createWriteStream(out);
    s.on('finish', resolve);
    s.on('error', reject);
    pdf.pipe(s);
    pdf.end();
  });
}

await main();
