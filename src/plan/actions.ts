/** Case records → enforcement actions on enterprises: kind, unit, level and the day the unit acted. */
import type { CaseFile } from '../model/types.js';
import type { Action } from './types.js';
import { codeKey, nameKey } from './names.js';

/** The day a case acted on the party: filing (the inspection day of an inspection record), else decision, closing, first document. */
export function actionDate(c: CaseFile): string | undefined {
  const docs = (c.documents ?? []).map((d) => d.date).filter((d): d is string => Boolean(d)).sort();
  return c.dates?.filed ?? c.dates?.decided ?? c.dates?.closed ?? docs[0];
}

const REINSPECTION = /复查/;

/** Is this record itself a re-inspection (复查)? Its title says so, or its only documents are re-inspection papers. */
function isReinspectionRecord(c: CaseFile): boolean {
  if (c.title && REINSPECTION.test(c.title)) return true;
  const docs = c.documents ?? [];
  return docs.length > 0 && docs.every((d) => REINSPECTION.test(d.title) || /送达|结案/.test(d.title));
}

/** The date of the on-site inspection record (现场检查记录) a penalty or coercion file holds, if any. */
function inspectionRecord(c: CaseFile): string | undefined {
  const doc = (c.documents ?? []).find((d) => /现场检查记录|检查记录/.test(d.title));
  if (doc) return doc.date ?? c.dates?.filed;
  return (c.evidence ?? []).some((e) => /现场检查记录/.test(e)) ? c.dates?.filed : undefined;
}

/** The key an enterprise is grouped by: its credit code, else its normalised name. */
export function enterpriseKey(a: { creditCode?: string; name?: string }): string | undefined {
  const code = codeKey(a.creditCode);
  if (code) return `code:${code}`;
  return a.name ? `name:${nameKey(a.name)}` : undefined;
}

/**
 * Every action of the cases: the record's own (inspection, penalty, coercion, or re-inspection), and the
 * re-inspection a record with a rectification order carries (dates.reinspected). A re-inspection by the unit that
 * gave the order is marked ownOrder: following up one's own order is not a second enforcement.
 */
export function caseActions(cases: CaseFile[]): Action[] {
  const out: Action[] = [];
  const ordersBy = new Set<string>(); // unit|enterprise with a rectification order
  for (const c of cases) {
    if (!c.unit) continue;
    const key = enterpriseKey({ creditCode: c.party?.creditCode, name: c.party?.name });
    if (key && (c.dates?.rectificationDeadline || (c.documents ?? []).some((d) => /责令.*整改/.test(d.title)))) ordersBy.add(`${c.unit}|${key}`);
  }
  for (const c of cases) {
    const date = actionDate(c);
    if (!c.unit || !date || (!c.party?.name && !c.party?.creditCode)) continue;
    const base = { caseId: c.id, unit: c.unit, ...(c.unitLevel ? { level: c.unitLevel } : {}), ...(c.party?.name ? { name: c.party.name } : {}), ...(c.party?.creditCode ? { creditCode: c.party.creditCode } : {}) };
    const key = enterpriseKey(base);
    if (isReinspectionRecord(c)) out.push({ ...base, kind: 'reinspection', date, ownOrder: ordersBy.has(`${c.unit}|${key}`) });
    else {
      out.push({ ...base, kind: c.type ?? 'inspection', date });
      // a penalty or coercion file that holds an on-site inspection record was opened by an inspection of its own
      const record = c.type && c.type !== 'inspection' ? inspectionRecord(c) : undefined;
      if (record) out.push({ ...base, kind: 'inspection', date: record });
    }
    if (c.dates?.reinspected) out.push({ ...base, kind: 'reinspection', date: c.dates.reinspected, ownOrder: true });
  }
  return out;
}
