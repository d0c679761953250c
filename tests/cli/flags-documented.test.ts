/**
 * The commander option objects built by `buildProgram()` are the one table of the CLI's flags (issue #20): this
 * test holds the README to it, both ways.
 *
 * - Every flag of every command is written in that command's README section (its `### \`caseaudit NAME` heading
 *   up to the next heading of the same or higher level; `rectify` → "After the audit", `plan`/`overlap` →
 *   "Enforcement planning", `assign` → "Cross-review").
 * - Decision: the common flags every command takes (`withCommonOptions`: -o/--output, --json, --lang, --quiet,
 *   --debug) are documented once, in the "## Commands" introduction before the first command, not per command;
 *   the input flags (`INPUT_OPTIONS`) may instead be in the "### Input flags" table.
 * - Every `--flag` the README writes is a flag of some command (`--no-x` included), or one of the few flags of
 *   other tools listed in OTHER_TOOLS; every `caseaudit X …` the README writes in code uses flags of X.
 * - Every command's `--help` has an `Example:` block (scripts/front-door.mjs runs it) with an example of itself, and
 *   each `caseaudit X …` there uses only flags of X.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { buildProgram } from '../../src/cli/main.js';
import { withCommonOptions } from '../../src/cli/common.js';
import { INPUT_OPTIONS } from '../../src/cli/input-options.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** Flags the README writes that belong to other programs (or to commander itself), with whose they are. */
const OTHER_TOOLS: Record<string, string> = {
  '--help': 'commander: every command prints its help',
  '--headless': 'libreoffice (convert .xls/.et to .xlsx)',
  '--convert-to': 'libreoffice (convert .xls/.et to .xlsx)',
  '--psm': 'tesseract page segmentation mode',
  '--engines': 'bench/ocr.mjs OCR benchmark',
  '--sets': 'bench/ocr.mjs OCR benchmark',
  '--files': 'bench/ocr.mjs OCR benchmark (generated files)',
  '--continuation': 'bench/ocr.mjs OCR benchmark (continuation pages per generated file)',
  '--pages': 'bench/ocr.mjs OCR benchmark (--ocr-pages modes side by side)',
};

interface Section {
  level: number;
  title: string;
  text: string;
}

