import type { Benchmark, BenchmarkRow } from './Benchmark.js';
import { formatBenchmarkTable } from './formatBenchmarkTable.js';
import { healthEndpointBenchmark } from './healthEndpointBenchmark.js';
import { routingEngineBenchmark } from './routingEngineBenchmark.js';

// Entry point of `npm run bench`: every benchmark, measured in one run, printed with its anchors.
const benchmarks: readonly Benchmark[] = [healthEndpointBenchmark, routingEngineBenchmark];

const rows: BenchmarkRow[] = [];
for (const benchmark of benchmarks) {
  process.stderr.write(`running ${benchmark.name}…\n`);
  rows.push(...(await benchmark.run()));
}
process.stdout.write(`Patchbay benchmarks (Node ${process.version}, ${process.platform}/${process.arch})\n\n`);
process.stdout.write(`${formatBenchmarkTable(rows)}\n`);
