/** Which scheme rules reject and which warn: templates/scheme-rules.json, overridden by a --rules file. */
import { ConfigError } from '../errors.js';
import { tr } from '../i18n.js';
import { readTemplateJson } from '../util/paths.js';
import { SCHEME_RULES, SCHEME_RULE_IDS } from './rules/index.js';
import type { RuleSetting } from './types.js';
import { readJsonFileSync } from '../util/json-input.js';

export type SchemeRuleSettings = Record<string, RuleSetting>;

const SETTINGS: readonly RuleSetting[] = ['reject', 'warn', 'off'];

/** Validate a rules config object ({rules: {id: setting | {severity}}}); errors name the file and key. */
export function parseRuleSettings(data: unknown, file: string): SchemeRuleSettings {
  const bad = (path: string, message: string, hint?: string) => new ConfigError(`${file}: ${path} ${message}`, { location: { file, path }, hint });
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw bad('$', tr('必须是 JSON 对象 {"rules": {…}}', 'must be a JSON object {"rules": {…}}'));
  for (const key of Object.keys(data)) {
    if (key !== 'rules' && key !== '$comment') throw bad(`$.${key}`, tr('不是已知的配置项（只有 rules）', 'is not a known key (only "rules")'));
  }
  const rules = (data as { rules?: unknown }).rules ?? {};
  if (typeof rules !== 'object' || Array.isArray(rules) || rules === null) throw bad('$.rules', tr('必须是对象', 'must be an object'));
  const out: SchemeRuleSettings = {};
  for (const [id, value] of Object.entries(rules as Record<string, unknown>)) {
    const at = `$.rules["${id}"]`;
    if (!SCHEME_RULE_IDS.includes(id)) {
      throw bad(at, tr('不是已知的方案审查规则', 'is not a known scheme rule'), tr(`已知规则：${SCHEME_RULE_IDS.join('、')}`, `known rules: ${SCHEME_RULE_IDS.join(', ')}`));
    }
    const setting = typeof value === 'object' && value !== null ? (value as { severity?: unknown }).severity : value;
    const path = typeof value === 'object' && value !== null ? `${at}.severity` : at;
    if (!SETTINGS.includes(setting as RuleSetting)) throw bad(path, tr('必须是 "reject"、"warn" 或 "off"', 'must be "reject", "warn" or "off"'));
    out[id] = setting as RuleSetting;
  }
  return out;
}

/** Defaults from the rules' meta, then the bundled template, then the user's file (each key overrides). */
export function loadRuleSettings(file?: string): SchemeRuleSettings {
  const settings: SchemeRuleSettings = Object.fromEntries(SCHEME_RULES.map((r) => [r.meta.id, r.meta.severity]));
  Object.assign(settings, parseRuleSettings(readTemplateJson('scheme-rules.json'), 'templates/scheme-rules.json'));
  if (file) {
    const data = readJsonFileSync(file, { what: { zh: '规则配置', en: 'the rules config' }, kind: 'config' });
    Object.assign(settings, parseRuleSettings(data, file));
  }
  return settings;
}
