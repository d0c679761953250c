/** Validation of canonical JSON against the published schemas, with errors naming file and JSON path. */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { tr } from '../i18n.js';
import { InputError } from '../errors.js';
import { readTemplateJson } from '../util/paths.js';
import type { Dataset } from './types.js';

const ajv = new Ajv({ allErrors: false, strict: false });
const cache = new Map<string, ValidateFunction>();

/** A compiled validator for templates/schema/<name>.schema.json. */
export function schemaValidator(name: string): ValidateFunction {
  let v = cache.get(name);
  if (!v) {
    v = ajv.compile(readTemplateJson(`schema`, `${name}.schema.json`));
    cache.set(name, v);
  }
  return v;
}

/** Ajv's /cases/3/dates/decided → $.cases[3].dates.decided */
export function jsonPath(instancePath: string): string {
  if (!instancePath) return '$';
  return (
    '$' +
    instancePath
      .split('/')
      .slice(1)
      .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((seg) => (/^\d+$/.test(seg) ? `[${seg}]` : /^[A-Za-z_$][\w$]*$/.test(seg) ? `.${seg}` : `[${JSON.stringify(seg)}]`))
      .join('')
  );
}

/** One readable line for an Ajv error: what was expected at which path. */
export function describeSchemaError(e: ErrorObject): { path: string; message: string } {
  let at = jsonPath(e.instancePath);
  let message: string;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      at = `${at}.${String(p.missingProperty)}`;
      message = tr('缺少此必填字段', 'is required');
      break;
    case 'additionalProperties':
      at = `${at}.${String(p.additionalProperty)}`;
      message = tr('不是已知字段', 'is not a known field');
      break;
    case 'enum':
      message = tr('应为以下之一：', 'must be one of ') + (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      break;
    case 'pattern':
      message = String(p.pattern).includes('\\d{4}-')
        ? tr('应为 ISO 日期 YYYY-MM-DD', 'must be an ISO date YYYY-MM-DD')
        : tr(`应匹配 ${String(p.pattern)}`, `must match ${String(p.pattern)}`);
      break;
    case 'const':
      message = tr(`应为 ${JSON.stringify(p.allowedValue)}`, `must be ${JSON.stringify(p.allowedValue)}`);
      break;
    case 'type':
      message = tr(`类型应为 ${String(p.type)}`, `must be ${String(p.type)}`);
      break;
    case 'minimum':
      message = tr(`应不小于 ${String(p.limit)}`, `must be >= ${String(p.limit)}`);
      break;
    case 'minLength':
      message = tr('不能为空', 'must not be empty');
      break;
    default:
      message = e.message ?? tr('无效', 'is invalid');
  }
  return { path: at, message };
}

/** Validate data against a named schema; throw an InputError naming the file and JSON path. */
export function assertSchema<T>(name: string, data: unknown, file: string, what = 'JSON'): T {
  const validate = schemaValidator(name);
  if (!validate(data)) {
    const first = describeSchemaError(validate.errors![0]!);
    throw new InputError(tr(`${file}：${what} 不符合 ${name} 结构：${first.path} ${first.message}`, `${file}: ${what} does not match the ${name} schema: ${first.path} ${first.message}`), {
      location: { file, path: first.path },
      hint: tr(`参见 templates/schema/${name}.schema.json`, `see templates/schema/${name}.schema.json`),
    });
  }
  return data as T;
}

/** Validate a dataset (cases, schemes, rejects, warnings). */
export function validateDataset(data: unknown, file: string): Dataset {
  return assertSchema<Dataset>('dataset', data, file, 'dataset');
}
