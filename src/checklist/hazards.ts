/** Do a case file's facts say hazards were found, and how were they dealt with? Phrases as data: templates/hazard-phrases.json. */
import { readTemplateJson } from '../util/paths.js';

export interface HazardPhrases {
  hazards: string[];
  negations: string[];
  followUp: string[];
}

interface Compiled {
  hazards: RegExp[];
  negations: RegExp[];
  followUp: RegExp[];
}

let bundled: Compiled | undefined;

/** Compile a phrase file (the bundled one by default). */
export function compileHazardPhrases(p: HazardPhrases = readTemplateJson<HazardPhrases>('hazard-phrases.json')): Compiled {
  return {
    hazards: p.hazards.map((s) => new RegExp(s)),
    negations: p.negations.map((s) => new RegExp(s, 'g')),
    followUp: p.followUp.map((s) => new RegExp(s)),
  };
}

function phrases(): Compiled {
  return (bundled ??= compileHazardPhrases());
}

/** Clauses of the facts: 。；; and line breaks end one (a comma does not: 未发现隐患，但通道堵塞 is read as two parts by the negation span). */
function clauses(facts: string): string[] {
  return facts.split(/[。；;\n]+/).map((s) => s.trim()).filter(Boolean);
}

/** The first hazard phrase the facts state, negated spans (未发现违法行为) removed; undefined when none. */
export function hazardNamed(facts: string | undefined, p: Compiled = phrases()): string | undefined {
  if (!facts) return undefined;
  for (const clause of clauses(facts)) {
    let rest = clause;
    for (const n of p.negations) rest = rest.replace(n, ' ');
    for (const h of p.hazards) {
      const m = h.exec(rest);
      if (m) return m[0];
    }
  }
  return undefined;
}

/** The facts say the hazard was corrected on the spot or ordered removed (安全生产法 第六十五条第一款第（二）、（三）项). */
export function followUpStated(facts: string | undefined, p: Compiled = phrases()): boolean {
  if (!facts) return false;
  return p.followUp.some((f) => f.test(facts));
}
