/**
 * Markdown lint: every table caseaudit writes (report.md in zh and en, ranking.md, rejection notices) has as
 * many separator cells as header cells and rows of the same width — GitHub renders nothing otherwise.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fixtureAnalysis, fixtureReport } from './fixture.js';
import { renderRankingMarkdown } from '../../src/report/ranking-md.js';
import { mdTable } from '../../src/report/md-table.js';
import { renderNoticeMarkdown } from '../../src/schemes/notices.js';
import { reviewSchemes } from '../../src/schemes/review.js';
import { loadRuleSettings } from '../../src/schemes/config.js';
import { cleanScheme, keyItems } from '../schemes/rule-tester.js';

/** Cells of a table line: split on pipes not escaped by a backslash. */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/);
}

/** Every table of a Markdown text as its lines. */
function tables(md: string): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const line of md.split('\n')) {
    if (line.startsWith('|')) cur.push(line);
    else if (cur.length) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Problems of a Markdown text's tables (empty when all are well formed). */
export function lintTables(md: string): string[] {
  const problems: string[] = [];
  for (const t of tables(md)) {
    const head = cells(t[0]!).length;
    if (t.length < 2 || !/^\|(\s*:?-{3,}:?\s*\|)+$/.test(t[1]!)) problems.push(`no separator line under: ${t[0]}`);
    else if (cells(t[1]!).length !== head) problems.push(`${head} header cells, ${cells(t[1]!).length} separator cells: ${t[0]}`);
    for (const row of t.slice(2)) if (cells(row).length !== head) problems.push(`row of ${cells(row).length} cells under ${head} header cells: ${row}`);
  }
  return problems;
}

describe('markdown tables', () => {
  it('report.md (zh, en) has only well-formed tables', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const [md] = await fixtureReport(['md'], lang);
      expect(tables(md!.data as string).length).toBeGreaterThan(10);
      expect(lintTables(md!.data as string)).toEqual([]);
    }
  });

  it('ranking.md has only well-formed tables (8 header cells, 8 separator cells)', () => {
    for (const lang of ['zh', 'en'] as const) {
      const md = renderRankingMarkdown(fixtureAnalysis().ranking, lang);
      const ts = tables(md);
      expect(ts.length).toBe(2);
      expect(cells(ts[0]![0]!)).toHaveLength(8);
      expect(cells(ts[0]![1]!)).toHaveLength(8);
      expect(lintTables(md)).toEqual([]);
    }
  });

  it('rejection notices have well-formed tables', () => {
    const evil = cleanScheme({ id: 'X|1', target: 'a | b', unit: 'A | B', methods: [], kickoffMeeting: false });
    const r = reviewSchemes([evil], { settings: loadRuleSettings(), keyItems, lang: 'zh' });
    const md = renderNoticeMarkdown(r.schemes[0]!, 'zh');
    expect(tables(md)).toHaveLength(1);
    expect(lintTables(md)).toEqual([]);
  });

  it('the lint catches a table whose separator is one cell short', () => {
    expect(lintTables('| a | b |\n| --- |\n| 1 | 2 |\n')).toHaveLength(1);
  });

  it('mdTable stays well formed whatever the cell text', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 6 }), { maxLength: 5 }), (rows) => {
        const md = mdTable(['a', 'b', 'c'], rows).join('\n');
        expect(lintTables(md)).toEqual([]);
      }),
    );
  });
});
