// verify across containers: a draw made from an .xlsx checks out against the same cases as CSV or .xls
// ("same cases, different file"), and a draw made with --map is re-read with the mapping the manifest recorded.
import { describe, it, expect } from 'vitest';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runSample } from '../../src/sample/run.js';
import { runVerify } from '../../src/sample/verify.js';
import { inEnglish, itEn } from '../helpers/lang.js';
import { runScore } from '../../src/score/run.js';
import { ROOT, tmpDir } from '../helpers/cli.js';

const TWINS = path.join(ROOT, 'tests/fixtures/ingest/twins');

describe('verify with another container of the same cases', () => {
  itEn('a draw from cases.xlsx verifies against the GBK CSV and the .xls: identical, with a "same cases, different file" note', async () => {
    const dir = tmpDir();
    const manifest = path.join(dir, 'm.json');
    const s = await runSample([path.join(TWINS, 'cases.xlsx')], { seed: '19', rate: '30%', strata: 'none', output: manifest, xlsx: false });
    expect(s.manifest.records).toMatchObject({ count: 12 });
    for (const other of ['cases-gbk.csv', 'cases.xls']) {
      const v = await runVerify(manifest, [path.join(TWINS, other)]);
      expect(v.differences).toEqual([]);
      expect(v.identical).toBe(true);
      expect(v.notes.join('\n')).toMatch(/same cases, different file: the 12 records have the same ids and fields/);
    }
  });

  itEn('score --sample accepts the same cases in another container (no --allow-changed-input needed), and refuses changed ones', async () => {
    const dir = tmpDir();
    const manifest = path.join(dir, 'm.json');
    const s = await runSample([path.join(TWINS, 'cases.xlsx')], { seed: '19', rate: '30%', strata: 'none', output: manifest, xlsx: false });
    const { result } = await runScore([path.join(TWINS, 'cases-gbk.csv')], { sample: manifest });
    expect(result.files.map((f) => f.id)).toEqual(s.manifest.selected.map((x) => x.id));
    expect(result.sampleInputs).toBeUndefined();
    const csv = path.join(dir, 'changed.csv');
    writeFileSync(csv, readFileSync(path.join(TWINS, 'cases-utf8-bom.csv'), 'utf8').replace('江西景德镇利德纺织有限公司","单位"', '江西景德镇利德纺织股份有限公司","单位"'));
    await expect(runScore([csv], { sample: manifest })).rejects.toThrow(/differ/);
  });

  itEn('the same ids with a changed field are still a difference (the input changed), with a note saying the ids are the same', async () => {
    const dir = tmpDir();
    const csv = path.join(dir, 'cases.csv');
    copyFileSync(path.join(TWINS, 'cases-utf8-bom.csv'), csv);
    const manifest = path.join(dir, 'm.json');
    await runSample([csv], { seed: '19', rate: '30%', strata: 'none', output: manifest, xlsx: false });
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('江西景德镇利德纺织有限公司","单位"', '江西景德镇利德纺织股份有限公司","单位"'));
    const v = await runVerify(manifest, [csv]);
    expect(v.identical).toBe(false);
    expect(v.differences.map((d) => d.kind)).toEqual(['input-changed']);
    expect(v.notes.join('\n')).toMatch(/the same 12 ids, but fields of the records changed/);
  });

  itEn('sample --map records the mapping; verify re-reads with it (no --map needed), and says so when another mapping is given', async () => {
    const dir = tmpDir();
    const csv = path.join(dir, 'odd.csv');
    writeFileSync(csv, '处罚文书编号,被处罚企业,执法单位,处罚决定日期,罚没款（万元）\n（赣）应急罚〔2025〕1号,甲公司,南昌市应急管理局,2025-01-02,1.5\n（赣）应急罚〔2025〕2号,乙公司,南昌市应急管理局,2025-02-03,0.2\n（赣）应急罚〔2025〕3号,丙公司,九江市应急管理局,2025-03-04,3\n');
    const map = path.join(dir, 'map.json');
    writeFileSync(map, JSON.stringify({ $comment: 'our export', 处罚文书编号: 'id', 被处罚企业: 'party.name', '罚没款（万元）': 'fine:wan' }));
    const manifest = path.join(dir, 'm.json');
    const s = await runSample([csv], { seed: '3', rate: '50%', map, output: manifest, xlsx: false });
    expect(s.manifest.input).toEqual({ map: { 处罚文书编号: 'id', 被处罚企业: 'party.name', '罚没款（万元）': 'fine:wan' } });
    expect(JSON.parse(readFileSync(manifest, 'utf8')).input.map.处罚文书编号).toBe('id');
    const v = await runVerify(manifest, [csv]);
    expect(v).toMatchObject({ identical: true, differences: [] });
    const other = path.join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ 处罚文书编号: 'id', 被处罚企业: 'party.name', '罚没款（万元）': 'fine:yuan' }));
    const w = await runVerify(manifest, [csv], { map: other });
    expect(w.notes.join('\n')).toMatch(/mapping used now differs/);
  });
});
