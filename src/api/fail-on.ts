/** failOn thresholds of a run: which were crossed (exit 1), each with the value that crossed it. */
import { tr } from '../i18n.js';
import type { ScoreSummary } from '../analyze/summary.js';
import type { SchemeOutcome } from '../analyze/scheme-outcome.js';
import type { ScoredFile } from '../analyze/types.js';
import { isFinal, mean, round } from '../analyze/stats.js';
import type { FailOn } from './config.js';

export interface Crossed {
  key: keyof FailOn;
  limit: number;
  value: number;
  message: string;
  /** the threshold could not be decided (待定 files may still move the value across it): reported, not an exit 1 */
  undecided?: true;
}

/**
 * Check the thresholds against the run's summary; an empty list (or undecided entries only) means the run passed.
 * meanScoreBelow with 待定 files: their scores are the best they can still get, so the mean over all files (best case) is an upper bound of
 * the final mean. Below the limit even so → crossed for certain; the final files alone below it while 待定 files remain → undecided.
 */
export function checkFailOn(failOn: FailOn | undefined, summary: ScoreSummary, schemes?: SchemeOutcome, files?: ScoredFile[]): Crossed[] {
  if (!failOn) return [];
  const out: Crossed[] = [];
  const failShare = summary.scored ? summary.grades.fail / summary.scored : 0;
  if (failOn.meanScoreBelow !== undefined) {
    const limit = failOn.meanScoreBelow;
    const pending = files ? files.filter((f) => !isFinal(f)).length : 0;
    const best = files && pending ? round(mean(files.map((f) => f.score)) ?? 0) : summary.meanScore;
    if (best !== null && best < limit) {
      const msg = pending
        ? tr(`平均分至多 ${best}（${pending} 件待定案卷按可得最高分计），低于 ${limit}`, `mean score at most ${best} (${pending} provisional files at their best case), below ${limit}`)
        : tr(`平均分 ${best} 低于 ${limit}`, `mean score ${best} is below ${limit}`);
      out.push({ key: 'meanScoreBelow', limit, value: best, message: msg });
    } else if (pending && (summary.meanScore === null || summary.meanScore < limit)) {
      out.push({ key: 'meanScoreBelow', limit, value: summary.meanScore ?? best ?? 0, undecided: true, message: tr(`平均分能否达到 ${limit} 未能判定：${pending} 件案卷待定`, `whether the mean score reaches ${limit} cannot be decided yet: ${pending} files are provisional`) });
    }
  }
  if (failOn.failShareAbove !== undefined && failShare > failOn.failShareAbove) {
    const v = Math.round(failShare * 10000) / 10000;
    out.push({ key: 'failShareAbove', limit: failOn.failShareAbove, value: v, message: tr(`不合格率 ${v} 高于 ${failOn.failShareAbove}`, `fail share ${v} is above ${failOn.failShareAbove}`) });
  }
  if (failOn.vetoedAbove !== undefined && summary.vetoed > failOn.vetoedAbove) {
    out.push({ key: 'vetoedAbove', limit: failOn.vetoedAbove, value: summary.vetoed, message: tr(`否决案卷 ${summary.vetoed} 件，超过 ${failOn.vetoedAbove}`, `${summary.vetoed} vetoed files, more than ${failOn.vetoedAbove}`) });
  }
  if (failOn.rejectedSchemesAbove !== undefined && schemes && schemes.rejected > failOn.rejectedSchemesAbove) {
    out.push({ key: 'rejectedSchemesAbove', limit: failOn.rejectedSchemesAbove, value: schemes.rejected, message: tr(`驳回方案 ${schemes.rejected} 份，超过 ${failOn.rejectedSchemesAbove}`, `${schemes.rejected} rejected schemes, more than ${failOn.rejectedSchemesAbove}`) });
  }
  return out;
}
