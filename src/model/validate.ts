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
  switch (e.keyword) {
    case 'required':
      at = `${at}.${(e.params as { missingProperty: string }).missingProperty}`;
      message = 'is required';
      break;
    case 'additionalProperties':
      at = `${at}.${(e.params as { additionalProperty: string }).additionalProperty}`;
      message = 'is not a known field';
      break;
    case 'enum':
      message = `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
      break;
    case 'pattern':
      message = e.instancePath.includes('date') || e.instancePath.match(/\/(filed|notified|decided|served|published|paid|closed|reinspected|certValidUntil)$/)
        ? 'must be an ISO date YYYY-MM-DD'
        : `must match ${(e.params as { pattern: string }).pattern}`;
      break;
    case 'const':
      message = `must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
      break;
    default:
      message = e.message ?? 'is invalid';
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
