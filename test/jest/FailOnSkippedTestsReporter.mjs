// A jest reporter that turns skipped, todo and focused-away tests into a failed run: a test that
// did not run proves nothing, so `npm test` must not pass with one. It also prints the closing
// summary line CI reads, `Tests: N passed, N failed, N skipped`, as the very last line: jest adds its
// own summary reporter after every custom one, so the line waits for the process to exit.

/** @implements {import('@jest/reporters').Reporter} */
export default class FailOnSkippedTestsReporter {
  /** @type {Error | undefined} */
  #error;
  /** @type {boolean} */
  #filteredByName;

  /** @param {import('@jest/types').Config.GlobalConfig} globalConfig */
  constructor(globalConfig) {
    // `jest -t <pattern>` marks every other test as skipped; that is a developer's filter, not a
    // skipped test. CI never passes one.
    this.#filteredByName = Boolean(globalConfig.testNamePattern);
  }

  /** @param {unknown} _contexts @param {import('@jest/reporters').AggregatedResult} results */
  onRunComplete(_contexts, results) {
    const skipped = [];
    for (const file of results.testResults) {
      for (const test of file.testResults) {
        if (
          test.status === 'pending' ||
          test.status === 'todo' ||
          test.status === 'skipped' ||
          test.status === 'disabled'
        ) {
          skipped.push(`${file.testFilePath}: ${test.fullName} (${test.status})`);
        }
      }
    }
    if (skipped.length > 0 && !this.#filteredByName) {
      this.#error = new Error(`${skipped.length} test(s) did not run:\n  ${skipped.join('\n  ')}`);
      process.stderr.write(`\n${this.#error.message}\n`);
    }
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `\nTests: ${results.numPassedTests} passed, ${failed} failed, ${skipped.length} skipped\n`;
    process.once('exit', () => process.stdout.write(line));
  }

  getLastError() {
    return this.#error;
  }
}
