import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { runSchemes } from '../../src/schemes/index.js';
import { ROOT } from '../helpers/cli.js';

describe('scheme review does not depend on the input format', () => {
  it('samples/xlsx/schemes.xlsx and samples/json give the same verdicts, reasons and not-checked lists', async () => {
    const json = await runSchemes([path.join(ROOT, 'samples', 'json')], { lang: 'zh' });
    const xlsx = await runSchemes([path.join(ROOT, 'samples', 'xlsx', 'schemes.xlsx')], { lang: 'zh' });
    expect(xlsx.result.schemes.length).toBe(json.result.schemes.length);
    expect(xlsx.result).toEqual(json.result);
  });
});
