/**
 * Prints "N passed, N failed" from the Vitest and Playwright JSON reports given as arguments, for CI.
 * A report that is missing (its runner never ran) counts as one failure, so a broken run never looks green.
 */
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.error(`${file}: missing (that test runner did not finish)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if ('numPassedTests' in report) {
    // Vitest (Jest-compatible JSON).
    passed += report.numPassedTests;
    failed +=
      report.numFailedTests +
      (report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0 ? 1 : 0);
  } else {
    // Playwright: stats.expected = passed, unexpected + flaky = failed.
    passed += report.stats.expected;
    failed += report.stats.unexpected + report.stats.flaky;
    if (report.errors?.length) failed += report.errors.length;
  }
}
console.log(`${passed} passed, ${failed} failed`);
