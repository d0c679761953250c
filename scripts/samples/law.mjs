/**
 * Violations the samples cite, with the 安全生产法 (2021) articles and fine ranges read from
 * /work/shared/reference/laws/anquan-shengchan-fa-2021.md: `range` is the first tier of the penalty article
 * (what a clean file uses), `maxAny` the highest fine the article allows the same party in any tier
 * (a planted fine-out-of-range exceeds it).
 */
export const LAW = '《中华人民共和国安全生产法》';
const ALL = ['危险化学品', '非煤矿山', '烟花爆竹', '冶金', '粉尘涉爆', '有限空间', '工贸', '建筑施工'];
const HIGH_RISK = ['危险化学品', '非煤矿山', '烟花爆竹', '冶金', '建筑施工'];

const POSTS = { 危险化学品: '装卸作业人员', 非煤矿山: '井下作业人员', 烟花爆竹: '涉药作业人员', 冶金: '炉前作业人员', 粉尘涉爆: '打磨作业人员', 有限空间: '污水池清淤作业人员', 工贸: '一线生产人员', 建筑施工: '新进场施工人员' };
const SPECIAL = { 危险化学品: '化工自动化控制仪表作业', 非煤矿山: '金属非金属矿山提升机操作作业', 烟花爆竹: '烟火药制造作业', 冶金: '煤气作业', 粉尘涉爆: '低压电工作业', 有限空间: '低压电工作业', 工贸: '焊接与热切割作业', 建筑施工: '高处作业' };
const PLACES = { 危险化学品: '甲类仓库、装卸区', 非煤矿山: '排土场、采场边坡', 烟花爆竹: '危险品中转库、药物总库', 冶金: '煤气区域、熔融金属吊运区域', 粉尘涉爆: '除尘器、抛光车间', 有限空间: '污水池、发酵罐等有限空间入口', 工贸: '配电房、空压机房', 建筑施工: '基坑临边、塔吊作业区' };
const EQUIP = { 危险化学品: '储罐区可燃气体检测报警仪', 非煤矿山: '主提升机安全保护装置', 烟花爆竹: '防雷装置', 冶金: '固定式一氧化碳检测报警仪', 粉尘涉爆: '除尘系统泄爆装置', 有限空间: '便携式气体检测报警仪', 工贸: '起重机械限位装置', 建筑施工: '施工升降机防坠安全器' };

const head = (c) => `${c.inspectDate}，执法人员对${c.partyRef}进行现场检查，发现`;
const tail = (art) => `，违反了${LAW}${art}的规定。`;

