// Print the closing line CI reads ("N passed, N failed") from vitest's JSON report, plus the front-door test's
// checks (scripts/front-door.mjs writes {passed, failed}) when its report and exit status are given.
import { readFileSync, existsSync } from 'node:fs';

const [file, status, frontFile, frontStatus] = process.argv.slice(2);
let passed = 0;
let failed = 0;
if (file && existsSync(file) && readFileSync(file, 'utf8').trim()) {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed = r.numPassedTests ?? 0;
  failed = (r.numFailedTests ?? 0) + (r.numFailedTestSuites && !r.numFailedTests ? r.numFailedTestSuites : 0);
}
// the type check or build failing before vitest ran counts as a failure
if (Number(status) !== 0 && failed === 0) failed = 1;
let frontOk = true;
if (frontStatus !== undefined) {
  let fp = 0;
  let ff = 0;
  if (frontFile && existsSync(frontFile) && readFileSync(frontFile, 'utf8').trim()) {
    const r = JSON.parse(readFileSync(frontFile, 'utf8'));
    fp = r.passed ?? 0;
    ff = r.failed ?? 0;
  }
  // the front-door script dying before it wrote its report counts as a failure
  if (Number(frontStatus) !== 0 && ff === 0) ff = 1;
  passed += fp;
  failed += ff;
  frontOk = Number(frontStatus) === 0 && ff === 0;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(Number(status) === 0 && frontOk && failed === 0 ? 0 : 1);
