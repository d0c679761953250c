/**
 * The one RuleTester of checklist rules and scheme rules (the ESLint shape): each rule lists valid cases (pass),
 * invalid cases (fail with exactly these message ids) and not-checkable cases (not checked, with a reason). A suite
 * builds one tester for its subject (case file, scheme) and feeds it a case list per rule.
 */
import { describe, it, expect } from 'vitest';
import type { LocalText } from '../../src/i18n.js';
import { verdictOf, type RuleHitBase, type RuleMetaBase, type RuleOf, type RuleOutcomeOf } from '../../src/model/rule.js';

/** One case: a name and whatever the suite patches its clean subject with. */
export interface RuleCase {
  name: string;
}

/** A rule's cases, by the verdict expected. */
export interface RuleCases<K extends RuleCase> {
  valid: K[];
  invalid: (K & { messageIds: string[] })[];
  notCheckable: K[];
}

/** How a suite turns a case into the subject and the context (undefined = the clean subject, default context). */
export interface RuleTesterConfig<S, C, K extends RuleCase> {
  /** the rule kind, for test names ("rule", "scheme rule") */
  kind: string;
  subject(c: K | undefined): S;
  context(c: K | undefined): C;
  /** subjects every rule of this kind must report as not checked (e.g. an unread scan) */
  alwaysNotCheckable?: { name: string; subject: () => S }[];
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The {placeholder} names of a message text. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

function bilingual(t: LocalText | undefined): boolean {
  return !!t && t.zh.trim().length > 0 && t.en.trim().length > 0;
}

/** Runs rules of one kind over their cases. */
export class RuleTester<S, C, K extends RuleCase> {
  constructor(private readonly config: RuleTesterConfig<S, C, K>) {}

  /** The outcome of the rule on one case (or on the clean subject). */
  outcome<H extends RuleHitBase>(rule: RuleOf<S, C, RuleMetaBase, H>, c?: K): RuleOutcomeOf<H> {
    return rule.check(this.config.subject(c), this.config.context(c));
  }

  /** One describe block per rule: meta, the clean subject, then every case. */
  run<H extends RuleHitBase>(rule: RuleOf<S, C, RuleMetaBase, H>, cases: RuleCases<K>, clean?: K): void {
    const { kind } = this.config;
    describe(`${kind} ${rule.meta.id}`, () => {
      it('declares its id, basis, description and bilingual messages', () => {
        expect(rule.meta.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
        expect(rule.meta.basis.trim().length).toBeGreaterThan(3);
        expect(bilingual(rule.meta.description)).toBe(true);
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
        for (const [id, m] of Object.entries(rule.meta.messages)) {
          expect(bilingual(m), id).toBe(true);
        }
      });
      it('passes the clean subject', () => expect(this.outcome(rule, clean)).toEqual([]));
      for (const c of cases.valid) {
        it(`valid: ${c.name}`, () => expect(this.outcome(rule, c)).toEqual([]));
      }
      for (const c of cases.invalid) {
        it(`invalid: ${c.name}`, () => {
          const out = this.outcome(rule, c);
          expect(verdictOf(out), JSON.stringify(out)).toBe('fail');
          const hits = out as H[];
          expect(hits.map((h) => h.messageId)).toEqual(c.messageIds);
          for (const h of hits) {
            const template = rule.meta.messages[h.messageId];
            expect(template, h.messageId).toBeDefined();
            // every {placeholder} of the message gets a value: no "{count}" reaches a report
            const given = Object.keys(h.params ?? {});
            for (const p of placeholders(`${template!.zh} ${template!.en}`)) expect(given, `${h.messageId}: {${p}}`).toContain(p);
            if (h.basis !== undefined) expect(h.basis.trim()).not.toBe('');
          }
        });
      }
      for (const c of cases.notCheckable) {
        it(`not checkable: ${c.name}`, () => {
          const out = this.outcome(rule, c);
          expect(verdictOf(out), JSON.stringify(out)).toBe('not-checked');
          expect(bilingual((out as { notChecked: LocalText }).notChecked)).toBe(true);
        });
      }
      for (const a of this.config.alwaysNotCheckable ?? []) {
        it(`not checkable: ${a.name}`, () => {
          const out = rule.check(a.subject(), this.config.context(undefined));
          expect(verdictOf(out), JSON.stringify(out)).toBe('not-checked');
        });
      }
    });
  }
}
