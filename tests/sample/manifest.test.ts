import { describe, it, expect } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { emptyDataset, type Dataset } from '../../src/model/types.js';
import { sampleDataset } from '../../src/sample/run.js';
import { loadManifest, selectFromManifest } from '../../src/sample/manifest.js';
import { tmpDir } from '../helpers/cli.js';

function dataset(n: number): Dataset {
  const d = emptyDataset();
  for (let i = 1; i <= n; i++) {
    d.cases.push({ id: `（赣）应急罚〔2025〕${i}号`, unit: `单位${i % 3}`, dates: { decided: `2025-0${1 + (i % 9)}-01` }, source: { file: 'cases.json' } });
    d.schemes.push({ id: `方案-${i}`, unit: `单位${i % 2}`, date: i % 5 ? '2025-03-01' : undefined, source: { file: 'schemes.json' } });
  }
  return d;
}

function save(value: unknown): string {
  const f = path.join(tmpDir(), 'manifest.json');
  writeFileSync(f, JSON.stringify(value));
  return f;
}

describe('manifest', () => {
  it('round-trips through loadManifest and selects the drawn records in draw order', async () => {
    const d = dataset(40);
    const { manifest, records } = sampleDataset(d, { seed: 's', preset: 'semiannual-cases' }, []);
    const loaded = await loadManifest(save(manifest));
    const picked = selectFromManifest(d, loaded, 'cases');
    expect(picked.map((r) => r.id)).toEqual(manifest.selected.map((s) => s.id));
    expect(picked).toEqual(records);
  });

  it('lists records without the period date as excluded, not silently dropped', () => {
    const { manifest } = sampleDataset(dataset(20), { seed: 's', preset: 'semiannual-schemes', period: '2025H1' }, []);
    expect(manifest.kind).toBe('schemes');
    expect(manifest.filters.missingDate).toBe(4);
    expect(manifest.excluded.map((e) => e.id)).toEqual(['方案-5', '方案-10', '方案-15', '方案-20']);
    expect(manifest.filters.frame + manifest.filters.missingDate + manifest.filters.outOfPeriod).toBe(manifest.filters.records);
  });

  it('a drawn id missing from the dataset, or the wrong kind, is an input error', async () => {
    const d = dataset(30);
    const { manifest } = sampleDataset(d, { seed: 's', rate: '50%' }, []);
    const fewer = { ...d, cases: d.cases.filter((c) => c.id !== manifest.selected[0]!.id) };
    expect(() => selectFromManifest(fewer, manifest)).toThrow(manifest.selected[0]!.id);
    expect(() => selectFromManifest(d, manifest, 'schemes')).toThrow();
  });

  it('refuses invalid or hand-edited manifests (exit 2)', async () => {
    const { manifest } = sampleDataset(dataset(30), { seed: 's', rate: '0.3' }, []);
    await expect(loadManifest(save({ ...manifest, seed: 5 }))).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('$.seed') });
    await expect(loadManifest(save({ ...manifest, algorithm: 'other-v9' }))).rejects.toMatchObject({ exitCode: 2 });
    const edited = structuredClone(manifest);
    edited.strata[0]!.quota += 1;
    await expect(loadManifest(save(edited))).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('$.strata[0].quota') });
    const dropped = structuredClone(manifest);
    dropped.selected.pop();
    await expect(loadManifest(save(dropped))).rejects.toMatchObject({ exitCode: 2 });
    const f = path.join(tmpDir(), 'bad.json');
    writeFileSync(f, '{not json');
    await expect(loadManifest(f)).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe('sampling parameters', () => {
  it('flag errors are usage errors (exit 2) that say what to do', () => {
    const d = dataset(10);
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ seed: '1' }, /--rate/],
      [{ seed: '1', rate: '150%' }, /100%/],
      [{ seed: '1', rate: '0.3', min: 'x' }, /--min/],
      [{ seed: '1', preset: 'nope' }, /nope/],
      [{ seed: '1', rate: '0.3', period: '2025Q1' }, /2025Q1/],
      [{ seed: '1', rate: '0' }, /--min/],
      [{ seed: ' x', rate: '0.3' }, /seed|种子/],
      [{ seed: '1', preset: 'semiannual-schemes', kind: 'cases' }, /schemes/],
      [{ seed: '1', rate: '0.3', kind: 'schemes', strata: 'type' }, /type/],
    ];
    for (const [flags, msg] of bad) {
      let err: unknown;
      try {
        sampleDataset(d, flags, []);
      } catch (e) {
        err = e;
      }
      expect(err, JSON.stringify(flags)).toMatchObject({ exitCode: 2, message: expect.stringMatching(msg) });
    }
  });

  it('presets come from templates/presets and flags override them', () => {
    const d = dataset(100);
    // units named 单位N are in no division: the province must be given, and they are listed as unplaced
    expect(() => sampleDataset(d, { seed: '1', preset: 'province-annual' }, [])).toThrow(/--scope/);
    const p = sampleDataset(d, { seed: '1', preset: 'province-annual', scope: '江西省' }, []).manifest;
    expect(p).toMatchObject({ preset: 'province-annual', presetVersion: 3, rate: null, min: 40, stratumMin: 1, stratifyBy: 'city', kind: 'cases', scope: { level: 'province', code: '360000', name: '江西省' } });
    expect(p.unplaced!.length).toBeGreaterThan(0);
    expect(p.selected).toHaveLength(40);
    const o = sampleDataset(d, { seed: '1', preset: 'city-annual', scope: '南昌市', rate: '10%', strata: 'none' }, []).manifest;
    expect(o).toMatchObject({ rate: '0.1', min: 30, stratifyBy: 'none' });
    expect(o.strata).toEqual([{ key: 'all', population: 100, rateTimesPopulation: '10', rateQuota: 10, floorShare: 30, quota: 30 }]);
  });
});
