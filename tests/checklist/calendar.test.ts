import { describe, it, expect } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addWorkingDays, isWorkingDay, loadCalendar } from '../../src/checklist/calendar.js';
import { ConfigError } from '../../src/errors.js';
import { tmpDir } from '../helpers/cli.js';

describe('working-day calendar', () => {
  const cal = loadCalendar();
  it('covers the bundled years 2019–2026', () => {
    expect([...cal.years].sort()).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });
  it('knows holidays and make-up workdays', () => {
    expect(isWorkingDay(cal, '2025-10-01')).toBe(false); // 国庆
    expect(isWorkingDay(cal, '2025-09-28')).toBe(true); // Sunday make-up workday
    expect(isWorkingDay(cal, '2025-03-08')).toBe(false); // plain Saturday
    expect(isWorkingDay(cal, '2030-01-02')).toBeUndefined();
  });
  it('adds working days, not counting the start day', () => {
    expect(addWorkingDays(cal, '2025-09-26', 7)).toEqual({ date: '2025-10-13' }); // 9-28 and 10-11 worked; 10-1..8 off
    expect(addWorkingDays(cal, '2025-04-01', 7)).toEqual({ date: '2025-04-11' });
  });
  it('reports a year it does not cover instead of guessing', () => {
    expect(addWorkingDays(cal, '2026-12-25', 7)).toEqual({ uncoveredYear: 2027 });
  });
  it('reads a user folder and rejects a broken file naming it', () => {
    const dir = tmpDir();
    writeFileSync(path.join(dir, '2027.json'), JSON.stringify({ year: 2027, papers: [], days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] }));
    const mine = loadCalendar(dir);
    expect(isWorkingDay(mine, '2027-01-01')).toBe(false);
    expect(isWorkingDay(mine, '2027-01-04')).toBe(true);
    const bad = path.join(tmpDir(), 'cal');
    mkdirSync(bad);
    writeFileSync(path.join(bad, '2027.json'), JSON.stringify({ year: 2027, days: [{ date: '2027/1/1', isOffDay: true }] }));
    expect(() => loadCalendar(bad)).toThrow(ConfigError);
    expect(() => loadCalendar(bad)).toThrow(/2027\.json/);
  });
});
