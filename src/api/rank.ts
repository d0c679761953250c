/** `runRank`: the excellent case file ranking over one or more score results files. */
import path from 'node:path';
import { InputError } from '../errors.js';
import { tr } from '../i18n.js';
import { rank, type Ranking, type RankOptions } from '../analyze/rank.js';
import type { ScoredFile } from '../analyze/types.js';
import { caseIdKey } from '../ingest/normalize/text.js';
import { writeFilesAtomic } from '../util/fs.js';
import { checkScoreResults, readJson } from './inputs.js';
import { renderRankingMarkdown } from '../report/ranking-md.js';
import type { Lang } from '../i18n.js';

export interface RankRunOptions extends RankOptions {
  /** write ranking.json and ranking.md here */
  outDir?: string;
  lang?: Lang;
}

/** Merge score results (a case id twice is an input error) and rank them. */
export function rankResults(sets: { file: string; files: ScoredFile[] }[], opts: RankOptions = {}): Ranking {
  const seen = new Map<string, string>();
  const all: ScoredFile[] = [];
  for (const set of sets) {
    for (const f of set.files) {
      const key = caseIdKey(f.id);
      const prev = seen.get(key);
      if (prev) {
        throw new InputError(tr(`案卷 ${f.id} 在 ${prev} 和 ${set.file} 中重复出现`, `case ${f.id} appears in both ${prev} and ${set.file}`), { location: { file: set.file } });
      }
      seen.set(key, set.file);
      all.push(f);
    }
  }
  return rank(all, opts);
}

/** The `caseaudit rank` core: read results files, rank, write ranking.json and ranking.md atomically. */
export async function runRank(files: string[], opts: RankRunOptions = {}): Promise<{ ranking: Ranking; files: string[] }> {
  const sets = [];
  for (const file of files) sets.push({ file, files: checkScoreResults(await readJson(file, tr('评分结果', 'results')), file).files });
  const ranking = rankResults(sets, opts);
  const written: string[] = [];
  if (opts.outDir) {
    const out = [
      { path: path.join(opts.outDir, 'ranking.json'), data: `${JSON.stringify(ranking, null, 2)}\n` },
      { path: path.join(opts.outDir, 'ranking.md'), data: renderRankingMarkdown(ranking, opts.lang ?? 'zh') },
    ];
    await writeFilesAtomic(out);
    written.push(...out.map((f) => f.path));
  }
  return { ranking, files: written };
}
