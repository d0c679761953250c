// Headers as real systems export them: 案卷号 / 立案时间 from case ledgers, and the code names of the national
// 双公示 行政处罚 data standard (CF_WSH 行政处罚决定书文号, CF_XDR_MC 行政相对人名称, CF_NR_FK 罚款金额（万元） …).
import { describe, it, expect } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { matchHeader, closestAlias } from '../../../src/ingest/excel/headers.js';
import { readCsv } from '../../../src/ingest/csv/read-csv.js';
import { tmpDir } from '../../helpers/cli.js';

const fieldOf = (h: string) => {
  const m = matchHeader(h, 'cases');
  return m && m.field !== 'ignore' ? m.field.field : undefined;
};

describe('header aliases from real exports', () => {
  it('case-ledger headers', () => {
    expect(fieldOf('案卷号')).toBe('id');
    expect(fieldOf('案卷编号')).toBe('id');
    expect(fieldOf('案件编号')).toBe('id');
    expect(fieldOf('处罚决定书文号')).toBe('id');
    expect(fieldOf('立案日期')).toBe('dates.filed');
    expect(fieldOf('立案时间')).toBe('dates.filed');
    expect(fieldOf('行政相对人代码-统一社会信用代码')).toBe('party.creditCode');
  });

  it('双公示 code names, upper or lower case; CF_NR_FK is in 万元 though its name does not say so', () => {
    expect(fieldOf('CF_WSH')).toBe('id');
    expect(fieldOf('cf_xdr_mc')).toBe('party.name');
    expect(fieldOf('CF_XDR_SHXYM')).toBe('party.creditCode');
    expect(fieldOf('CF_SY')).toBe('facts');
    expect(fieldOf('CF_YJ')).toBe('penaltyArticles');
    expect(fieldOf('CF_JDRQ')).toBe('dates.decided');
    expect(fieldOf('CF_CFJG')).toBe('unit');
    expect(fieldOf('CF_XZJG')).toBe('unit');
    expect(matchHeader('CF_NR_FK', 'cases')).toMatchObject({ field: { field: 'fine' }, unit: 'wan', via: 'alias' });
  });

  it('an export with code-name headers imports without a mapping: 0.2 in CF_NR_FK is 2,000 yuan', async () => {
    const f = path.join(tmpDir(), 'xzcf.csv');
    writeFileSync(f, 'CF_WSH,CF_XDR_MC,CF_XDR_LB,CF_XDR_SHXYM,CF_SY,CF_YJ,CF_CFLB,CF_NR_FK,CF_JDRQ,CF_CFJG\n（赣）应急罚〔2025〕3号,南昌某化工有限公司,法人及非法人组织,91360100MA35F0QX2Q,未对重大危险源定期检测,《中华人民共和国安全生产法》第一百零一条,罚款,0.2,2025-03-08,南昌市应急管理局\n');
    const r = await readCsv(f);
    expect(r.cases[0]).toMatchObject({ id: '（赣）应急罚〔2025〕3号', party: { name: '南昌某化工有限公司', kind: 'unit', creditCode: '91360100MA35F0QX2Q' }, fine: 2000, dates: { decided: '2025-03-08' }, unit: '南昌市应急管理局' });
  });

  it('closestAlias suggests the nearest known header for an unmatched one, and nothing for an unrelated one', () => {
    expect(closestAlias('立案日', 'cases')).toMatchObject({ field: 'dates.filed' });
    expect(closestAlias('处罚文书编号', 'cases')).toMatchObject({ field: 'id' });
    expect(closestAlias('联系电话', 'cases')).toBeUndefined();
  });
});
