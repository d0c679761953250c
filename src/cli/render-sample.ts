/** Human rendering of a draw: parameters, a table of strata, and the totals. */
import Table from 'cli-table3';
import { type Manifest, tr } from '../api/index.js';

export function renderSampleSummary(m: Manifest, color: boolean): string {
  const table = new Table({
    head: [tr('分层', 'stratum'), tr('总数', 'N'), tr('比例×N', 'rate×N'), tr('比例配额', 'rate quota'), tr('下限份额', 'floor share'), tr('抽取', 'drawn')],
    style: { head: color ? ['cyan'] : [], border: color ? ['grey'] : [] },
  });
  for (const s of m.strata) table.push([s.key, s.population, s.rateTimesPopulation ?? '—', s.rateQuota, s.floorShare, s.quota]);
  const params = [
    `${tr('种子', 'seed')} ${m.seed}`,
    m.preset ? `${tr('预设', 'preset')} ${m.preset}${m.presetVersion ? ` v${m.presetVersion}` : ''}` : '',
    m.scope ? `${tr('范围', 'scope')} ${m.scope.name}` : '',
    m.rate !== null ? `${tr('比例', 'rate')} ${m.rate}` : '',
    m.min !== null ? `${tr('下限', 'min')} ${m.min}` : '',
    `${tr('分层', 'strata')} ${m.stratifyBy}${m.stratumMin ? tr(`（每层至少 ${m.stratumMin}）`, ` (≥${m.stratumMin} each)`) : ''}`,
    m.filters.period ? `${tr('期间', 'period')} ${m.filters.period}` : '',
  ].filter(Boolean);
  const total = tr(
    `从 ${m.filters.frame} 份${m.kind === 'cases' ? '案卷' : '检查方案'}中抽取 ${m.selected.length} 份（${m.strata.length} 层）`,
    `drew ${m.selected.length} of ${m.filters.frame} ${m.kind} (${m.strata.length} strata)`,
  );
  return `${params.join(' · ')}\n${table.toString()}\n${total}`;
}
