/**
 * Inspection schemes (检查方案) and their expected verdicts. Key items per industry paraphrase
 * /work/shared/reference/hazard-standards.md (重大事故隐患判定标准); a scheme that skips them all is 避重就轻.
 */
import { randomWorkday } from './dates.mjs';
import { personName } from './names.mjs';

export const KEY_ITEMS = {
  危险化学品: ['重大危险源辨识登记建档及监测监控情况', '特殊作业（动火、受限空间、盲板抽堵）安全管理及作业票证', '重点监管危险化工工艺装置自动化控制和紧急停车系统投用情况', '可燃和有毒气体检测报警装置设置及运行情况', '主要负责人和安全管理人员考核合格情况', '特种作业人员持证上岗情况', '危险化学品分区分类储存情况', '安全附件（安全阀、爆破片）投用情况'],
  非煤矿山: ['安全出口设置及畅通情况', '防治水措施及主排水系统运行情况', '机械通风及风量风质检测情况', '便携式气体检测报警仪和自救器配备情况', '提升运输系统检测检验情况', '采空区处理及地压监测情况', '边坡稳定性分析及边坡监测情况', '国家明令禁止的设备材料和工艺使用情况'],
  烟花爆竹: ['工（库）房定员定量及核定药量执行情况', '内外部安全距离及防护屏障设置情况', '防护设施（防静电、防火、防雷）运行情况', '氧化剂与还原剂分库储存情况', '安全生产许可证及许可范围情况', '特种作业人员持证上岗情况'],
  冶金: ['熔融金属吊运跨地坪区域人员聚集场所设置情况', '炉前及渣坑等区域积水情况', '煤气区域固定式一氧化碳检测报警装置设置及运行情况', '炼钢炉水冷元件温度和流量报警及联锁情况', '煤气隔断装置和煤气排水器设置情况', '金属冶炼企业主要负责人和安全管理人员考核合格情况'],
  粉尘涉爆: ['粉尘涉爆场所建筑结构及人员聚集场所设置情况', '除尘系统防控措施（泄爆、隔爆、抑爆、惰化）', '除尘系统按粉尘类别分区设置且不互通情况', '锁气卸灰装置设置情况', '粉尘清理制度落实及现场积尘情况', '粉尘爆炸危险场所防爆电气设备设置情况'],
  有限空间: ['有限空间辨识及管理台账和警示标志设置情况', '有限空间作业审批情况', '“先通风再检测后作业”落实情况', '有限空间作业现场监护人设置情况', '应急器材（检测、通风、呼吸防护、救援）配备情况'],
  工贸: ['承包承租单位安全生产统一协调管理情况', '特种作业人员持证上岗情况', '监测报警防护装置正常运行情况', '可燃气体检测报警及联锁切断装置设置情况'],
};
/** The heavy items a 避重就轻 hazardous-chemicals scheme leaves out (重大危险源, 特殊作业): indexes into KEY_ITEMS. */
const HEAVY = { 危险化学品: [0, 1] };
/** Minor items that cover none of the key hazards of any industry (no 台账, 警示标志, 检测, 防火 …). */
const MINOR = ['安全宣传栏设置情况', '消防器材配置及检查情况', '劳动防护用品发放记录', '安全生产宣传教育开展情况', '安全生产会议记录', '安全生产费用提取和使用情况', '现场作业环境及定置管理情况', '安全生产标准化创建情况'];
const METHODS = ['查阅资料', '现场检查', '询问有关人员', '查看监控系统数据', '抽查特种作业操作证', '随机抽查作业现场'];
const EXPERT_TITLE = { 危险化学品: '化工安全专家', 非煤矿山: '矿山安全专家', 烟花爆竹: '烟花爆竹安全专家', 冶金: '冶金安全专家', 粉尘涉爆: '粉尘防爆专家', 有限空间: '有限空间作业安全专家', 工贸: '工贸行业安全专家' };
const PER_LEVEL = { province: 10, city: 4, county: 3 };

