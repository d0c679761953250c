/** Checklist templates (templates/checklists/*.json or a user's --checklist FILE): load and validate. */
import { ConfigError } from '../errors.js';
import { tr, type LocalText } from '../i18n.js';
import { describeSchemaError, schemaValidator } from '../model/validate.js';
import { readTemplateJson } from '../util/paths.js';
import type { CaseType, PartyKind } from '../model/types.js';
import type { Category } from './types.js';
import type { RulesConfig } from './rules-config.js';
import { RULES_BY_ID } from './rules/index.js';
import { readJsonFileSync } from '../util/json-input.js';

export interface ChecklistItem {
  id: string;
  category: Category;
  title: LocalText;
  points: number;
  deduction: number;
  veto: boolean;
  basis?: string;
  appliesTo?: { partyKinds?: PartyKind[]; hasFine?: boolean; hasField?: string };
  rule?: string;
  manual?: true;
}

export interface Checklist {
  id: string;
  version?: string;
  caseType: CaseType;
  title: LocalText;
  grades: { excellent: number; good: number; pass: number };
  /** a file with more than this share of its applicable automatic points not checked is 待定 (default 1/3) */
  maxNotCheckedShare?: number;
  settings?: Partial<RulesConfig>;
  items: ChecklistItem[];
  /** where it was loaded from */
  file: string;
}

export const CASE_TYPES: CaseType[] = ['penalty', 'inspection', 'coercion'];

/** Validate a parsed checklist: schema, known rule ids, unique item ids, points totalling 100, grade order. */
export function validateChecklist(data: unknown, file: string): Checklist {
  const fail = (path: string, zh: string, en: string): never => {
    throw new ConfigError(tr(`评查标准 ${file}：${path} ${zh}`, `checklist ${file}: ${path} ${en}`), { location: { file, path }, hint: tr('参见 templates/schema/checklist.schema.json', 'see templates/schema/checklist.schema.json') });
  };
  const v = schemaValidator('checklist');
  if (!v(data)) {
    const e = describeSchemaError(v.errors![0]!);
    fail(e.path, e.message, e.message);
  }
  const c = data as Omit<Checklist, 'file'>;
  const seen = new Set<string>();
  c.items.forEach((it, i) => {
    if (seen.has(it.id)) fail(`$.items[${i}].id`, `项目编号 "${it.id}" 重复`, `duplicate item id "${it.id}"`);
    seen.add(it.id);
    if (it.rule !== undefined && !RULES_BY_ID.has(it.rule)) {
      fail(`$.items[${i}].rule`, `未知的自动规则 "${it.rule}"（可用：${[...RULES_BY_ID.keys()].join('、')}）`, `unknown rule id "${it.rule}" (known: ${[...RULES_BY_ID.keys()].join(', ')})`);
    }
    if (it.deduction > it.points) fail(`$.items[${i}].deduction`, `每处扣分 ${it.deduction} 大于该项分值 ${it.points}`, `deduction ${it.deduction} exceeds the item's ${it.points} points`);
  });
  const total = Math.round(c.items.reduce((s, it) => s + it.points, 0) * 1000) / 1000;
  if (total !== 100) fail('$.items', `各项分值合计 ${total}，应为 100`, `points total ${total}, must be 100`);
  if (!(c.grades.excellent >= c.grades.good && c.grades.good >= c.grades.pass)) fail('$.grades', '等次分数线应为 优秀 ≥ 良好 ≥ 合格', 'grade cut-offs must satisfy excellent ≥ good ≥ pass');
  return { ...c, file };
}

/** Read and validate a user's checklist file. */
export function readChecklistFile(file: string): Checklist {
  return validateChecklist(readJsonFileSync(file, { what: { zh: '评查标准', en: 'the checklist' }, kind: 'config' }), file);
}

/** The checklist per case type: the bundled ones, replaced by any user file for the same case type. */
export function loadChecklists(files: string[] = []): Map<CaseType, Checklist> {
  const out = new Map<CaseType, Checklist>();
  for (const t of CASE_TYPES) out.set(t, validateChecklist(readTemplateJson('checklists', `${t}.json`), `templates/checklists/${t}.json`));
  for (const f of files) {
    const c = readChecklistFile(f);
    out.set(c.caseType, c);
  }
  return out;
}
