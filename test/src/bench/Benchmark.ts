/** One measured figure, printed beside the anchor it is compared with. */
export type BenchmarkRow = {
  figure: string;
  measured: string;
  anchor: string;
};

/** A benchmark: bounded in time and traffic, loopback only, and it cleans up after itself. */
export type Benchmark = {
  name: string;
  run(): Promise<BenchmarkRow[]>;
};
