/** Issue 22 classes 1 and 4: JSON inputs that nest too deep, are not UTF-8, or hold numbers JSON cannot write back. */
import { describe, it, expect } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import { InputError } from '../../src/errors.js';
import { checkJsonValue, invalidUtf8Offset, MAX_JSON_DEPTH } from '../../src/util/json-input.js';
import { tmpDir } from '../helpers/cli.js';

async function failure(name: string, data: string | Buffer): Promise<InputError> {
  const f = path.join(tmpDir(), name);
  writeFileSync(f, data);
  const err = await ingest([f]).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(InputError);
  expect((err as InputError).message).toContain(name);
  return err as InputError;
}

describe('JSON input guards', () => {
  it('a case with an unknown field nested 6,000 levels: exit-2 input error naming the file and the path', async () => {
    const deep = `${'{"a":'.repeat(6000)}1${'}'.repeat(6000)}`;
    const err = await failure('deep.json', `{"schemaVersion":1,"cases":[{"id":"A1","extra":${deep}}]}`);
    expect(err.message).toContain(`${MAX_JSON_DEPTH}`);
    expect(err.message).toMatch(/\$\.cases\[0\]\.extra(\.a)+/);
    expect(err.exitCode).toBe(2);
  });

  it('GBK bytes are refused with the byte offset and the likely encoding, never imported as U+FFFD', async () => {
    const head = '{"schemaVersion":1,"cases":[{"id":"';
    const gbk = Buffer.concat([Buffer.from(head), Buffer.from([0xb0, 0xb8, 0xbc, 0xfe, 0xb1, 0xe0, 0xba, 0xc5]), Buffer.from('1"}]}')]);
    const err = await failure('gbk.json', gbk);
    expect(err.message).toContain(`${head.length}`);
    expect(err.message).toMatch(/GBK/);
  });

  it('one invalid byte after a BOM and valid Chinese text: its offset counts the BOM', async () => {
    const head = Buffer.from('\uFEFF{"schemaVersion":1,"cases":[{"id":"南昌');
    const err = await failure('bad-byte.json', Buffer.concat([head, Buffer.from([0xc3, 0x28]), Buffer.from('"}]}')]));
    expect(err.message).toContain(`${head.length}`);
  });

  it('a BOM alone is fine: the dataset is read', async () => {
    const f = path.join(tmpDir(), 'bom.json');
    writeFileSync(f, '\uFEFF{"schemaVersion":1,"cases":[{"id":"（赣）应急罚〔2025〕1号","fine":30000}]}');
    const { dataset } = await ingest([f]);
    expect(dataset.cases[0]).toMatchObject({ id: '（赣）应急罚〔2025〕1号', fine: 30000 });
  });

  it('a fine of 1e309 (Infinity after parsing) is an input error at its path, not null in the dataset', async () => {
    const err = await failure('inf.json', '{"schemaVersion":1,"cases":[{"id":"A1","fine":1}, {"id":"A2","fine":1e309}]}');
    expect(err.message).toContain('$.cases[1].fine');
  });

  it('UTF-8 validation follows the standard: overlong forms, surrogates and truncated sequences are invalid', () => {
    expect(invalidUtf8Offset(Buffer.from('案件编号 ok 😀'))).toBe(-1);
    expect(invalidUtf8Offset(Buffer.from([0x41, 0xc0, 0x80]))).toBe(1); // overlong NUL
    expect(invalidUtf8Offset(Buffer.from([0x41, 0x42, 0xed, 0xa0, 0x80]))).toBe(2); // U+D800
    expect(invalidUtf8Offset(Buffer.from([0xe6, 0xa1]))).toBe(0); // cut short
    expect(invalidUtf8Offset(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
  });

  it('the value check is iterative: 1,000,000 levels are measured without a stack overflow', () => {
    let v: unknown = 1;
    for (let i = 0; i < 1_000_000; i++) v = [v];
    expect(checkJsonValue(v)).toMatchObject({ kind: 'depth' });
    expect(checkJsonValue({ a: [{ b: 1 }] })).toBeUndefined();
  });
});
