import { defineConfig } from 'vitest/config';

// CI sets CASEAUDIT_TEST_REPORT to collect a JSON report for its "N passed, N failed" line.
const report = process.env.CASEAUDIT_TEST_REPORT;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: report ? ['default', ['json', { outputFile: report }]] : ['default'],
  },
});
