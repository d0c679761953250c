/** The one error type of caseaudit. Only src/cli/main.ts catches it and turns it into an exit code. */

export interface ErrorLocation {
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
  page?: number;
  /** JSON path, e.g. $.cases[3].dates.decided */
  path?: string;
}

export class CaseAuditError extends Error {
  readonly code: string;
  readonly exitCode: number;
  readonly hint?: string;
  readonly location?: ErrorLocation;
  /** further lines (e.g. every bad input in a batch) */
  readonly details: string[];

  constructor(
    code: string,
    message: string,
    opts: { exitCode?: number; hint?: string; location?: ErrorLocation; details?: string[]; cause?: unknown } = {},
  ) {
    super(message, opts.cause !== undefined ? { cause: opts.cause } : undefined);
    this.name = new.target.name;
    this.code = code;
    this.exitCode = opts.exitCode ?? 2;
    this.hint = opts.hint;
    this.location = opts.location;
    this.details = opts.details ?? [];
  }
}

/** Bad input file: unreadable, wrong format, breaks the schema. Exit 2. */
export class InputError extends CaseAuditError {
  constructor(message: string, opts: ConstructorParameters<typeof CaseAuditError>[2] & { code?: string } = {}) {
    super(opts.code ?? 'E_INPUT', message, opts);
  }
}

/** Bad config, checklist, mapping or template. Exit 2. */
export class ConfigError extends CaseAuditError {
  constructor(message: string, opts: ConstructorParameters<typeof CaseAuditError>[2] & { code?: string } = {}) {
    super(opts.code ?? 'E_CONFIG', message, opts);
  }
}

/** Bad command line. Exit 2. */
export class UsageError extends CaseAuditError {
  constructor(message: string, opts: ConstructorParameters<typeof CaseAuditError>[2] & { code?: string } = {}) {
    super(opts.code ?? 'E_USAGE', message, opts);
  }
}

/** Render a location as "file, sheet S, row R, column C, page P, at $.path". */
export function formatLocation(loc: ErrorLocation | undefined): string {
  if (!loc) return '';
  const parts: string[] = [];
  if (loc.file) parts.push(loc.file);
  if (loc.sheet) parts.push(`sheet ${loc.sheet}`);
  if (loc.row !== undefined) parts.push(`row ${loc.row}`);
  if (loc.column) parts.push(`column ${loc.column}`);
  if (loc.page !== undefined) parts.push(`page ${loc.page}`);
  if (loc.path) parts.push(`at ${loc.path}`);
  return parts.join(', ');
}
