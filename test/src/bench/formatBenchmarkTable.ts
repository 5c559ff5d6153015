import type { BenchmarkRow } from './Benchmark.js';

/** Renders rows as a Markdown table: figure, measured value and anchor side by side. */
export function formatBenchmarkTable(rows: readonly BenchmarkRow[]): string {
  const header: BenchmarkRow = { figure: 'figure', measured: 'Patchbay (measured)', anchor: 'anchor' };
  const all = [header, ...rows];
  const width = (key: keyof BenchmarkRow) => Math.max(...all.map((row) => row[key].length));
  const widths = { figure: width('figure'), measured: width('measured'), anchor: width('anchor') };
  const line = (row: BenchmarkRow) =>
    `| ${row.figure.padEnd(widths.figure)} | ${row.measured.padEnd(widths.measured)} | ${row.anchor.padEnd(widths.anchor)} |`;
  const rule = `| ${'-'.repeat(widths.figure)} | ${'-'.repeat(widths.measured)} | ${'-'.repeat(widths.anchor)} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
