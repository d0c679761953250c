#!/usr/bin/env node
/**
 * Generate the bundled samples (npm run samples): a synthetic Jiangxi province as canonical JSON, the planted
 * defects (expected.json) and the same records as Excel exports. Deterministic: same seed → same bytes.
 * Usage: node scripts/generate-samples.mjs [OUT_DIR]   (default: samples/)
 */
import path from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { makeRng } from './samples/rng.mjs';
import { buildUnits } from './samples/units.mjs';
import { buildOfficerPools, unitParty } from './samples/people.mjs';
import { buildCases } from './samples/build-cases.mjs';
import { buildSchemes } from './samples/schemes.mjs';
import { addInspectionRecords } from './samples/inspection-records.mjs';
import { casesWorkbook, schemesWorkbook } from './samples/xlsx-cases.mjs';
import { shuanggongshiWorkbook } from './samples/xlsx-shuanggongshi.mjs';

export const SEED = 'caseaudit-samples-2025';
const FIXED = new Date(Date.UTC(2025, 11, 31, 0, 0, 0));
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Build the dataset and the expected findings from the seed. */
export function buildSamples(seed = SEED) {
  const rng = makeRng(seed);
  const units = buildUnits();
  const usedPeople = new Set();
  const ctx = { rng, units, usedPeople, usedCompanies: new Set(), usedCodes: new Set() };
  ctx.pools = buildOfficerPools(rng, units, usedPeople);
  ctx.companyFor = (unit, industry) => unitParty(ctx, unit, industry).name;
  const { cases, expected: caseExp } = buildCases(ctx);
  const { schemes, expected: schemeExp } = buildSchemes(ctx);
  // the inspection records' 三位一体 / 互联网+监管 / 计划内 columns, from a stream of their own
  addInspectionRecords(makeRng(`${seed}/inspection`), cases, schemes, caseExp, usedPeople);
  return { units, dataset: { schemaVersion: 1, cases, schemes, rejects: [], warnings: [] }, expected: { cases: caseExp, schemes: schemeExp } };
}

/** An xlsx buffer with fixed timestamps (docProps and zip entries), so the bytes never change. */
async function xlsxBuffer(fill) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'caseaudit samples';
  wb.created = FIXED;
  wb.modified = FIXED;
  fill(wb);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.forEach((_, f) => { f.date = FIXED; });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

async function main(outDir) {
  const { units, dataset, expected } = buildSamples();
  const json = (x) => `${JSON.stringify(x, null, 2)}\n`;
  const write = (rel, data) => {
    const f = path.join(outDir, rel);
    mkdirSync(path.dirname(f), { recursive: true });
    writeFileSync(f, data);
  };
  write('json/province.json', json(dataset));
  write('expected.json', json(expected));
  const regionOf = (name) => units.find((u) => u.name === name).region;
  // the spreadsheets draw their messy cells from their own streams, so editing one never changes the others
  write('xlsx/cases.xlsx', await xlsxBuffer(casesWorkbook(makeRng(`${SEED}/cases.xlsx`), dataset.cases)));
  write('xlsx/schemes.xlsx', await xlsxBuffer(schemesWorkbook(makeRng(`${SEED}/schemes.xlsx`), dataset.schemes)));
  write('xlsx/shuanggongshi-2025.xlsx', await xlsxBuffer(shuanggongshiWorkbook(makeRng(`${SEED}/shuanggongshi`), dataset.cases, regionOf)));
  const defective = Object.values(expected.cases).filter((r) => r.length).length;
  process.stderr.write(`samples: ${dataset.cases.length} case files (${defective} with planted defects), ${dataset.schemes.length} schemes → ${outDir}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(path.resolve(process.argv[2] ?? path.join(root, 'samples')));
}