const REJECT = ['method-missing', 'content-missing', 'officers-insufficient', 'not-in-annual-plan', 'date-missing', 'key-items-missing'];
const PLANTS = {
  // minor items only; half the hazardous-chemicals ones keep the light key items but drop 重大危险源 and 特殊作业
  // (the only industry whose must-cover items the brief names; elsewhere covering any key item is not 避重就轻)
  'key-items-missing': [14, (s, rng) => {
    const partial = HEAVY[s.industry] && rng.chance(0.5);
    const light = partial ? KEY_ITEMS[s.industry].filter((_, i) => !HEAVY[s.industry].includes(i)) : [];
    s.items = [...rng.shuffle(light), ...rng.sample(MINOR, rng.int(3, 5))];
  }],
  'officers-insufficient': [10, (s, rng) => { if (rng.chance(0.6)) s.officers = s.officers.slice(0, 1); else { delete s.officers.at(-1).certNo; delete s.officers.at(-1).certValidUntil; } }],
  'not-in-annual-plan': [8, (s) => { s.inAnnualPlan = false; }],
  'method-missing': [4, (s) => { delete s.methods; }],
  'content-missing': [4, (s) => { delete s.items; }],
  'date-missing': [4, (s) => { delete s.date; }],
  'kickoff-missing': [6, (s) => { s.kickoffMeeting = false; }],
  'summary-missing': [6, (s) => { s.summaryMeeting = false; }],
  'experts-missing': [6, (s) => { delete s.experts; }],
};
const DOUBLES = [['not-in-annual-plan', 'experts-missing'], ['key-items-missing', 'kickoff-missing'], ['officers-insufficient', 'summary-missing']];

/** All schemes and {id: {verdict, reasons}}. */
export function buildSchemes(ctx) {
  const { rng, units, pools } = ctx;
  const drafts = [];
  for (const unit of units) {
    for (let i = 0; i < PER_LEVEL[unit.level]; i++) {
      const industry = rng.weighted(unit.industries.filter(([x]) => KEY_ITEMS[x]));
      drafts.push({ unit, s: {
        target: ctx.companyFor(unit, industry), industry, inAnnualPlan: true,
        methods: rng.sample(METHODS, rng.int(2, 4)),
        items: [...rng.shuffle(KEY_ITEMS[industry]), ...rng.sample(MINOR, rng.int(1, 2))],
        officers: rng.sample(pools.get(unit.name).officers, rng.chance(0.6) ? 2 : 3).map((o) => ({ ...o })),
        experts: Array.from({ length: rng.int(1, 2) }, () => `${personName(rng, ctx.usedPeople)}（${EXPERT_TITLE[industry]}）`),
        date: randomWorkday(rng, ['2025-01-06', '2025-11-28']), kickoffMeeting: true, summaryMeeting: true,
      }, rules: [] });
    }
  }
  const plan = [...Object.entries(PLANTS).flatMap(([r, [n]]) => Array(n).fill([r])), ...DOUBLES];
  const order = rng.shuffle(drafts.map((_, i) => i));
  plan.forEach((rules, k) => {
    const d = drafts[order[k]];
    for (const r of rules) PLANTS[r][1](d.s, rng);
    // a scheme without content covers none of its key items either: both reasons
    d.rules = [...new Set([...rules, ...(rules.includes('content-missing') ? ['key-items-missing'] : [])])].sort();
  });
  return number(ctx, drafts, units);
}

function number(ctx, drafts, units) {
  const schemes = [];
  const expected = {};
  for (const unit of units) {
    const mine = drafts.filter((d) => d.unit === unit).map((d, i) => ({ d, key: (d.s.date ?? '2025-12-31') + String(i).padStart(3, '0') }));
    mine.sort((a, b) => (a.key < b.key ? -1 : 1));
    let seq = ctx.rng.int(1, 3);
    for (const { d } of mine) {
      const id = `${unit.prefix}应急检方〔2025〕${seq}号`;
      seq += 1;
      const s = { id, unit: unit.name, unitLevel: unit.level, ...d.s };
      for (const k of Object.keys(s)) if (s[k] === undefined) delete s[k];
      schemes.push(s);
      expected[id] = { verdict: d.rules.some((r) => REJECT.includes(r)) ? 'rejected' : 'approved', reasons: d.rules };
    }
  }
  return { schemes, expected };
}
