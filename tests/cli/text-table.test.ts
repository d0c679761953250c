/** The terminal table: columns aligned in terminal cells (CJK counts two), numbers right-aligned, one line per row. */
import { describe, expect, it } from 'vitest';
import { displayWidth, textTable } from '../../src/cli/text-table.js';

describe('textTable', () => {
  it('aligns CJK and ASCII cells and right-aligns numbers', () => {
    const t = textTable(['案件编号', 'unit', '得分'], [
      ['赣应急罚〔2025〕1号', '上栗县应急管理局', 100],
      ['A-2', 'x', 7.5],
    ]);
    const lines = t.split('\n');
    expect(lines).toHaveLength(6);
    const widths = new Set(lines.map(displayWidth));
    expect(widths.size).toBe(1); // every line equally wide on a terminal
    expect(lines[3]).toContain('│  100 │');
    expect(lines[4]).toContain('│  7.5 │');
    expect(lines[4]).toMatch(/^│ A-2 +│ x +│/);
  });

  it('counts full-width and CJK characters as two cells', () => {
    expect(displayWidth('〔2025〕')).toBe(8);
    expect(displayWidth('上栗县')).toBe(6);
    expect(displayWidth('abc')).toBe(3);
  });

  it('keeps one line per row (newlines in cells become spaces) and colours only on request', () => {
    const t = textTable(['a'], [['x\ny']]);
    expect(t.split('\n')).toHaveLength(5);
    expect(t).not.toContain('\u001b[');
    expect(textTable(['a'], [['x']], { color: true })).toContain('\u001b[36m');
  });
});
