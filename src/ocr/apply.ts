/** After import: attach OCR provenance (engine, pages, confidences) and uncertain fields to every OCR'd case. */
import type { Dataset } from '../model/types.js';
import { tr } from '../i18n.js';
import { assessOcrCase } from './assess.js';
import { unitLevelOf } from '../ingest/pdf/extract-case.js';
import type { OcrProvider } from './provider.js';

/** Mark the OCR'd cases of a dataset (in place); returns how many cases were OCR'd. */
export function applyOcrAssessment(dataset: Dataset, provider: OcrProvider): number {
  let n = 0;
  for (const c of dataset.cases) {
    const res = provider.resultFor(c.source.file);
    if (!res) continue;
    n++;
    const a = assessOcrCase(c, res.pages, res.unreadable);
    c.ocr = a.ocr;
    const corrected = Object.keys(a.corrections);
    for (const [field, value] of Object.entries(a.corrections)) {
      const before = field.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], c);
      if (JSON.stringify(before) === JSON.stringify(value)) continue;
      const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
      dataset.warnings.push({
        file: c.source.file,
        ...(a.ocr.fields?.[field] ? { page: a.ocr.fields[field]!.page } : {}),
        column: field,
        value: show(value),
        reason: tr(`OCR：${field} 取多数文书一致或校验通过的读数 ${show(value)}（未取 ${show(before)}）`, `OCR: ${field} taken as ${show(value)}, the reading most documents agree on or that passes its check (not ${show(before)})`),
      });
      if (field === 'officers') c.officers = value as NonNullable<typeof c.officers>;
      else if (field === 'unit') {
        delete c.unitLevel;
        delete c.city;
        Object.assign(c, { unit: value as string }, unitLevelOf(value as string));
      }
      else {
        const key = field.replace(/^party\./, '') as 'name' | 'creditCode';
        c.party = { ...c.party, [key]: value as string };
      }
    }
    const uncertain = [...new Set([...(c.uncertainFields ?? []).filter((f) => !corrected.includes(f)), ...a.uncertainFields])].sort();
    if (uncertain.length) c.uncertainFields = uncertain;
    else delete c.uncertainFields;
    for (const page of res.unreadable) {
      dataset.warnings.push({
        file: c.source.file,
        page,
        reason: tr(`第 ${page} 页扫描件无法可靠识别（OCR 置信度过低），需人工审阅`, `page ${page}: the scan could not be read reliably (low OCR confidence); review it by hand`),
      });
    }
    for (const f of a.uncertainFields) {
      const at = a.ocr.fields?.[f];
      dataset.warnings.push({
        file: c.source.file,
        ...(at ? { page: at.page } : {}),
        column: f,
        reason: tr(`OCR 无法确认 ${f}${at ? `（置信度 ${at.confidence}）` : ''}：相关规则将标记为“未检查（OCR 不确定）”`, `OCR could not confirm ${f}${at ? ` (confidence ${at.confidence})` : ''}: rules that need it report "not checked (OCR uncertain)"`),
      });
    }
  }
  return n;
}
