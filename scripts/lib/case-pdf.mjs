/** Born-digital case-file PDFs for OCR fixtures and benchmarks (pdfkit + Noto Sans Hans from npm, scripts/lib/cjk-font.mjs). */
import PDFDocument from 'pdfkit';
import { createWriteStream, existsSync } from 'node:fs';
import seedrandom from 'seedrandom';
import { createHash } from 'node:crypto';

import { CJK_FONT, assertCjkFont } from './cjk-font.mjs';
export { CJK_FONT };

const CN_DIGITS = '零壹贰叁肆伍陆柒捌玖';
/** 30000 → 叁万元整, 25000 → 贰万伍仟元整 (whole yuan, < 1亿). */
export function daxie(n) {
  const units = ['', '拾', '佰', '仟'];
  const section = (v) => {
    let s = '';
    let zero = false;
    for (let i = 3; i >= 0; i--) {
      const d = Math.floor(v / 10 ** i) % 10;
      if (d === 0) zero = s !== '';
      else {
        if (zero) s += '零';
        s += CN_DIGITS[d] + units[i];
        zero = false;
      }
    }
    return s;
  };
  const wan = Math.floor(n / 10000);
  const rest = n % 10000;
  let out = wan ? `${section(wan)}万` : '';
  if (rest) out += (wan && rest < 1000 ? '零' : '') + section(rest);
  return `${out}元整`;
}

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** A valid unified social credit code (GB 32100) from a random source. */
export function creditCode(rng) {
  let s = '91360' + String(100 + Math.floor(rng() * 800)).padStart(3, '0');
  while (s.length < 17) s += CHARSET[Math.floor(rng() * 31)];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(s[i]) * WEIGHTS[i];
  return s + CHARSET[(31 - (sum % 31)) % 31];
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高';
const GIVEN = ['建国', '志强', '海燕', '伟', '敏', '晓东', '春华', '立新', '国庆', '红梅', '文杰', '丽'];
const PARTIES = ['九江市恒通化工有限公司', '南昌市安达建材有限公司', '赣州市华鑫冶金有限公司', '上饶市万利物流有限公司', '宜春市金源矿业有限公司', '吉安市顺发烟花爆竹有限公司'];
const UNITS = [
  ['江西省应急管理厅', '（赣）应急罚'],
  ['南昌市应急管理局', '洪应急罚'],
  ['九江市应急管理局', '浔应急罚'],
];
const CASES = [
  { violated: '《中华人民共和国安全生产法》第二十八条第一款', penalty: '《中华人民共和国安全生产法》第九十七条第三项', fact: '未按照规定对从业人员进行安全生产教育和培训' },
  { violated: '《中华人民共和国安全生产法》第四十一条第二款', penalty: '《中华人民共和国安全生产法》第一百零一条第五项', fact: '未建立事故隐患排查治理制度' },
  { violated: '《中华人民共和国安全生产法》第八十一条', penalty: '《中华人民共和国安全生产法》第九十七条第六项', fact: '未按照规定制定生产安全事故应急救援预案' },
];

function iso(d) {
  return d.toISOString().slice(0, 10);
}
function cnDate(isoDate) {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
function addDays(isoDate, n) {
  return iso(new Date(Date.parse(`${isoDate}T00:00:00Z`) + n * 86400000));
}

/** A deterministic case spec (the answer key) for index `i` under `seed`. */
export function makeCaseSpec(i, seed = 'ocr') {
  const rng = seedrandom(createHash('sha256').update(`${seed}:${i}`).digest('hex'));
  const pick = (a) => a[Math.floor(rng() * a.length)];
  const [unit, prefix] = pick(UNITS);
  const seq = 1 + Math.floor(rng() * 180);
  const kind = pick(CASES);
  const filed = addDays('2025-02-01', Math.floor(rng() * 200));
  const notified = addDays(filed, 10 + Math.floor(rng() * 20));
  const decided = addDays(notified, 6 + Math.floor(rng() * 10));
  const served = addDays(decided, 1 + Math.floor(rng() * 4));
  const fine = (1 + Math.floor(rng() * 9)) * 10000 + pick([0, 0, 5000, 2000]);
  const officers = [0, 1].map(() => ({
    name: pick([...SURNAMES]) + pick(GIVEN),
    certNo: `36${String(Math.floor(rng() * 1e6)).padStart(6, '0')}${String(Math.floor(rng() * 1e3)).padStart(3, '0')}`,
  }));
  if (officers[0].name === officers[1].name) officers[1].name += '华';
  const id = `${prefix}〔${filed.slice(0, 4)}〕${seq}号`;
  return {
    id,
    unit,
    party: { name: pick(PARTIES), creditCode: creditCode(rng), address: `江西省${pick(['南昌市红谷滩区', '九江市濂溪区', '赣州市章贡区'])}工业园${1 + Math.floor(rng() * 30)}号` },
    facts: `经查，该单位${kind.fact}，违反了${kind.violated}的规定。`,
    violatedArticles: [kind.violated],
    penaltyArticles: [kind.penalty],
    fine,
    officers,
    dates: { filed, notified, decided, served },
  };
}

/** The documents of a case file, one per page: title + lines. */
export function casePages(c) {
  const off = c.officers.map((o) => `${o.name}（执法证号：${o.certNo}）`).join('、');
  const head = [`当事人：${c.party.name}`, `统一社会信用代码：${c.party.creditCode}`, `地址：${c.party.address}`];
  return [
    { title: '立案审批表', lines: [`案件编号：${c.id}`, `案由：${c.facts.replace(/^经查，该单位/, '').replace(/，违反.*$/, '')}案`, ...head, `执法人员：${off}`, '承办人意见：建议立案调查。', '审批意见：同意立案。', `${c.unit}`, cnDate(c.dates.filed)] },
    { title: '行政处罚告知书', lines: [`${c.id.replace('罚', '罚告')}`, `${c.party.name}：`, `${c.facts}依据${c.penaltyArticles[0]}的规定，本机关拟对你单位作出罚款人民币${daxie(c.fine)}的行政处罚。`, '你单位有权进行陈述和申辩。', `${c.unit}`, cnDate(c.dates.notified)] },
    { title: '行政处罚决定书', lines: [c.id, ...head, `${c.facts}`, `以上事实有现场检查记录、询问笔录等证据为证。`, `依据${c.penaltyArticles[0]}的规定，决定给予以下行政处罚：罚款人民币${daxie(c.fine)}（¥${c.fine.toFixed(2)}）。`, '罚款自收到本决定书之日起十五日内缴至指定银行。', `执法人员：${off}`, `${c.unit}`, cnDate(c.dates.decided)] },
    { title: '文书送达回执', lines: [`送达文书：行政处罚决定书 ${c.id}`, `受送达人：${c.party.name}`, `送达地点：${c.party.address}`, '送达方式：直接送达', `送达时间：${cnDate(c.dates.served)}`, `送达人：${c.officers.map((o) => o.name).join('、')}`] },
  ];
}

/**
 * A 询问笔录 of 1 + n pages, as a real 案卷 has: its first page under its title, then `n` continuation pages of
 * questions and answers (no document title, no unit heading; a page number at the foot).
 */
export function continuationPages(c, n) {
  const qa = [
    ['你单位的主要负责人是谁？', `${c.party.name}的主要负责人是总经理本人。`],
    ['你单位是否对从业人员进行了安全生产教育和培训？', '新入职员工有岗前培训，但培训记录没有按要求建立。'],
    ['现场发现的问题你单位是否知道？', '知道，我们正在组织整改，已安排专人负责。'],
    ['你单位是否制定了生产安全事故应急救援预案？', '制定了，但今年还没有组织演练。'],
    ['以上笔录你看过了吗？是否属实？', '看过了，和我说的一样，属实。'],
  ];
  const first = { title: '询问笔录', lines: [`被询问人：${c.party.name}主要负责人`, `询问地点：${c.party.address}`, `执法人员：${c.officers.map((o) => o.name).join('、')}`, '问：我们是应急管理局执法人员，现依法向你了解有关情况，你应当如实回答。', '答：明白。', '被询问人签名：            日期：', '第 1 页'] };
  return [first, ...Array.from({ length: n }, (_, i) => ({
    continuation: true,
    lines: [...qa.flatMap(([q, a]) => [`问：${q}`, `答：${a}`]), '被询问人签名：            日期：', `第 ${i + 2} 页`],
  }))];
}

/**
 * Write the born-digital PDF of a case spec; resolves when the file is closed. `continuation`: that many
 * continuation pages (a 询问笔录 of 1 + continuation pages, continuationPages) after the 立案审批表, for benchmarks of
 * `--ocr-pages key`.
 */
export function writeCasePdf(c, file, { continuation = 0 } = {}) {
  assertCjkFont();
  const doc = new PDFDocument({ size: 'A4', margin: 50, autoFirstPage: false, info: { CreationDate: new Date(0), Producer: 'caseaudit', Creator: 'caseaudit' } });
  const done = new Promise((resolve, reject) => {
    const out = createWriteStream(file);
    out.on('finish', resolve).on('error', reject);
    doc.pipe(out);
  });
  doc.font(CJK_FONT);
  const pages = casePages(c);
  if (continuation) pages.splice(1, 0, ...continuationPages(c, continuation));
  for (const p of pages) {
    doc.addPage();
    if (p.continuation) {
      doc.fontSize(11);
      for (const line of p.lines) doc.text(line, { lineGap: 6 }).moveDown(0.3);
      continue;
    }
    doc.fontSize(16).text(c.unit, { align: 'center' });
    doc.fontSize(20).text(p.title, { align: 'center' }).moveDown(1);
    doc.fontSize(11);
    for (const line of p.lines) doc.text(line, { lineGap: 6 }).moveDown(0.3);
  }
  doc.end();
  return done;
}
