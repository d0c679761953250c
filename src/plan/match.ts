/** Plan entries against enterprises: credit code first, else the normalised name (the one matching `plan`, `overlap` and the checklist share). */
import type { Action, PlanEntry } from './types.js';
import { codeKey, nameKey } from './names.js';

/** Does an action concern this plan entry? By credit code when both have one, else by normalised name. */
export function matches(entry: PlanEntry, a: Pick<Action, 'creditCode' | 'name'>): 'code' | 'name' | undefined {
  const ec = codeKey(entry.creditCode);
  const ac = codeKey(a.creditCode);
  if (ec && ac) return ec === ac ? 'code' : undefined;
  return a.name && nameKey(entry.name) === nameKey(a.name) ? 'name' : undefined;
}

/** The entry of a unit's plan an enterprise matches (credit code first, then normalised name), and how it matched. */
export function planEntryFor(entries: readonly PlanEntry[], unit: string, a: Pick<Action, 'creditCode' | 'name'>): { entry: PlanEntry; by: 'code' | 'name' } | undefined {
  for (const entry of entries) {
    if (entry.unit !== unit) continue;
    const by = matches(entry, a);
    if (by) return { entry, by };
  }
  return undefined;
}
