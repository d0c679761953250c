/** Analyses cover the report's period and the draw's frame, and say so (issue 15: an H1 report used the whole year). */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/index.js';
import { scopeCases } from '../../src/analyze/scope.js';
import { buildSections } from '../../src/report/sections.js';
import { titleForPeriod } from '../../src/api/report.js';
import type { CaseFile } from '../../src/model/types.js';

const k = (id: string, unit: string, dates: CaseFile['dates'], fine?: number): CaseFile => ({ id, unit, type: dates?.decided ? 'penalty' : 'inspection', dates, ...(fine ? { fine, penaltyArticles: ['《中华人民共和国安全生产法》第九十七条'] } : {}), source: { file: 'x' } });

const cases: CaseFile[] = [
  k('H1-1', '进贤县应急管理局', { filed: '2025-01-02', decided: '2025-02-01', closed: '2025-03-01' }, 20000),
  k('H1-2', '南昌县应急管理局', { filed: '2025-03-02', decided: '2025-04-01', closed: '2025-05-01' }, 30000),
  k('H1-own', '南昌市应急管理局', { filed: '2025-03-02', decided: '2025-04-11' }, 30000),
  k('H1-jj', '九江市应急管理局', { filed: '2025-03-02', decided: '2025-05-11' }, 30000),
  k('H1-insp', '进贤县应急管理局', { filed: '2025-02-02', closed: '2025-06-20' }),
  k('H2-1', '进贤县应急管理局', { filed: '2025-08-02', decided: '2025-09-01', closed: '2025-12-11' }, 90000),
  k('nodate', '进贤县应急管理局', {}),
];

describe('scopeCases', () => {
  it('keeps the period by the draw’s date rule and the draw’s scope without its own unit', () => {
    const manifest = { filters: { period: '2025H1', dateField: 'dates.decided|dates.closed' }, scope: { level: 'city', code: '360100', name: '南昌市' } };
    const r = scopeCases(cases, manifest, '2025H1');
    expect(r.cases.map((c) => c.id)).toEqual(['H1-1', 'H1-2', 'H1-insp']);
    expect(r.scope).toEqual({ period: '2025H1', from: '2025-01-01', to: '2025-06-30', dateField: 'dates.decided|dates.closed', place: '南昌市', records: 7, cases: 3, outOfPeriod: 1, noDate: 1, outOfScope: 2 });
  });

  it('the report’s period wins over the manifest’s; without a period every record counts', () => {
    const manifest = { filters: { period: '2025H1', dateField: 'dates.decided' } };
    expect(scopeCases(cases, manifest, '2025H2').cases.map((c) => c.id)).toEqual(['H2-1']);
    expect(scopeCases(cases, undefined, undefined).scope).toMatchObject({ records: 7, cases: 7 });
  });
});

describe('analyze over the period', () => {
  const input = { results: { files: [] }, dataset: { schemaVersion: 1, cases, schemes: [], rejects: [], warnings: [] }, manifest: { preset: 'semiannual-cases', presetVersion: 2, stratifyBy: 'unit', filters: { period: '2025H1', dateField: 'dates.decided|dates.closed', records: 7, outOfPeriod: 1, missingDate: 1, frame: 5 }, selected: [], strata: [{ key: '进贤县应急管理局', population: 2, quota: 1 }], excluded: [{ id: 'nodate', reason: 'missing-date' }] } };

  it('counts only the H1 cases in efficiency and consistency, as of the end of the half-year, and says so', () => {
    const a = analyze(input, { generatedAt: '2026-01-05T00:00:00Z', toolVersion: 't', period: '2025H1' });
    expect(a.efficiency!.cases).toBe(5);
    expect(a.efficiency!.asOf).toBe('2025-06-20'); // the last date of the H1 cases, never 2025-12-11
    expect(a.consistency!.articles[0]!.cases).toBe(4); // the 90,000 fine of H2 is not compared
    const sections = buildSections(a, 'zh');
    const eff = sections.find((s) => s.id === 'efficiency')!;
    expect(eff.paragraphs.join('\n')).toContain('统计范围：2025H1（2025-01-01 至 2025-06-30，按决定日期或结案日期归入期间）的案件 5 件；数据集共 7 件，期间外 1 件，无日期 1 件');
    expect(sections.find((s) => s.id === 'consistency')!.paragraphs.join('\n')).toContain('统计范围：2025H1');
  });

  it('the report’s 抽样情况 lists every class of record left out of the frame', () => {
    const a = analyze(input, { generatedAt: '2026-01-05T00:00:00Z', toolVersion: 't', period: '2025H1' });
    const s = buildSections(a, 'zh').find((x) => x.id === 'sampling')!;
    expect(s.title).toBe('抽样情况');
    expect(s.paragraphs[0]).toBe('按半年度执法案件抽查（不少于 30%）（第 2 版）（按执法单位分层）抽样：2025年上半年共有案卷 7 件，纳入抽样框 5 件，抽取 0 件。');
    expect(s.tables[0]!.rows).toEqual([
      ['不在期间内', 1, ''],
      ['缺少归入期间的日期', 1, ''],
    ]);
  });
});

describe('titleForPeriod', () => {
  it('makes a period written in the title follow --period', () => {
    expect(titleForPeriod('江西省2025年上半年安全生产行政执法案卷评查报告', '2025H2')).toBe('江西省2025年下半年安全生产行政执法案卷评查报告');
    expect(titleForPeriod('江西省2024年度案卷评查报告', '2025')).toBe('江西省2025年度案卷评查报告');
    expect(titleForPeriod('南昌市2025年案卷评查报告', '2025H1')).toBe('南昌市2025年上半年案卷评查报告');
    expect(titleForPeriod('Jiangxi 2025 H1 audit', '2026H2')).toBe('Jiangxi 2026 H2 audit');
    expect(titleForPeriod('案卷评查报告', '2025H1')).toBe('案卷评查报告');
    expect(titleForPeriod(undefined, '2025H1')).toBeUndefined();
  });
});
