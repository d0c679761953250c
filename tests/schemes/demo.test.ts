import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { runDemo } from '../../src/api/demo.js';
import { tmpDir, ROOT } from '../helpers/cli.js';

describe('demo: scheme stage', () => {
  it('reviews the drawn sample schemes with exactly the verdicts and reasons samples/expected.json plants', { timeout: 600_000 }, async () => {
    const dir = tmpDir();
    await runDemo({ outDir: dir, lang: 'zh' });
    const expected = JSON.parse(readFileSync(path.join(ROOT, 'samples', 'expected.json'), 'utf8')).schemes as Record<string, { verdict: string; reasons: string[] }>;
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest-schemes.json'), 'utf8'));
    const result = JSON.parse(readFileSync(path.join(dir, 'schemes.json'), 'utf8'));
    expect(manifest.kind).toBe('schemes');
    expect(result.schemes.map((s: { id: string }) => s.id)).toEqual(manifest.selected.map((s: { id: string }) => s.id));
    const verdicts = new Set<string>();
    for (const s of result.schemes as { id: string; verdict: string; reasons: { ruleId: string }[] }[]) {
      expect(s.verdict, s.id).toBe(expected[s.id]!.verdict);
      expect([...new Set(s.reasons.map((r) => r.ruleId))].sort(), s.id).toEqual([...expected[s.id]!.reasons].sort());
      verdicts.add(s.verdict);
    }
    expect([...verdicts].sort()).toEqual(['approved', 'rejected']);
    const notices = readdirSync(path.join(dir, 'notices'));
    expect(notices).toHaveLength(3 * result.summary.rejected); // .md, .html and .docx
    // the same run's cross-review round trip: merged sheets, open disagreements 待定 and never ranked
    const results = JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8'));
    const ranking = JSON.parse(readFileSync(path.join(dir, 'ranking.json'), 'utf8'));
    expect(results.agreement.method).toBe('fleiss');
    expect(results.summary.unresolved).toBeGreaterThan(0);
    const provisional = new Set(results.files.filter((f: { final: boolean }) => !f.final).map((f: { id: string }) => f.id));
    expect(ranking.ranking.filter((r: { id: string }) => provisional.has(r.id))).toEqual([]);
    expect(ranking.provisional).toBe(results.summary.byGrade.provisional);
    expect(readdirSync(path.join(dir, 'sheets')).sort()).toEqual(['刘洋.xlsx', '李强.xlsx', '王敏.xlsx', '陈静.xlsx']);
  }); // the whole demo (cross-review and follow-up round trips included): timeout above
});