/** One entry per kind of violation: who (unit/individual), which industries, articles, ranges, facts and evidence. */
export const VIOLATIONS = [
  { key: 'training', kind: 'unit', industries: ALL, violated: '第二十八条第一款', penalty: '第九十七条第三项', range: [0, 100000], maxAny: 200000, short: '未按规定对从业人员进行安全生产教育和培训', evidence: ['安全教育培训档案复印件', '员工花名册'],
    facts: (c, r) => `${head(c)}该单位${r.int(2, 9)}名${POSTS[c.industry]}未经安全生产教育和培训合格即上岗作业，现场无法提供上述人员的培训考核记录${tail('第二十八条第一款')}` },
  { key: 'training-records', kind: 'unit', industries: ALL, violated: '第二十八条第四款', penalty: '第九十七条第四项', range: [0, 100000], maxAny: 200000, short: '未如实记录安全生产教育和培训情况', evidence: ['安全教育培训档案复印件'],
    facts: (c, r) => `${head(c)}该单位未建立安全生产教育和培训档案，2024年度组织的${r.int(3, 8)}次培训均未如实记录培训时间、内容、参加人员及考核结果${tail('第二十八条第四款')}` },
  { key: 'hazard-records', kind: 'unit', industries: ALL, violated: '第四十一条第二款', penalty: '第九十七条第五项', range: [0, 100000], maxAny: 200000, short: '未如实记录事故隐患排查治理情况', evidence: ['隐患排查治理台账复印件'],
    facts: (c, r) => `${head(c)}该单位自2024年${r.int(6, 11)}月以来未将事故隐患排查治理情况如实记录，也未向从业人员通报${tail('第四十一条第二款')}` },
  { key: 'drills', kind: 'unit', industries: ALL, violated: '第八十一条', penalty: '第九十七条第六项', range: [0, 100000], maxAny: 200000, short: '未按规定定期组织应急救援预案演练', evidence: ['生产安全事故应急救援预案文本'],
    facts: (c) => `${head(c)}该单位制定的生产安全事故应急救援预案自备案以来从未组织演练，无法提供任何演练记录${tail('第八十一条')}` },
  { key: 'special-operators', kind: 'unit', industries: ALL, violated: '第三十条第一款', penalty: '第九十七条第七项', range: [0, 100000], maxAny: 200000, short: '特种作业人员未取得相应资格上岗作业', evidence: ['特种作业人员名册', '特种作业操作证查询记录'],
    facts: (c, r) => `${head(c)}该单位${r.int(1, 3)}名从事${SPECIAL[c.industry]}的人员未经专门的安全作业培训、未取得特种作业操作证即上岗作业${tail('第三十条第一款')}` },
  { key: 'manager-exam', kind: 'unit', industries: HIGH_RISK, violated: '第二十七条第二款', penalty: '第九十七条第二项', range: [0, 100000], maxAny: 200000, short: '主要负责人和安全生产管理人员未按规定经考核合格', evidence: ['安全生产管理人员任命文件', '安全生产知识和管理能力考核合格证明查询记录'],
    facts: (c, r) => `${head(c)}该单位主要负责人及${r.int(1, 3)}名安全生产管理人员未按照规定经安全生产知识和管理能力考核合格${tail('第二十七条第二款')}` },
  { key: 'warning-signs', kind: 'unit', industries: ALL, violated: '第三十五条', penalty: '第九十九条第一项', range: [0, 50000], maxAny: 200000, short: '未在有较大危险因素的场所设置明显的安全警示标志', evidence: [],
    facts: (c) => `${head(c)}该单位${PLACES[c.industry]}等有较大危险因素的生产经营场所未设置明显的安全警示标志${tail('第三十五条')}` },
  { key: 'equipment', kind: 'unit', industries: ALL, violated: '第三十六条第二款', penalty: '第九十九条第三项', range: [0, 50000], maxAny: 200000, short: '未对安全设备进行经常性维护、保养和定期检测', evidence: ['设备检测报告复印件'],
    facts: (c, r) => `${head(c)}该单位${EQUIP[c.industry]}未进行经常性维护、保养和定期检测，检测报告已于2024年${r.int(1, 12)}月过期${tail('第三十六条第二款')}` },
  { key: 'ppe', kind: 'unit', industries: ALL, violated: '第四十五条', penalty: '第九十九条第五项', range: [0, 50000], maxAny: 200000, short: '未为从业人员提供符合国家标准的劳动防护用品', evidence: ['劳动防护用品发放台账复印件'],
    facts: (c, r) => `${head(c)}该单位未为${POSTS[c.industry]}提供符合国家标准或者行业标准的劳动防护用品，现场${r.int(2, 6)}名作业人员无防护用品作业${tail('第四十五条')}` },
  { key: 'major-hazard', kind: 'unit', industries: ['危险化学品'], violated: '第四十条第一款', penalty: '第一百零一条第二项', range: [0, 100000], maxAny: 200000, short: '未对重大危险源进行定期检测、评估、监控', evidence: ['重大危险源备案资料', '监测监控系统截图'],
    facts: (c, r) => `${head(c)}该单位储罐区构成${r.pick(['二级', '三级', '四级'])}重大危险源，未进行定期检测、评估，液位、压力监测数据未接入监控系统${tail('第四十条第一款')}` },
  { key: 'hot-work', kind: 'unit', industries: ['危险化学品', '冶金', '有限空间', '工贸', '建筑施工', '粉尘涉爆'], violated: '第四十三条', penalty: '第一百零一条第三项', range: [0, 100000], maxAny: 200000, short: '进行动火等危险作业未安排专门人员进行现场安全管理', evidence: ['动火作业票复印件'],
    facts: (c) => `${head(c)}该单位在${PLACES[c.industry]}进行动火作业时，未安排专门人员进行现场安全管理，作业现场无监护人${tail('第四十三条')}` },
  { key: 'risk-control', kind: 'unit', industries: ALL, violated: '第四十一条第一款', penalty: '第一百零一条第四项', range: [0, 100000], maxAny: 200000, short: '未建立安全风险分级管控制度', evidence: ['安全风险分级管控资料'],
    facts: (c) => `${head(c)}该单位未建立安全风险分级管控制度，未辨识评估${PLACES[c.industry]}的安全风险，也未采取相应的管控措施${tail('第四十一条第一款')}` },
  { key: 'hazard-not-removed', kind: 'unit', industries: ALL, violated: '第四十一条第二款', penalty: '第一百零二条', range: [0, 50000], maxAny: 50000, short: '未采取措施消除事故隐患', evidence: ['责令限期整改指令书复印件'],
    facts: (c) => `${head(c)}该单位对前次检查责令限期整改的${EQUIP[c.industry]}失效等事故隐患未采取措施消除${tail('第四十一条第二款')}` },
  { key: 'contractor', kind: 'unit', industries: ALL, violated: '第四十八条', penalty: '第一百零四条', range: [0, 50000], maxAny: 50000, short: '同一作业区域内未签订安全生产管理协议', evidence: ['承包合同复印件'],
    facts: (c) => `${head(c)}该单位与外包施工单位在同一作业区域内进行可能危及对方生产安全的生产经营活动，未签订安全生产管理协议，也未指定专职安全生产管理人员进行安全检查与协调${tail('第四十八条')}` },
  { key: 'exits', kind: 'unit', industries: ALL, violated: '第四十二条第二款', penalty: '第一百零五条第二项', range: [0, 50000], maxAny: 50000, short: '锁闭、封堵生产经营场所安全出口', evidence: [],
    facts: (c) => `${head(c)}该单位生产车间东侧安全出口被成品货物封堵，疏散通道不畅通${tail('第四十二条第二款')}` },
  { key: 'insurance', kind: 'unit', industries: HIGH_RISK, violated: '第五十一条第二款', penalty: '第一百零九条', range: [50000, 100000], maxAny: 200000, short: '高危行业未投保安全生产责任保险', evidence: ['保险缴费凭证查询记录'],
    facts: (c) => `${head(c)}该单位属于${c.industry}高危行业领域的生产经营单位，未按照国家规定投保安全生产责任保险${tail('第五十一条第二款')}` },
  { key: 'acceptance', kind: 'unit', industries: ['危险化学品', '非煤矿山'], violated: '第三十四条第二款', penalty: '第九十八条第四项', range: [100000, 500000], maxAny: 1000000, short: '建设项目安全设施未经验收合格投入生产', kinds: ['罚款', '责令停产停业整顿'], evidence: ['建设项目安全设施设计审查意见书', '试生产记录'],
    facts: (c) => `${head(c)}该单位新建生产装置安全设施未经验收合格，即于2024年底投入生产${tail('第三十四条第二款')}` },
  { key: 'principal', kind: 'individual', industries: ALL, violated: '第二十一条第五项', penalty: '第九十四条', range: [20000, 50000], maxAny: 100000, short: '主要负责人未履行安全生产管理职责', evidence: ['任职文件复印件', '身份证复印件'],
    facts: (c) => `${c.inspectDate}，执法人员对${c.company}进行现场检查，发现当事人${c.partyRef}作为该单位主要负责人，未组织建立并落实安全风险分级管控和隐患排查治理双重预防工作机制${tail('第二十一条第五项')}` },
  { key: 'manager', kind: 'individual', industries: ALL, violated: '第二十五条第一款第五项', penalty: '第九十六条', range: [10000, 30000], maxAny: 30000, short: '安全生产管理人员未履行安全生产管理职责', evidence: ['任职文件复印件', '身份证复印件'],
    facts: (c) => `${c.inspectDate}，执法人员对${c.company}进行现场检查，发现当事人${c.partyRef}作为该单位安全生产管理人员，未检查本单位安全生产状况、及时排查生产安全事故隐患${tail('第二十五条第一款第五项')}` },
];

