/** Types for case-pdf.mjs (used by tests). */
export interface CaseSpec {
  id: string;
  unit: string;
  party: { name: string; creditCode: string; address: string };
  facts: string;
  violatedArticles: string[];
  penaltyArticles: string[];
  fine: number;
  officers: { name: string; certNo: string }[];
  dates: { filed: string; notified: string; decided: string; served: string };
}
export const CJK_FONT: string;
export function daxie(n: number): string;
export function makeCaseSpec(i: number, seed?: string): CaseSpec;
export function casePages(c: CaseSpec): { title: string; lines: string[] }[];
export function writeCasePdf(c: CaseSpec, file: string): Promise<void>;
