// 赣应急字〔2020〕168号 第三部分第（七）项: “企业主要负责人+安全管理人员+岗位操作人员全过程在场”. Attendee lists name people
// with their posts (王某（总经理）); 主要负责人 is the one in charge (安全生产法 第五条), not a deputy or a department head.
import rule from '../../../src/checklist/rules/three-in-one-presence.js';
import { rolesOf } from '../../../src/checklist/presence.js';
import { describe, it, expect } from 'vitest';
import { testRule } from '../rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'posts in brackets: 总经理, 安全管理人员, 岗位操作人员', patch: { attendees: ['王某（总经理）', '李某（安全管理人员）', '赵某（岗位操作人员）'] } },
    { name: 'posts before the names: 法定代表人, 安全员, 操作工', patch: { attendees: ['法定代表人张某', '安全员陈某', '反应釜操作工周某'] } },
    { name: 'one yes/no column per role, all 是', patch: { attendees: undefined, present: { principal: true, safetyManager: true, operator: true } } },
    { name: 'the principal also the safety manager (总经理兼安全管理人员), plus a 班组长', patch: { attendees: ['王某（总经理兼安全管理人员）', '孙某（班组长）'] } },
  ],
  invalid: [
    { name: 'no principal: the deputy general manager came instead (副总经理)', patch: { attendees: ['吴某（副总经理）', '李某（安全管理人员）', '赵某（操作工）'] }, messageIds: ['principal'] },
    { name: 'no operator present', patch: { attendees: ['王某（董事长）', '李某（安全部经理）'] }, messageIds: ['operator'] },
    { name: 'only the safety officer accompanied the inspection', patch: { attendees: ['李某（专职安全员）'] }, messageIds: ['principal', 'operator'] },
    { name: 'yes/no columns: the principal 否', patch: { attendees: undefined, present: { principal: false, safetyManager: true, operator: true } }, messageIds: ['principal'] },
    { name: 'only a principal column, 否 (the others unknown, the finding stands)', patch: { attendees: undefined, present: { principal: false } }, messageIds: ['principal'] },
  ],
  notCheckable: [
    { name: 'the export has no attendee or presence columns', patch: { attendees: undefined, notStated: ['attendees', 'present'] } },
    { name: 'attendees listed by name only', patch: { attendees: ['王某', '李某', '赵某'] } },
    { name: 'nothing stated (JSON without the fields)', patch: { attendees: undefined, present: undefined } },
    { name: 'only a principal column, 是: the safety manager and the operator unknown', patch: { attendees: undefined, present: { principal: true } } },
  ],
});

describe('rolesOf: posts as attendee lists write them', () => {
  it('reads principal, safety manager and operator posts', () => {
    expect(rolesOf('王某（主要负责人）')).toEqual(['principal']);
    expect(rolesOf('张某(矿长)')).toEqual(['principal']);
    expect(rolesOf('李某（安全环保部部长）')).toEqual(['safetyManager']);
    expect(rolesOf('李某（安全科科长）')).toEqual(['safetyManager']);
    expect(rolesOf('安全总监刘某')).toEqual(['safetyManager']);
    expect(rolesOf('赵某（中控室操作人员）')).toEqual(['operator']);
  });
  it('a deputy or a department head is not the principal', () => {
    expect(rolesOf('吴某（副总经理）')).toEqual([]);
    expect(rolesOf('吴某（副厂长）')).toEqual([]);
    expect(rolesOf('钱某（生产部总经理）')).toEqual([]);
  });
});
