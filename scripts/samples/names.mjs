/** Synthetic Chinese names, companies, addresses and GB 32100 credit codes (none belongs to a real party). */

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文斌辉鹏飞宇浩凯俊峰波亮红梅兰玲燕萍志坚永春海林东晓雪琴云龙健鑫晨宏伟振华德胜卫星'.split('');
const BRAND = '鑫华诚恒瑞泰昌宏达源盛兴隆嘉福丰德利安顺远新和益正永金通祥凯博腾瀚晟宸润佳信远恒固联创'.split('');
const ROADS = ['解放路', '人民路', '工业大道', '建设路', '迎宾大道', '胜利路', '文化路', '长征路', '井冈山大道', '高新大道', '沿江路', '赣江大道', '园区一路', '园区三路', '创业路', '兴业大道'];

const SUFFIX = {
  危险化学品: ['化工有限公司', '化学品贸易有限公司', '石化有限公司', '气体有限公司', '新材料科技有限公司'],
  非煤矿山: ['矿业有限公司', '石料有限公司', '建材矿业有限公司', '采石场有限公司'],
  烟花爆竹: ['烟花爆竹有限公司', '花炮制造有限公司', '烟花爆竹批发有限公司'],
  冶金: ['钢铁有限公司', '铸造有限公司', '铜业有限公司', '特钢有限公司'],
  粉尘涉爆: ['木业有限公司', '铝制品有限公司', '家具制造有限公司', '粉末冶金有限公司'],
  有限空间: ['污水处理有限公司', '食品有限公司', '酿造有限公司', '水务有限公司'],
  工贸: ['机械制造有限公司', '纺织有限公司', '陶瓷有限公司', '电子科技有限公司', '商贸有限公司'],
  建筑施工: ['建设工程有限公司', '建筑安装工程有限公司', '路桥工程有限公司'],
};

/** A two- or three-character personal name, unique within `used`. */
export function personName(rng, used = new Set()) {
  for (;;) {
    const n = rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.6) ? rng.pick(GIVEN) : '');
    if (!used.has(n)) {
      used.add(n);
      return n;
    }
  }
}

/** A company name for an industry in a place, unique within `used`. */
export function companyName(rng, place, industry, used) {
  for (;;) {
    const n = `江西${place}${rng.pick(BRAND)}${rng.pick(BRAND)}${rng.pick(SUFFIX[industry])}`;
    if (!used.has(n)) {
      used.add(n);
      return n;
    }
  }
}

/** A street address in one of the unit's places. */
export function address(rng, places) {
  return `江西省${rng.pick(places)}${rng.pick(ROADS)}${rng.int(1, 999)}号`;
}

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100 check character of the first 17 characters (same algorithm as src/ingest/normalize/credit-code.ts). */
export function creditCheckChar(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  return CHARSET[(31 - (sum % 31)) % 31];
}

/** GB 11714 organisation code (8 characters + check) as embedded in a credit code. */
function orgCode(rng) {
  const body = Array.from({ length: 8 }, () => (rng.chance(0.85) ? String(rng.int(0, 9)) : rng.pick('ABCDEFGHJKLMNPQRTUWXY'.split(''))));
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  const sum = body.reduce((s, c, i) => s + CHARSET.indexOf(c) * w[i], 0);
  const c = 11 - (sum % 11);
  return body.join('') + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

/** A valid 18-character unified social credit code for an enterprise (91…) registered in `region`. */
export function creditCode(rng, region, used) {
  for (;;) {
    const first17 = `91${region}${orgCode(rng)}`;
    const code = first17 + creditCheckChar(first17);
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

/** The same code with a wrong check character (a typo an export really shows). */
export function breakCreditCode(code) {
  const expected = code[17];
  const i = (CHARSET.indexOf(expected) + 7) % 31;
  return code.slice(0, 17) + CHARSET[i];
}
