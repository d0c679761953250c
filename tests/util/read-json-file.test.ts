/**
 * readJsonFile: the one reader of user JSON (manifests, reviewer lists, assignments, commitments, plans, mappings,
 * checklists, rule settings, catalogs, datasets). Every reader gets the same guards: UTF-8 only, a BOM allowed,
 * nesting at most MAX_JSON_DEPTH, finite numbers, and an exit-2 error naming the file and the place.
 */
import { describe, it, expect } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, InputError } from '../../src/errors.js';
import { MAX_JSON_DEPTH, readJsonFile, readJsonFileSync } from '../../src/util/json-input.js';
import { loadManifest } from '../../src/sample/manifest.js';
import { readReviewers } from '../../src/review/reviewers.js';
import { loadRulesConfig } from '../../src/checklist/rules-config.js';
import { loadKeyItems } from '../../src/schemes/key-items.js';
import { tmpDir } from '../helpers/cli.js';

const MANIFEST = { zh: '抽样清单', en: 'manifest' };

function file(name: string, data: string | Buffer): string {
  const f = path.join(tmpDir(), name);
  writeFileSync(f, data);
  return f;
}

async function failure(p: Promise<unknown>): Promise<InputError | ConfigError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(Error);
  expect((err as InputError).exitCode).toBe(2);
  return err as InputError;
}

describe('readJsonFile', () => {
  it('reads UTF-8 with or without a BOM', async () => {
    const value = { reviewers: [{ name: '李强', unit: '九江市应急管理局' }] };
    expect(await readJsonFile(file('plain.json', JSON.stringify(value)), { what: MANIFEST })).toEqual(value);
    expect(await readJsonFile(file('bom.json', `\uFEFF${JSON.stringify(value)}`), { what: MANIFEST })).toEqual(value);
    expect(readJsonFileSync(file('bom-sync.json', `\uFEFF${JSON.stringify(value)}`), { what: MANIFEST })).toEqual(value);
  });

  it('a missing file names the file and what it should be', async () => {
    const f = path.join(tmpDir(), 'absent.json');
    const err = await failure(readJsonFile(f, { what: MANIFEST }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toContain(f);
    expect(err.message).toMatch(/抽样清单|manifest/);
  });

  it('broken JSON: the parser’s message, the file and the kind of error asked for', async () => {
    const f = file('truncated.json', '{"reviewers": [{"name": "李强"');
    const input = await failure(readJsonFile(f, { what: MANIFEST }));
    expect(input).toBeInstanceOf(InputError);
    expect(input.message).toContain(f);
    const config = await failure(readJsonFile(f, { what: MANIFEST, kind: 'config' }));
    expect(config).toBeInstanceOf(ConfigError);
  });

  it('GBK bytes are refused with their offset, never read as U+FFFD', async () => {
    const head = '{"name":"';
    const f = file('gbk.json', Buffer.concat([Buffer.from(head), Buffer.from([0xc0, 0xee, 0xc7, 0xbf]), Buffer.from('"}')])); // 李强 in GBK
    const err = await failure(readJsonFile(f, { what: MANIFEST }));
    expect(err.message).toContain(`${head.length}`);
    expect(err.message).toMatch(/GBK/);
  });

  it('nesting deeper than the limit: the JSON path of the first too-deep value', async () => {
    const deep = `${'['.repeat(MAX_JSON_DEPTH + 5)}${']'.repeat(MAX_JSON_DEPTH + 5)}`;
    const err = await failure(readJsonFile(file('deep.json', `{"selected":${deep}}`), { what: MANIFEST }));
    expect(err.message).toContain(`${MAX_JSON_DEPTH}`);
    expect(err.location?.path).toMatch(/^\$\.selected(\[0\])+$/);
  });

  it('a number JSON cannot write back (1e309) is refused at its path', async () => {
    const err = await failure(readJsonFile(file('inf.json', '{"min": 1, "rate": 1e309}'), { what: MANIFEST }));
    expect(err.location?.path).toBe('$.rate');
  });
});

describe('every reader of user JSON goes through it', () => {
  const gbk = () => file('x-gbk.json', Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xc0, 0xee]), Buffer.from('"}')]));
  const deep = () => file('x-deep.json', `{"a":${'['.repeat(200)}${']'.repeat(200)}}`);

  it('a sample manifest', async () => {
    expect((await failure(loadManifest(gbk()))).message).toMatch(/UTF-8/);
    expect((await failure(loadManifest(deep()))).message).toContain(`${MAX_JSON_DEPTH}`);
  });

  it('a reviewers list', async () => {
    expect((await failure(readReviewers(gbk()))).message).toMatch(/UTF-8/);
    expect((await failure(readReviewers(deep()))).message).toContain(`${MAX_JSON_DEPTH}`);
  });

  it('rule settings and the key-items catalog (configuration: ConfigError)', async () => {
    const settings = await failure(Promise.resolve().then(() => loadRulesConfig(gbk())));
    expect(settings).toBeInstanceOf(ConfigError);
    expect(settings.message).toMatch(/UTF-8/);
    const catalog = await failure(Promise.resolve().then(() => loadKeyItems(deep())));
    expect(catalog).toBeInstanceOf(ConfigError);
    expect(catalog.message).toContain(`${MAX_JSON_DEPTH}`);
  });
});
