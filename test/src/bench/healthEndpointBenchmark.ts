import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, startCore } from '@patchbay/core';
import type { Benchmark } from './Benchmark.js';

const DURATION_SECONDS = 5;
const CONNECTIONS = 10;

/**
 * Raw request capacity of the core's HTTP stack on loopback (`GET /health`), the ceiling every
 * REST command shares. Compared with the API rate limits the peers grant one token.
 */
export const healthEndpointBenchmark: Benchmark = {
  name: 'core HTTP baseline',
  async run() {
    const dataDir = mkdtempSync(join(tmpdir(), 'patchbay-bench-'));
    const core = await startCore({
      config: {
        host: '127.0.0.1',
        port: 0,
        logLevel: 'silent',
        dataDir,
        tokenSecret: undefined,
        adminPassword: undefined,
      },
      version: 'bench',
      logger: createLogger('silent'),
    });
    try {
      const result = await autocannon({
        url: `${core.baseUrl}/health`,
        connections: CONNECTIONS,
        duration: DURATION_SECONDS,
      });
      if (result.non2xx > 0 || result.errors > 0) {
        throw new Error(`GET /health failed ${result.non2xx + result.errors} times during the benchmark`);
      }
      return [
        {
          figure: `GET /health throughput (${CONNECTIONS} connections, ${DURATION_SECONDS} s)`,
          measured: `${Math.round(result.requests.average).toLocaleString('en-US')} req/s`,
          anchor:
            'Genesys API 300 req/min per token (5 req/s); Amazon Connect 2 req/s (burst 5); our target 50 req/s per token',
        },
        {
          figure: 'GET /health latency p50 / p99',
          measured: `${result.latency.p50} ms / ${result.latency.p99} ms`,
          anchor: 'event delivery goal p99 ≤ 50 ms on a LAN (routing-anchors §8)',
        },
      ];
    } finally {
      await core.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
