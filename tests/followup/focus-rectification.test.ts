/** 问题聚焦 per industry (with the dataset), the focus briefing, and report --rectification. */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { problemFocus } from '../../src/followup/focus.js';
import { loadCountermeasures } from '../../src/followup/countermeasures.js';
import { runReport } from '../../src/api/report.js';
import type { ScoreResults } from '../../src/analyze/types.js';
import type { RectificationStatus } from '../../src/followup/types.js';
import { ROOT, tmpDir } from '../helpers/cli.js';

const FIX = path.join(ROOT, 'tests', 'fixtures', 'followup');
const H2 = path.join(FIX, 'results-2025H2.json');
const files = (JSON.parse(readFileSync(H2, 'utf8')) as ScoreResults).files;
const DATE = new Date('2026-01-05T00:00:00Z');

const dataset = {
  schemaVersion: 1,
  cases: [
    { id: '洪应急罚〔2025〕31号', industry: '危化品', source: { file: 'x' } },
    { id: '洪应急罚[2025]40号', industry: '加油站', source: { file: 'x' } },
    { id: '洪应急罚〔2025〕41号', industry: '危险化学品', source: { file: 'x' } },
    { id: '浔应急罚〔2025〕7号', industry: '烟花爆竹', source: { file: 'x' } },
  ],
  schemes: [],
  rejects: [],
  warnings: [],
};

describe('problem focus per industry', () => {
  it('groups by the catalog industry (危化品, 加油站 → 危险化学品), counts files and shares, attaches the countermeasure', () => {
    const industry: Record<string, string> = { '洪应急罚〔2025〕31号': '危险化学品', '洪应急罚〔2025〕40号': '危险化学品', '洪应急罚〔2025〕41号': '危险化学品', '浔应急罚〔2025〕7号': '烟花爆竹' };
    const f = problemFocus(files, { industryOf: (id) => industry[id], countermeasures: loadCountermeasures() });
    expect(f.map((g) => [g.industry, g.files, g.filesWithFindings])).toEqual([
      ['危险化学品', 3, 2],
      ['烟花爆竹', 1, 1],
      ['（未注明行业）', 3, 1], // last: cannot be published in any industry
    ]);
    const hc = f.find((g) => g.industry === '危险化学品')!;
    expect(hc.problems.map((p) => [p.ruleId, p.files, p.share])).toEqual([
      ['notice-missing', 1, 0.3333],
      ['officers-min-two', 1, 0.3333],
      ['publication-late', 1, 0.3333], // two findings in one file count once
    ]);
    expect(hc.problems[0]!.countermeasure.zh).toContain('告知书');
  });

  it('report: 问题聚焦 section with the dataset; --format focus writes the briefing (docx + md)', async () => {
    const d = tmpDir('focus-');
    const ds = path.join(d, 'dataset.json');
    writeFileSync(ds, JSON.stringify(dataset));
    const out = path.join(d, 'out');
    const r = await runReport({ results: H2, dataset: ds, formats: ['md,focus'], outDir: out, period: '2025H2', lang: 'zh', date: DATE, ranBy: '江西省应急管理厅执法监督处' });
    expect(r.files.map((f) => path.basename(f))).toEqual(['report.md', 'focus.docx', 'focus.md']);
    const md = readFileSync(path.join(out, 'report.md'), 'utf8');
    expect(md).toContain('问题聚焦');
    expect(md).toContain('| 危险化学品（3） | 1 | 履行事先告知程序 | 1 | 33.3% |');
    const focus = readFileSync(path.join(out, 'focus.md'), 'utf8');
    expect(focus).toContain('# 2025年下半年执法问题聚焦分析');
    expect(focus).toContain('## 一、危险化学品');
    expect(focus).toContain('建议措施：作出处罚决定前必须制作并送达行政处罚告知书');
    const zip = await JSZip.loadAsync(readFileSync(path.join(out, 'focus.docx')));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('烟花爆竹');
  });
});

describe('report --rectification', () => {
  it('adds 整改情况: per unit counts and the overdue items listed by unit', async () => {
    const d = tmpDir('rect-report-');
    const status: RectificationStatus = {
      schemaVersion: 1,
      asOf: '2025-10-17',
      units: [
        { unit: '九江市应急管理局', findings: 1, rectified: 0, inProgress: 0, open: 1, overdue: 1 },
        { unit: '南昌市应急管理局', findings: 4, rectified: 3, inProgress: 1, open: 0, overdue: 1 },
      ],
      findings: [
        { id: 'R000000000001', unit: '九江市应急管理局', caseId: '浔应急罚〔2025〕7号', ruleId: 'reinspection-missing', problem: '责令限期整改后未见整改复查', basis: '', deadline: '2025-10-16', status: 'open', noFeedback: true, overdue: true },
        { id: 'R000000000002', unit: '南昌市应急管理局', caseId: '洪应急罚〔2025〕31号', ruleId: 'notice-missing', problem: '未见行政处罚告知书', basis: '', deadline: '2025-10-16', status: 'inProgress', noFeedback: false, overdue: true },
      ],
      problems: [{ kind: 'bad-status', file: '/x/南昌市应急管理局.xlsx', sheet: '整改反馈', row: 3, value: '已完成', message: '整改状态“已完成”无效' }],
    };
    const sf = path.join(d, 'status.json');
    writeFileSync(sf, JSON.stringify(status));
    const r = await runReport({ results: H2, rectification: sf, formats: ['md'], outDir: path.join(d, 'out'), lang: 'zh', date: DATE });
    expect(r.analysis.cover.sources.map((s) => s.role)).toContain('整改情况');
    const md = readFileSync(path.join(d, 'out', 'report.md'), 'utf8');
    expect(md).toContain('截至 2025-10-17：问题 5 个，已整改 3 个，整改中 1 个，未整改 1 个，其中逾期 2 个。');
    expect(md).toContain('| 南昌市应急管理局 | 4 | 3 | 1 | 0 | 1 | 75.0% |');
    expect(md).toContain('| 九江市应急管理局 | 浔应急罚〔2025〕7号 | 责令限期整改后未见整改复查 | 2025-10-16 | 未反馈 |');
    expect(md).toContain('| 南昌市应急管理局.xlsx | 3 | bad-status |');
  });

  it('a status file that breaks the schema is an input error naming the path', async () => {
    const d = tmpDir('rect-bad-');
    const sf = path.join(d, 'status.json');
    writeFileSync(sf, JSON.stringify({ schemaVersion: 1, asOf: '2025-10-17', units: [{ unit: 'x' }], findings: [], problems: [] }));
    await expect(runReport({ results: H2, rectification: sf, formats: ['md'], outDir: path.join(d, 'out'), lang: 'zh', date: DATE })).rejects.toThrow('$.units[0].findings');
  });
});
