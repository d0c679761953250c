import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadChecklists, validateChecklist } from '../../src/checklist/checklist.js';
import { RULES } from '../../src/checklist/rules/index.js';
import { ConfigError } from '../../src/errors.js';
import { templatePath } from '../../src/util/paths.js';

const penalty = () => JSON.parse(readFileSync(templatePath('checklists', 'penalty.json'), 'utf8'));

describe('checklist templates', () => {
  it('bundles penalty, inspection and coercion checklists totalling 100 points each', () => {
    const all = loadChecklists();
    expect([...all.keys()].sort()).toEqual(['coercion', 'inspection', 'penalty']);
    for (const c of all.values()) expect(c.items.reduce((s, i) => s + i.points, 0)).toBe(100);
  });
  it('the bundled checklists use every automatic rule but the opt-in power-level (it needs a configured power list)', () => {
    const used = new Set(['penalty', 'inspection', 'coercion'].flatMap((t) => (JSON.parse(readFileSync(templatePath('checklists', `${t}.json`), 'utf8')) as { items: { rule?: string }[] }).items.map((i) => i.rule)));
    for (const r of RULES) if (r.meta.id !== 'power-level') expect(used.has(r.meta.id), r.meta.id).toBe(true);
    expect(used.has('power-level')).toBe(false);
  });
  it('rejects an unknown rule id, naming the key', () => {
    const c = penalty();
    c.items[0].rule = 'officers-min-three';
    expect(() => validateChecklist(c, 'mine.json')).toThrow(ConfigError);
    expect(() => validateChecklist(c, 'mine.json')).toThrow(/\$\.items\[0\]\.rule.*officers-min-three/);
  });
  it('rejects points that do not total 100', () => {
    const c = penalty();
    c.items[0].points += 1;
    expect(() => validateChecklist(c, 'mine.json')).toThrow(/\$\.items.*101/);
  });
  it('rejects a bad category, naming the key', () => {
    const c = penalty();
    c.items[2].category = 'paperwork';
    expect(() => validateChecklist(c, 'mine.json')).toThrow(/\$\.items\[2\]\.category/);
  });
  it('rejects an item with neither rule nor manual, and duplicate ids', () => {
    const c = penalty();
    delete c.items[1].rule;
    expect(() => validateChecklist(c, 'mine.json')).toThrow(ConfigError);
    const d = penalty();
    d.items[1].id = d.items[0].id;
    expect(() => validateChecklist(d, 'mine.json')).toThrow(/duplicate|重复/);
  });
});
