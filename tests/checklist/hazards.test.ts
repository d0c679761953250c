/** Hazard phrases with negations (templates/hazard-phrases.json) and the report indicator that counts only real hazards. */
import { describe, it, expect } from 'vitest';
import { followUpStated, hazardNamed } from '../../src/checklist/hazards.js';
import { analyzeEfficiency } from '../../src/analyze/efficiency.js';
import type { CaseFile } from '../../src/model/types.js';

describe('hazards named in the facts', () => {
  it.each([
    '发现以下问题：1.未采取措施消除事故隐患。',
    '现场发现安全出口锁闭',
    '存在重大事故隐患',
    '特种作业人员无证上岗',
    '未发现重大事故隐患，但疏散通道被占用',
    '可燃气体报警仪失效；其余情况良好',
  ])('names a hazard: %s', (facts) => expect(hazardNamed(facts)).toBeDefined());

  it.each([
    '检查了安全生产责任制、教育培训、隐患排查治理和应急管理等情况，未发现安全生产违法行为。',
    '经检查，无安全隐患。',
    '未发现问题',
    '未查出事故隐患',
    '现场检查未见异常',
    '不存在违法违规行为',
    '复查时该单位已整改完毕，未再发现问题',
    '各项制度均未发现违法行为',
  ])('names none: %s', (facts) => expect(hazardNamed(facts)).toBeUndefined());

  it('follow-up wording: corrected on the spot, ordered removed', () => {
    expect(followUpStated('配电箱未上锁，已当场予以纠正')).toBe(true);
    expect(followUpStated('责令该单位立即排除')).toBe(true);
    expect(followUpStated('安全出口锁闭')).toBe(false);
  });
});

describe('report indicator: hazards without follow-up', () => {
  const ins = (id: string, facts: string, over: Partial<CaseFile> = {}): CaseFile => ({ id, type: 'inspection', facts, dates: { filed: '2025-03-01' }, documents: [{ title: '现场检查记录' }], source: { file: 'x' }, ...over });
  it('counts inspections that name a hazard and show no order, not those that found nothing', () => {
    const cases = [
      ins('none-1', '检查了隐患排查治理等情况，未发现安全生产违法行为。'),
      ins('none-2', '经检查，无安全隐患。'),
      ins('hazard', '发现以下问题：1.安全出口锁闭。'),
      ins('ordered', '发现以下问题：1.安全出口锁闭。', { dates: { filed: '2025-03-01', rectificationDeadline: '2025-03-15' } }),
      ins('on-the-spot', '发现消防通道堵塞，已当场予以纠正。'),
    ];
    expect(analyzeEfficiency(cases).hazardsWithoutFollowUp).toEqual({ count: 1, ids: ['hazard'] });
  });
});
