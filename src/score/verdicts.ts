/** Verdict words as a reader sees them (符合 / 不符合 / 不适用). */
import { tr } from '../i18n.js';

/** The label of a reviewer's verdict in the current language. */
export function verdictLabel(v: 'pass' | 'defect' | 'na'): string {
  return v === 'pass' ? tr('符合', 'pass') : v === 'defect' ? tr('不符合', 'defect') : tr('不适用', 'n/a');
}
