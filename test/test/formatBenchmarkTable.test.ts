import { describe, expect, it } from '@jest/globals';
import { formatBenchmarkTable } from '../src/bench/formatBenchmarkTable.js';

describe('formatBenchmarkTable', () => {
  it('aligns figures, measurements and anchors in a Markdown table', () => {
    expect(
      formatBenchmarkTable([
        { figure: 'throughput', measured: '12,000 req/s', anchor: '5 req/s' },
        { figure: 'p99', measured: '2 ms', anchor: '≤ 50 ms' },
      ]),
    ).toBe(
      [
        '| figure     | Patchbay (measured) | anchor  |',
        '| ---------- | ------------------- | ------- |',
        '| throughput | 12,000 req/s        | 5 req/s |',
        '| p99        | 2 ms                | ≤ 50 ms |',
      ].join('\n'),
    );
  });
});
