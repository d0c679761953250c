/** Suggested countermeasures (建议措施) per rule, kept as editable data: templates/countermeasures.json. */
import { ConfigError } from '../errors.js';
import { tr, type LocalText } from '../i18n.js';
import { templatePath } from '../util/paths.js';
import { readJsonFileSync } from '../util/json-input.js';

export interface Countermeasures {
  rules: Record<string, LocalText>;
  byCategory: Record<string, LocalText>;
}

export const DEFAULT_COUNTERMEASURES = templatePath('countermeasures.json');

const isText = (v: unknown): v is LocalText => typeof v === 'object' && v !== null && typeof (v as LocalText).zh === 'string' && typeof (v as LocalText).en === 'string';

/** Load and check a countermeasures file; a bad entry is a ConfigError naming its key. */
export function loadCountermeasures(file: string = DEFAULT_COUNTERMEASURES): Countermeasures {
  const data = readJsonFileSync(file, { what: { zh: '整改措施文件', en: 'the countermeasures file' }, kind: 'config' }) as Record<string, unknown>;
  const out: Countermeasures = { rules: {}, byCategory: {} };
  for (const part of ['rules', 'byCategory'] as const) {
    const block = data[part] ?? {};
    if (typeof block !== 'object' || block === null || Array.isArray(block)) {
      throw new ConfigError(tr(`${file}：$.${part} 应为对象`, `${file}: $.${part} must be an object`), { location: { file, path: `$.${part}` } });
    }
    for (const [k, v] of Object.entries(block)) {
      if (k.startsWith('$')) continue;
      if (!isText(v)) throw new ConfigError(tr(`${file}：$.${part}.${k} 应为 {"zh": …, "en": …}`, `${file}: $.${part}.${k} must be {"zh": …, "en": …}`), { location: { file, path: `$.${part}.${k}` } });
      out[part][k] = v;
    }
  }
  return out;
}

/** The measure for a rule: its own entry, else its category's, else a general sentence. */
export function countermeasureFor(cm: Countermeasures, ruleId: string, category: string): LocalText {
  return cm.rules[ruleId] ?? cm.byCategory[category] ?? { zh: '对照评查意见逐项整改，完善相关制度。', en: 'Correct each point of the review and improve the related procedures.' };
}
