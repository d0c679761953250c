import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readPdfMany } from '../../src/ingest/pdf/read-pdf.js';
import { formatArticleRef, parseArticleRefs } from '../../src/ingest/normalize/articles.js';
import type { CaseFile, Dataset } from '../../src/model/types.js';

const SAMPLES = path.resolve('samples');
const province = JSON.parse(readFileSync(path.join(SAMPLES, 'json', 'province.json'), 'utf8')) as Dataset;
const index = {
  files: readFileSync(path.join(SAMPLES, 'pdf', 'index.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => {
    const [file, id, , scanned] = l.split('\t');
    return { file: file!, id: id!, scanned: scanned === 'yes' };
  }),
};
const arts = (a?: string[]) => (a ?? []).flatMap((x) => parseArticleRefs(x).map(formatArticleRef));

/** The key fields a reviewer checks, in comparable form; dates only for the documents the PDF holds. */
function key(c: CaseFile, docs: string[]) {
  const dateDocs: Record<string, string> = { filed: '立案审批表', notified: '行政处罚告知书', hearingNotified: '听证告知书', legalReview: '法制审核意见', collectiveDiscussion: '集体讨论记录', decided: '行政处罚决定书', served: '文书送达回执', reinspected: '整改复查意见书', paid: '罚款收据', closed: '结案审批表', rectificationDeadline: '责令限期整改指令书' };
  const dates = Object.fromEntries(Object.entries(c.dates ?? {}).filter(([k]) => dateDocs[k] && docs.includes(dateDocs[k]!)));
  return {
    id: c.id,
    unit: c.unit,
    party: c.party?.name,
    creditCode: c.party?.creditCode,
    fine: c.type === 'penalty' ? c.fine : undefined,
    violated: c.type === 'penalty' ? arts(c.violatedArticles) : [],
    penalty: c.type === 'penalty' ? arts(c.penaltyArticles) : [],
    officers: (c.officers ?? []).map((o) => `${o.name}/${o.certNo ?? ''}`),
    dates,
  };
}

describe('sample case-file PDFs', async () => {
  const files = index.files.map((f) => path.join(SAMPLES, 'pdf', f.file));
  const results = await readPdfMany(files, { jobs: 2 });

  it('each text PDF imports with the same key fields as its JSON record', () => {
    let compared = 0;
    index.files.forEach((f, i) => {
      if (f.scanned) return;
      const got = results[i]!.cases[0]!;
      const want = province.cases.find((c) => c.id === f.id)!;
      const docs = (got.documents ?? []).map((d) => d.title);
      expect(results[i]!.status, f.file).toBe('ok');
      expect(key({ ...got, type: want.type }, docs), f.file).toEqual(key(want, docs));
      compared++;
    });
    expect(compared).toBe(20);
  });

  it('the scanned sample imports as needs-ocr with every page listed', () => {
    const i = index.files.findIndex((f) => f.scanned);
    expect(results[i]!.status).toBe('needs-ocr');
    expect(results[i]!.cases[0]!.needsOcrPages).toHaveLength(results[i]!.cases[0]!.source.pages!.length);
  });
});
