// Bench: review N synthetic schemes in-process (rules, alias resolution, key-item matching) and render notices.
// Usage: npm run bench:schemes [-- N]   (build first; reads dist/)
import { performance } from 'node:perf_hooks';
import { reviewSchemes } from '../dist/schemes/review.js';
import { loadRuleSettings } from '../dist/schemes/config.js';
import { loadKeyItems } from '../dist/schemes/key-items.js';
import { noticeFiles } from '../dist/schemes/notices.js';

const N = Number(process.argv[2] ?? 50000);
const industries = ['危险化学品', '化工', '非煤矿山（露天）', '烟花爆竹', '冶金', '粉尘涉爆', '有限空间', '工贸', '房地产'];
const items = ['重大危险源管控', '动火作业票', '消防器材', '防治水', '除尘系统泄爆', '边坡监测', '安全培训台账', '定员定量'];
const schemes = Array.from({ length: N }, (_, i) => ({
  id: `赣应急检〔2025〕${i}号`,
  unit: `单位${i % 97}`,
  industry: industries[i % industries.length],
  inAnnualPlan: i % 11 !== 0,
  methods: i % 13 ? ['现场检查'] : [],
  items: items.filter((_, j) => (i >> j) & 1),
  officers: [{ name: '甲', certNo: '1' }, ...(i % 7 ? [{ name: '乙', certNo: '2' }] : [])],
  experts: i % 5 ? ['专家'] : [],
  date: '2025-03-10',
  kickoffMeeting: i % 3 !== 0,
  summaryMeeting: true,
  source: { file: 'bench' },
}));
const settings = loadRuleSettings();
const keyItems = loadKeyItems();
let t = performance.now();
const result = reviewSchemes(schemes, { settings, keyItems, lang: 'zh' });
const review = performance.now() - t;
t = performance.now();
const files = noticeFiles(result, '/tmp/bench-notices', 'zh');
const notices = performance.now() - t;
console.log(JSON.stringify({ schemes: N, rejected: result.summary.rejected, reviewMs: Math.round(review), perSchemeUs: +((review * 1000) / N).toFixed(1), noticeFiles: files.length, noticesMs: Math.round(notices) }));
