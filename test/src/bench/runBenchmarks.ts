import type { Benchmark, BenchmarkRow } from './Benchmark.js';
import { formatBenchmarkTable } from './formatBenchmarkTable.js';
import { bridgeBenchmark } from './bridgeBenchmark.js';
import { coreRoutingBenchmark } from './coreRoutingBenchmark.js';
import { desktopBenchmark } from './desktopBenchmark.js';
import { healthEndpointBenchmark } from './healthEndpointBenchmark.js';
import { routingEngineBenchmark } from './routingEngineBenchmark.js';

// Entry point of `npm run bench`: every benchmark, measured in one run, printed with its anchors.
const allBenchmarks: readonly Benchmark[] = [
  healthEndpointBenchmark,
  routingEngineBenchmark,
  coreRoutingBenchmark,
  bridgeBenchmark,
  desktopBenchmark,
];

// `npm run bench:core` passes `core` (`bench:bridge`, `bridge`; `bench:desktop`, `desktop`): only the benchmarks whose name mentions it.
const filter = process.argv[2];
const benchmarks = filter ? allBenchmarks.filter((benchmark) => benchmark.name.includes(filter)) : allBenchmarks;

const rows: BenchmarkRow[] = [];
for (const benchmark of benchmarks) {
  process.stderr.write(`running ${benchmark.name}…\n`);
  rows.push(...(await benchmark.run()));
}
process.stdout.write(`Patchbay benchmarks (Node ${process.version}, ${process.platform}/${process.arch})\n\n`);
process.stdout.write(`${formatBenchmarkTable(rows)}\n`);
