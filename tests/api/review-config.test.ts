import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { mergeConfig } from '../../src/api/config.js';
import { ConfigError } from '../../src/errors.js';
import { SAMPLES_DIR } from '../../src/util/paths.js';

describe('run config: review (cross-review)', () => {
  const file = path.join('/tmp', 'audits', 'audit.json');
  it('resolves the reviewers list, sheets and chair’s sheets relative to the config (@samples/ = bundled samples)', () => {
    const cfg = mergeConfig({ inputs: ['data'], review: { reviewers: '@samples/reviewers.json', perFile: 2, avoid: 'city', sheets: ['returned/'], chair: ['ruling.xlsx'] } }, file, {}, {});
    expect(cfg.review).toEqual({ reviewers: path.join(SAMPLES_DIR, 'reviewers.json'), perFile: 2, avoid: 'city', sheets: [path.resolve('/tmp/audits/returned')], chair: ['/tmp/audits/ruling.xlsx'] });
  });
  it('names the key of a bad value', () => {
    expect(() => mergeConfig({ inputs: ['data'], review: { reviewers: 'r.json', perFile: 0 } }, file, {}, {})).toThrow(ConfigError);
    expect(() => mergeConfig({ inputs: ['data'], review: { reviewers: 'r.json', perFile: 0 } }, file, {}, {})).toThrow(/\$\.review\.perFile/);
    expect(() => mergeConfig({ inputs: ['data'], review: { perFile: 2 } }, file, {}, {})).toThrow(/\$\.review/);
  });
});
