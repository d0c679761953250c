/** failOn thresholds of a run: which were crossed (exit 1), each with the value that crossed it. */
import { tr } from '../i18n.js';
import type { ScoreSummary } from '../analyze/summary.js';
import type { SchemeOutcome } from '../analyze/scheme-outcome.js';
import type { FailOn } from './config.js';

export interface Crossed {
  key: keyof FailOn;
  limit: number;
  value: number;
  message: string;
}

/** Check the thresholds against the run's summary; an empty list means the run passed. */
export function checkFailOn(failOn: FailOn | undefined, summary: ScoreSummary, schemes?: SchemeOutcome): Crossed[] {
  if (!failOn) return [];
  const out: Crossed[] = [];
  const failShare = summary.scored ? summary.grades.fail / summary.scored : 0;
  if (failOn.meanScoreBelow !== undefined && summary.meanScore < failOn.meanScoreBelow) {
    out.push({ key: 'meanScoreBelow', limit: failOn.meanScoreBelow, value: summary.meanScore, message: tr(`平均分 ${summary.meanScore} 低于 ${failOn.meanScoreBelow}`, `mean score ${summary.meanScore} is below ${failOn.meanScoreBelow}`) });
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
