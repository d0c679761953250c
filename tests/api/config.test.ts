/** The run config: schema errors name the key, config < environment < flags, paths resolved. */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { mergeConfig } from '../../src/api/config.js';
import { starterConfig } from '../../src/api/init.js';
import { checkFailOn } from '../../src/api/fail-on.js';
import { ConfigError } from '../../src/errors.js';
import { SAMPLES_DIR } from '../../src/util/paths.js';
import { summarizeScores } from '../../src/analyze/summary.js';

const file = '/configs/audit.json';

describe('run config', () => {
  it('the starter config is valid and points at the bundled samples', () => {
    const cfg = mergeConfig(starterConfig(), file, {});
    expect(cfg.inputs).toEqual([path.join(SAMPLES_DIR, 'json')]);
    expect(cfg.outputs?.dir).toBe('/configs/out');
    expect(cfg.seed).toBe('20250701');
  });

  it('config < environment < flags', () => {
    const base = { inputs: ['data'], seed: 'from-config', period: '2025H1', outputs: { dir: 'res' } };
    expect(mergeConfig(base, file, {}).seed).toBe('from-config');
    expect(mergeConfig(base, file, { CASEAUDIT_SEED: 'from-env' }).seed).toBe('from-env');
    expect(mergeConfig(base, file, { CASEAUDIT_SEED: 'from-env' }, { seed: 'from-flag' }).seed).toBe('from-flag');
    expect(mergeConfig(base, file, { CASEAUDIT_PERIOD: '2025H2' }).period).toBe('2025H2');
    expect(mergeConfig(base, file, {}, { output: 'elsewhere' }).outputs?.dir).toBe(path.resolve('elsewhere'));
    expect(mergeConfig(base, file, {}, { format: 'html,docx' }).outputs?.formats).toEqual(['html', 'docx']);
    expect(mergeConfig(base, file, {}).inputs).toEqual(['/configs/data']);
  });

  it('input: the input flags of every command, the mapping file relative to the config; a bad mode names the key', () => {
    const cfg = mergeConfig({ inputs: ['export.csv'], input: { $comment: 'our export', map: 'maps/ours.json', duplicates: 'reject', ocr: 'off' } }, file, {});
    expect(cfg.input).toMatchObject({ map: path.resolve('/configs/maps/ours.json'), duplicates: 'reject', ocr: 'off' });
    expect(() => mergeConfig({ inputs: ['x'], input: { duplicates: 'keep' } }, file, {})).toThrow(/\$\.input\.duplicates/);
    expect(() => mergeConfig({ inputs: ['x'], input: { kind: 'cases' } }, file, {})).toThrow(ConfigError);
  });

  it('documents: the case-file PDFs, relative to the config; not a list of paths names the key', () => {
    expect(mergeConfig({ inputs: ['台账.xlsx'], documents: ['案卷PDF/', '/scans/2025'] }, file, {}).documents).toEqual([path.resolve('/configs/案卷PDF'), '/scans/2025']);
    expect(mergeConfig({ inputs: ['x'] }, file, {}).documents).toBeUndefined();
    expect(() => mergeConfig({ inputs: ['x'], documents: 'pdfs/' }, file, {})).toThrow(/\$\.documents/);
    expect(() => mergeConfig({ inputs: ['x'], documents: [] }, file, {})).toThrow(/\$\.documents/);
  });

  it('errors name the offending key', () => {
    const bad = (data: unknown, env = {}) => {
      try {
        mergeConfig(data, file, env);
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        return (e as ConfigError).location?.path;
      }
      return 'no error';
    };
    expect(bad({ inputs: ['x'], failOn: { meanScoreBelow: 'high' } })).toBe('$.failOn.meanScoreBelow');
    expect(bad({ inputs: ['x'], outputs: { formats: ['pdf'] } })).toBe('$.outputs.formats[0]');
    expect(bad({ inputs: ['x'], sed: '1' })).toBe('$.sed');
    expect(bad({ seed: '1' })).toBe('$.inputs');
    expect(bad({ inputs: ['x'] }, { CASEAUDIT_PERIOD: '2025-H1' })).toBe('$.period');
    expect(bad({ inputs: ['x'], $note: 'comments are fine' })).toBe('no error');
  });
});

describe('failOn', () => {
  const files = [
    { id: 'a', unit: 'U', score: 95, grade: 'excellent' as const, vetoed: false, findings: [], notChecked: [] },
    { id: 'b', unit: 'U', score: 0, grade: 'fail' as const, vetoed: true, findings: [], notChecked: [] },
  ];
  it('lists every threshold crossed with its value', () => {
    const crossed = checkFailOn({ meanScoreBelow: 60, failShareAbove: 0.4, vetoedAbove: 0 }, summarizeScores(files));
    expect(crossed.map((c) => [c.key, c.value])).toEqual([
      ['meanScoreBelow', 47.5],
      ['failShareAbove', 0.5],
      ['vetoedAbove', 1],
    ]);
    expect(checkFailOn({ meanScoreBelow: 40, failShareAbove: 0.5 }, summarizeScores(files))).toEqual([]);
  });

  it('待定 files: crossed only when even their best case stays below the limit; otherwise undecided, said, not exit 1', () => {
    const withPending = [...files, { id: 'c', unit: 'U', score: 100, grade: 'provisional' as const, final: false, vetoed: false, findings: [], notChecked: [] }];
    // final mean 47.5; best case (95 + 0 + 100) / 3 = 65
    const sure = checkFailOn({ meanScoreBelow: 70 }, summarizeScores(withPending), undefined, withPending);
    expect(sure).toEqual([expect.objectContaining({ key: 'meanScoreBelow', value: 65, message: '平均分至多 65（1 件待定案卷按可得最高分计），低于 70' })]);
    expect(sure[0]!.undecided).toBeUndefined();
    const open = checkFailOn({ meanScoreBelow: 60 }, summarizeScores(withPending), undefined, withPending);
    expect(open).toEqual([expect.objectContaining({ key: 'meanScoreBelow', undecided: true })]);
    // the final files alone already reach the limit: nothing to report
    expect(checkFailOn({ meanScoreBelow: 40 }, summarizeScores(withPending), undefined, withPending)).toEqual([]);
  });
});
