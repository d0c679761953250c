// Print the closing line CI reads ("N passed, N failed") from vitest's JSON report.
import { readFileSync, existsSync } from 'node:fs';

const [file, status] = process.argv.slice(2);
let passed = 0;
let failed = 0;
if (file && existsSync(file) && readFileSync(file, 'utf8').trim()) {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed = r.numPassedTests ?? 0;
  failed = (r.numFailedTests ?? 0) + (r.numFailedTestSuites && !r.numFailedTests ? r.numFailedTestSuites : 0);
}
// the type check or build failing before vitest ran counts as a failure
if (Number(status) !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(Number(status) === 0 && failed === 0 ? 0 : 1);