/** Article numbers that do not exist in the 2021 law (it ends at 第一百一十九条): for article-unknown. */
export const UNKNOWN_ARTICLES = ['第一百二十七条', '第一百三十一条', '第一百五十二条'];

/** Coercive measures (行政强制): basis 第六十五条第一款第四项. */
export const COERCIONS = [
  { industries: ['危险化学品'], violated: '第三十九条第二款', kind: '查封', short: '违法储存危险化学品', object: '违法储存危险化学品的仓库',
    facts: (c, r) => `${head(c)}该单位在未经许可的简易仓库内储存甲醇、乙酸乙酯等危险化学品约${r.int(3, 20)}吨，与员工宿舍相邻，存在重大事故隐患${tail('第三十九条第二款')}` },
  { industries: ['烟花爆竹'], violated: '第三十九条第二款', kind: '扣押', short: '超量储存烟花爆竹', object: '超量储存的烟花爆竹成品',
    facts: (c, r) => `${head(c)}该单位成品仓库实际存放烟花爆竹${r.int(50, 300)}箱，超过核定存储药量，存在重大事故隐患${tail('第三十九条第二款')}` },
  { industries: ['粉尘涉爆', '工贸', '冶金', '有限空间', '非煤矿山', '建筑施工'], violated: '第三十六条第一款', kind: '查封', short: '使用不符合国家标准的设施设备', object: '不符合国家标准的设施设备',
    facts: (c) => `${head(c)}该单位${EQUIP[c.industry]}不符合国家标准或者行业标准，继续使用存在重大事故隐患${tail('第三十六条第一款')}` },
];
