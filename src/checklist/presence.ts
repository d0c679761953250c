/** 三位一体 presence: which of the enterprise's roles an inspection record shows present throughout (赣应急字〔2020〕168号 §三(七)). */
import type { CaseFile, Presence } from '../model/types.js';

export const ROLES = ['principal', 'safetyManager', 'operator'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABEL: Record<Role, { zh: string; en: string }> = {
  principal: { zh: '企业主要负责人', en: 'the principal (主要负责人)' },
  safetyManager: { zh: '安全管理人员', en: 'a safety manager (安全管理人员)' },
  operator: { zh: '岗位操作人员', en: 'an operator (岗位操作人员)' },
};

/**
 * Posts that name each role, as attendee lists write them. 主要负责人 is the legal representative or actual controller
 * (安全生产法 第五条 names the 主要负责人; practice writes 董事长, 总经理, 厂长, 矿长); a deputy (副总经理) or a
 * department head (安全部经理) is not the principal. One person may hold two posts (总经理兼安全员).
 */
const POSTS: Record<Role, RegExp> = {
  principal: /主要负责人|法定代表人|法人代表|实际控制人|董事长|(?<![副部])总经理|(?<![副])厂长|(?<![副])矿长/,
  safetyManager: /安全(?:生产)?管理(?:人员|员)|安全员|安全主管|安全总监|安全(?:环保|生产)?(?:部|科|处)(?:部|科|处)?(?:长|经理|主任)|安全主任|安环|专职安全|兼职安全|分管安全/,
  operator: /岗位操作|操作(?:人员|工|员)|作业人员|作业工|班组长|班长|岗位(?:员)?工|一线员工|员工|工人|司炉|电工|焊工|叉车司机|值班员|中控|操作岗/,
};

/** A post of any kind written with a name (王某（副总经理）, 财务部主任李某): the entry says who the person is. */
const ANY_POST = /[（(][^）)]+[）)]|经理|总监|主任|主管|[长员工师]$|人员/;

/** The roles one attendee entry names (王某（总经理）, 安全员李某 …). */
export function rolesOf(entry: string): Role[] {
  const text = entry.normalize('NFKC').replace(/\s+/g, '');
  return ROLES.filter((r) => POSTS[r].test(text));
}

/**
 * Who was present, from the per-role yes/no columns and the attendee list together (either may be missing).
 * `named` is false when attendees are listed by name only (no post with any of them): their roles cannot be told.
 */
export function presenceOf(c: CaseFile): { present: Presence; stated: boolean; named: boolean } {
  const present: Presence = { ...c.present };
  const list = c.attendees ?? [];
  let named = list.length === 0;
  for (const entry of list) {
    const roles = rolesOf(entry);
    if (roles.length || ANY_POST.test(entry.normalize('NFKC'))) named = true;
    for (const r of roles) present[r] = true;
  }
  const flags = ROLES.some((r) => c.present?.[r] !== undefined);
  return { present, stated: flags || list.length > 0, named: named || flags };
}
