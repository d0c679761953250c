/** Human summaries of `caseaudit plan` and `caseaudit overlap`. */
import { type OverlapResult, type PlanResult, tr } from '../api/index.js';

const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 1000) / 10}%`);

export function renderPlan(r: PlanResult): string {
  const lines = [tr(`计划执行（${r.period.id}：${r.period.from} 至 ${r.period.to}）`, `plan execution (${r.period.id}: ${r.period.from} to ${r.period.to})`)];
  for (const u of r.units) {
    lines.push(`  ${u.unit}: ${tr('计划企业', 'planned')} ${u.plannedEnterprises} · ${tr('已检查', 'inspected')} ${u.inspectedEnterprises} · ${tr('检查', 'inspections')} ${u.inspections}/${u.plannedInspections} · ${tr('执行率', 'rate')} ${pct(u.executionRate)} · ${tr('未检查', 'missed')} ${u.missed} · ${tr('计划外', 'unplanned')} ${u.unplanned}`);
  }
  lines.push(tr(`未检查 ${r.missed.length} 家，计划外 ${r.unplanned.length} 家，检查不足 ${r.under.length}，检查过多 ${r.over.length}，按名称匹配 ${r.nameMatches.length} 处（其中名称不完全相同 ${r.nameMatches.filter((m) => !m.exact).length} 处）`, `${r.missed.length} missed, ${r.unplanned.length} unplanned, ${r.under.length} under-inspected, ${r.over.length} over-inspected, ${r.nameMatches.length} matched by name (${r.nameMatches.filter((m) => !m.exact).length} with differing names)`));
  return lines.join('\n');
}

export function renderOverlap(r: OverlapResult): string {
  const lines = [tr(`重复执法：${r.overlaps.length} 家企业在 ${r.windowDays} 天内被不同单位执法`, `duplicate enforcement: ${r.overlaps.length} enterprise(s) acted on by different units within ${r.windowDays} days`)];
  for (const o of r.overlaps) lines.push(`  ${o.name}${o.creditCode ? ` (${o.creditCode})` : ''}: ${o.cases.map((c) => `${c.date} ${c.unit} ${c.id}`).join('；')}`);
  if (r.gaps) {
    lines.push(tr(`执法缺位：${r.gaps.length} 家重点企业在期间内未被任何层级检查`, `enforcement gaps: ${r.gaps.length} key enterprise(s) not inspected at any level in the period`));
    for (const g of r.gaps) lines.push(`  ${g.name}${g.creditCode ? ` (${g.creditCode})` : ''} — ${g.unit}`);
  }
  return lines.join('\n');
}
