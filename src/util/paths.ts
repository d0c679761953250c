/** Locations inside the installed package (templates, samples), independent of the working directory. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readFileSync } from 'node:fs';

const here = path.dirname(fileURLToPath(import.meta.url));
/** package root: dist/util/.. /.. (built) or src/util/../.. (tests run on sources) */
export const PACKAGE_ROOT = path.resolve(here, '..', '..');
export const TEMPLATES_DIR = path.join(PACKAGE_ROOT, 'templates');
export const SAMPLES_DIR = path.join(PACKAGE_ROOT, 'samples');

/** Path of a file under templates/. */
export function templatePath(...parts: string[]): string {
  return path.join(TEMPLATES_DIR, ...parts);
}

/** Read and parse a JSON template bundled with the package. */
export function readTemplateJson<T = unknown>(...parts: string[]): T {
  return JSON.parse(readFileSync(templatePath(...parts), 'utf8')) as T;
}

let cachedVersion: string | undefined;
/** The tool version from package.json. */
export function toolVersion(): string {
  if (!cachedVersion) {
    const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
    cachedVersion = pkg.version;
  }
  return cachedVersion;
}
