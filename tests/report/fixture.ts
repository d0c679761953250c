/** The report fixture (tests/fixtures/report/basic) as an analysis with a fixed date and fixed source paths. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, type Analysis } from '../../src/analyze/index.js';
import { renderReport, type RenderedFile } from '../../src/report/index.js';
import type { Lang } from '../../src/i18n.js';
import { ROOT } from '../helpers/cli.js';

export const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'report', 'basic');
export const FIXED_DATE = new Date('2025-07-01T00:00:00Z');

const load = (name: string) => JSON.parse(readFileSync(path.join(FIXTURE, name), 'utf8'));

/** A simple Mon–Fri calendar (no holidays) so the fixture does not depend on the holiday data. */
export function weekdays(from: string, to: string): number {
  let n = 0;
  const d = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  while (d < end) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) n++;
  }
  return n;
}

export function fixtureAnalysis(): Analysis {
  return analyze(
    { results: load('results.json'), schemes: load('schemes.json'), manifest: load('manifest.json'), dataset: load('dataset.json') },
    {
      generatedAt: '2025-07-01T00:00:00Z',
      toolVersion: '0.0.0-test',
      ranBy: '江西省应急管理厅执法监督处',
      workingDays: weekdays,
      rangeOf: (a) => (a.includes('第九十七条') ? { min: 0, max: 100000, text: '十万元以下' } : undefined),
      sources: [{ role: 'results', path: 'results.json', sha256: 'b'.repeat(64) }],
      topProblems: 10,
      ruleTitle: (id) => (id === 'publication-missing' ? { zh: '处罚决定依法公示', en: 'Decision published' } : undefined),
    },
  );
}

export function fixtureReport(formats: string[], lang: Lang = 'zh'): Promise<RenderedFile[]> {
  return renderReport(fixtureAnalysis(), { formats, lang, date: FIXED_DATE, issuer: '江西省应急管理厅' });
}