/** README sections: each heading (outside fenced code) with the text up to the next heading of the same or higher level. */
function sections(md: string): Section[] {
  const lines = md.split('\n');
  const heads: { line: number; level: number; title: string }[] = [];
  let fenced = false;
  lines.forEach((l, i) => {
    if (/^\s*(```|~~~)/.test(l)) fenced = !fenced;
    const m = !fenced && /^(#{1,6})\s+(.*)$/.exec(l);
    if (m) heads.push({ line: i, level: m[1].length, title: m[2] });
  });
  return heads.map((h, k) => {
    const end = heads.slice(k + 1).find((n) => n.level <= h.level);
    return { level: h.level, title: h.title, text: lines.slice(h.line, end ? end.line : lines.length).join('\n') };
  });
}

const SECTIONS = sections(README);

function section(test: (title: string) => boolean, what: string): string {
  const found = SECTIONS.filter((s) => test(s.title));
  if (found.length === 0) throw new Error(`README has no section for ${what}`);
  return found.map((s) => s.text).join('\n');
}

const SPECIAL: Record<string, RegExp> = {
  rectify: /^After the audit/,
  plan: /^Enforcement planning/,
  overlap: /^Enforcement planning/,
  assign: /^Cross-review/,
};

function commandSection(name: string): string {
  const re = SPECIAL[name] ?? new RegExp('^`caseaudit ' + name + '[ `]');
  return section((t) => re.test(t), `caseaudit ${name}`);
}

/** The "## Commands" introduction: from its heading to the first command heading. */
function commandsIntro(): string {
  const all = section((t) => t === 'Commands', 'Commands');
  return all.slice(0, all.search(/^###\s/m));
}

/** A flag is written when it stands on its own: `--plan` does not count for `--plan-x`, nor `--no-xlsx` for `--xlsx`. */
function mentions(text: string, flag: string): boolean {
  return new RegExp(`(?<![\\w-])${flag.replace(/[-]/g, '\\-')}(?![\\w-])`).test(text);
}

const longOf = (flags: string) => /--[a-z][\w-]*/.exec(flags)?.[0] ?? '';
const COMMON = withCommonOptions(new Command('x')).options.map((o) => o.long!);
const INPUT = new Set(INPUT_OPTIONS.map((o) => longOf(o.flags)));
const PROGRAM = buildProgram();

describe('every CLI flag is documented in the README', () => {
  it('the common flags are documented once, in the Commands introduction', () => {
    const intro = commandsIntro();
    expect(COMMON).toEqual(expect.arrayContaining(['--output', '--json', '--lang', '--quiet', '--debug']));
    const missing = COMMON.filter((f) => !(f === '--output' ? /(?<![\w-])-o\/--output\b/.test(intro) : mentions(intro, f)));
    expect(missing).toEqual([]);
    // documented once because every command takes them: the README says so, and it must stay true
    const lacking = PROGRAM.commands.flatMap((c) => COMMON.filter((f) => !c.options.some((o) => o.long === f)).map((f) => `${c.name()} ${f}`));
    expect(lacking).toEqual([]);
  });

  it.each(PROGRAM.commands.map((c) => [c.name(), c] as const))('caseaudit %s: each flag in its section', (name, cmd) => {
    const own = commandSection(name);
    const input = section((t) => t === 'Input flags', 'Input flags');
    const missing = cmd.options
      .map((o) => o.long!)
      .filter((f) => !COMMON.includes(f))
      .filter((f) => !mentions(own, f) && !(INPUT.has(f) && mentions(input, f)));
    expect(missing, `flags of caseaudit ${name} missing from its README section`).toEqual([]);
  });

  it('every --flag the README writes is a flag of some command or of a listed other tool', () => {
    const known = new Set(PROGRAM.commands.flatMap((c) => c.options.map((o) => o.long!)));
    const unknown = [...new Set([...README.matchAll(/(?<![\w-])--[a-z][a-z0-9-]*/g)].map((m) => m[0]))].filter(
      (f) => !known.has(f) && !(f in OTHER_TOOLS),
    );
    expect(unknown).toEqual([]);
  });

  it('every caseaudit command written in the README (code blocks and `code`) uses flags of that command', () => {
    const byName = new Map(PROGRAM.commands.map((c) => [c.name(), c]));
    const code: string[] = [];
    let fenced = false;
    for (const line of README.replace(/\\\n\s*/g, ' ').split('\n')) {
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      else if (fenced) code.push(line.replace(/(^|\s)#\s.*$/, ''));
      else code.push(...[...line.matchAll(/`([^`]+)`/g)].map((m) => m[1]));
    }
    const wrong: string[] = [];
    for (const call of code.flatMap((c) => c.split(/&&|\||;/))) {
      const m = /(?:^|\s)caseaudit ([a-z][a-z-]*)(.*)$/.exec(call);
      if (!m) continue;
      const cmd = byName.get(m[1]);
      if (!cmd) {
        wrong.push(`unknown command: ${call.trim()}`);
        continue;
      }
      const own = new Set(cmd.options.flatMap((o) => [o.long, o.short].filter(Boolean) as string[]));
      for (const f of [...m[2].matchAll(/(?<=\s)--?[a-zA-Z][\w-]*/g)].map((x) => x[0]))
        if (!own.has(f) && f !== '--help') wrong.push(`${f} is no flag of caseaudit ${m[1]}: ${call.trim()}`);
    }
    expect(wrong).toEqual([]);
  });

  it('the other tools allowed are still written in the README (the list stays short and true)', () => {
    expect(Object.keys(OTHER_TOOLS).filter((f) => !mentions(README, f))).toEqual([]);
  });
});

/** The help text a user sees for `caseaudit NAME --help`, including the text added after the options. */
function helpOf(cmd: Command): string {
  let out = '';
  cmd.configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (out += s) });
  cmd.outputHelp();
  return out;
}

describe('every command\'s --help shows examples that use real flags', () => {
  const byName = new Map(PROGRAM.commands.map((c) => [c.name(), c]));
  it.each(PROGRAM.commands.map((c) => [c.name(), c] as const))('caseaudit %s --help', (name, cmd) => {
    const help = helpOf(cmd);
    // the block scripts/front-door.mjs runs: "Example:" / "Examples:" then indented lines
    const block = /\nExamples?:\n((?:[ \t]+.*(?:\n|$))+)/.exec(help)?.[1] ?? '';
    // each `caseaudit X …` invocation of the block (a line may chain the next step with &&)
    const calls = block
      .split('\n')
      .map((l) => l.replace(/#.*$/, ''))
      .flatMap((l) => l.split(/&&|\|/))
      .map((l) => l.trim())
      .filter((l) => l.startsWith('caseaudit '));
    expect(calls.filter((l) => l.split(/\s+/)[1] === name).length, `caseaudit ${name} --help has no example of itself`).toBeGreaterThan(0);
    for (const call of calls) {
      const target = byName.get(call.split(/\s+/)[1]);
      expect(target, `an example names an unknown command: ${call}`).toBeDefined();
      const own = new Set(target!.options.flatMap((o) => [o.long, o.short].filter(Boolean) as string[]));
      const used = [...call.matchAll(/(?<=\s)--?[a-zA-Z][\w-]*/g)].map((m) => m[0]);
      expect(used.filter((f) => !own.has(f) && f !== '--help'), `flags caseaudit ${target!.name()} does not take: ${call}`).toEqual([]);
    }
  });
});
