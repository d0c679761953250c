/**
 * The import graph of src/ (docs/architecture.md): no arrow from a lower part to a higher one, the CLI imports
 * only src/cli and src/api, and nothing outside src/cli writes to stdout/stderr or ends the process.
 * Imports are read with the TypeScript compiler: import/export-from declarations, `import x = require()`,
 * dynamic import() and `typeof import('…')` types.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SRC = path.resolve(__dirname, '../src');

/**
 * The parts, lowest first: a file may import its own part and any part of a lower rank. One exception: in a
 * stage (ingest and above), a type-only import of another stage's `types.ts` (its data contract, e.g.
 * analyze/types.ts naming the scheme review it summarises) may point anywhere — it is erased when compiled.
 * model/ and util/ get no exception: they sit below every stage.
 */
export const RANKS: Record<string, number> = {
  errors: 0,
  i18n: 0,
  util: 0,
  model: 1,
  ingest: 2,
  ocr: 3,
  sample: 4,
  checklist: 5,
  // the annual plan is an input the checklist consults (inspection within plan) and plan execution uses the
  // checklist's calendar: one rank
  plan: 5,
  review: 6,
  score: 6,
  analyze: 7,
  report: 8,
  // scheme review writes its rejection notices with the report's official-document helpers
  schemes: 9,
  followup: 10,
  api: 11,
  index: 12,
  cli: 13,
};

/** The part a src file belongs to: its first folder, or its name for a top-level file (errors.ts → errors). */
export function partOf(file: string): string {
  const rel = path.relative(SRC, file).split(path.sep);
  return rel.length > 1 ? rel[0]! : rel[0]!.replace(/\.ts$/, '');
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

interface Import {
  spec: string;
  typeOnly: boolean;
  line: number;
}

/** Every module specifier a source file names, and whether only types come through it. */
export function importsOf(file: string, text = readFileSync(file, 'utf8')): Import[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: Import[] = [];
  const add = (lit: ts.Node, typeOnly: boolean) => {
    if (ts.isStringLiteralLike(lit)) out.push({ spec: lit.text, typeOnly, line: sf.getLineAndCharacterOfPosition(lit.getStart()).line + 1 });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const c = node.importClause;
      const typeOnly = Boolean(c?.isTypeOnly || (c && !c.name && c.namedBindings && ts.isNamedImports(c.namedBindings) && c.namedBindings.elements.length > 0 && c.namedBindings.elements.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      const typeOnly = node.isTypeOnly || Boolean(node.exportClause && ts.isNamedExports(node.exportClause) && node.exportClause.elements.length > 0 && node.exportClause.elements.every((e) => e.isTypeOnly));
      add(node.moduleSpecifier, typeOnly);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) {
      add(node.arguments[0], false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Calls and writes that belong to the CLI only: process.stdout / process.stderr / process.exit. */
export function processUses(file: string, text = readFileSync(file, 'utf8')): { what: string; line: number }[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: { what: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'process' && ['stdout', 'stderr', 'exit'].includes(node.name.text)) {
      out.push({ what: `process.${node.name.text}`, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const files = walk(SRC);
const rel = (f: string) => path.relative(path.resolve(SRC, '..'), f);

/** The src file a relative specifier points at (undefined for packages and node: modules). */
function target(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  return path.resolve(path.dirname(from), spec).replace(/\.js$/, '.ts').replace(/\.mjs$/, '.mts');
}

/** The imports of `file` that point to a higher part than its own. */
export function upwardArrows(file: string, text?: string): string[] {
  const from = partOf(file);
  const out: string[] = [];
  for (const imp of importsOf(file, text)) {
    const t = target(file, imp.spec);
    if (!t || !t.startsWith(SRC)) continue;
    const to = partOf(t);
    // between stages, a type-only import of a data contract (types.ts) is allowed; model and util stay below everything
    if (imp.typeOnly && path.basename(t) === 'types.ts' && RANKS[from]! >= RANKS.ingest!) continue;
    if (RANKS[to]! > RANKS[from]!) out.push(`${rel(file)}:${imp.line} (${from}) → ${imp.spec} (${to})`);
  }
  return out;
}

describe('the import graph (docs/architecture.md)', () => {
  it('knows the part of every src file', () => {
    const unknown = [...new Set(files.map(partOf))].filter((p) => RANKS[p] === undefined);
    expect(unknown, 'a new part of src/ needs a place in RANKS and in docs/architecture.md').toEqual([]);
  });

  it('has no arrow from a lower part to a higher one', () => {
    expect(files.flatMap((f) => upwardArrows(f))).toEqual([]);
  });

  it('lets src/cli import only src/cli and src/api (types of the model through the api too)', () => {
    const outside: string[] = [];
    for (const f of files.filter((x) => partOf(x) === 'cli')) {
      for (const imp of importsOf(f)) {
        const t = target(f, imp.spec);
        if (!t) continue;
        const to = partOf(t);
        if (to !== 'cli' && to !== 'api') outside.push(`${rel(f)}:${imp.line} → ${imp.spec}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('leaves stdout, stderr and process.exit to src/cli', () => {
    const found: string[] = [];
    for (const f of files.filter((x) => partOf(x) !== 'cli')) for (const u of processUses(f)) found.push(`${rel(f)}:${u.line} ${u.what}`);
    expect(found).toEqual([]);
  });
});

describe('the import reader catches every form', () => {
  const text = [
    "import a from './a.js';",
    "import type { B } from './b.js';",
    "import { type C } from './c.js';",
    "export { d } from './d.js';",
    "export * from './e.js';",
    "const f = await import('./f.js');",
    "type G = typeof import('./g.js');",
    'process.stdout.write("x"); process.exit(1);',
  ].join('\n');
  it('finds static, re-export, dynamic and type imports', () => {
    expect(importsOf('x.ts', text).map((i) => `${i.spec}${i.typeOnly ? ' (type)' : ''}`)).toEqual(['./a.js', './b.js (type)', './c.js (type)', './d.js', './e.js', './f.js', './g.js (type)']);
  });
  it('flags an arrow up, and a type import of a stage from model, but not one stage naming another’s types.ts', () => {
    const at = (p: string) => path.join(SRC, p);
    expect(upwardArrows(at('model/x.ts'), "import { ingest } from '../ingest/index.js';")).toHaveLength(1);
    expect(upwardArrows(at('model/x.ts'), "import type { RecordKind } from '../ingest/types.js';")).toHaveLength(1);
    expect(upwardArrows(at('analyze/x.ts'), "import type { SchemeReview } from '../schemes/types.js';")).toEqual([]);
    expect(upwardArrows(at('analyze/x.ts'), "import { reviewSchemes } from '../schemes/review.js';")).toHaveLength(1);
    expect(upwardArrows(at('api/x.ts'), "export * from '../index.js';")).toHaveLength(1);
    expect(upwardArrows(at('report/x.ts'), "const m = await import('../analyze/index.js');")).toEqual([]);
  });
  it('finds process.stdout and process.exit', () => {
    expect(processUses('x.ts', text).map((u) => u.what)).toEqual(['process.stdout', 'process.exit']);
  });
});
