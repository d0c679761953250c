/** Reading what the follow-up commands build on: the previous period, a rectification status, the escalation config. */
import { InputError } from '../errors.js';
import { tr } from '../i18n.js';
import { assertSchema } from '../model/validate.js';
import type { PeriodSnapshot } from '../followup/compare.js';
import type { RectificationStatus } from '../followup/types.js';
import { checkScoreResults, readJson } from './inputs.js';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An earlier results.json (caseaudit score) or report.json (caseaudit report): its files, period and efficiency rates. */
export async function loadPrevious(file: string): Promise<PeriodSnapshot> {
  const data = await readJson(file, tr('上期结果', 'previous period'));
  if (!isObj(data) || !Array.isArray(data.files)) {
    throw new InputError(tr(`${file}：不是评分结果（results.json）或报告（report.json）：缺少 $.files`, `${file}: neither score results (results.json) nor a report (report.json): $.files is missing`), { location: { file, path: '$.files' } });
  }
  const snap: PeriodSnapshot = { files: checkScoreResults(data, file).files };
  const cover = isObj(data.cover) ? data.cover : undefined;
  if (typeof cover?.period === 'string') snap.period = cover.period;
  const eff = isObj(data.efficiency) && isObj(data.efficiency.rates) ? data.efficiency.rates : undefined;
  if (eff) {
    snap.efficiency = {};
    for (const [k, v] of Object.entries(eff)) if (isObj(v) && typeof v.rate === 'number') snap.efficiency[k] = typeof v.denominator === 'number' && v.denominator > 0 ? v.rate : null;
  }
  return snap;
}

/** A status.json written by `caseaudit rectify --collect`, checked against templates/schema/status.schema.json. */
export async function loadStatus(file: string): Promise<RectificationStatus> {
  return assertSchema<RectificationStatus>('status', await readJson(file, tr('整改情况', 'rectification status')), file, 'status');
}
