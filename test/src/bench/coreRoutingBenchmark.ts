import {
  createConfigService,
  createContactCenterRuntime,
  createSimulatedTelephony,
  createSqliteStore,
  createSystemScheduler,
  toRuntimeConfig,
} from '@patchbay/core';
import type { CoreEvent } from '@patchbay/core/contract';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile } from './percentile.js';
import type { Benchmark } from './Benchmark.js';

const AGENTS = 10_000;
const QUEUES = 200;
const TEAMS = 50;
const SKILLS = 20;
const SKILLS_PER_AGENT = 5;
const ARRIVALS_PER_SECOND = 1_000;
const PACED_SECONDS = 5;
const BURST = 3_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The tenant, through the whole runtime on the embedded SQLite store: 10,000 logged-in
 * agents, 200 skill queues, simulated calls arriving at 1,000/s. A routing decision here is an
 * offer that has been committed durably (documents + events) and delivered to subscribers.
 */
export const coreRoutingBenchmark: Benchmark = {
  name: 'core routing, end to end',
  async run() {
    const dataDir = mkdtempSync(join(tmpdir(), 'patchbay-bench-core-'));
    const scheduler = createSystemScheduler();
    const store = createSqliteStore({ directory: dataDir });
    const config = createConfigService({ store });
    const telephony = createSimulatedTelephony({ scheduler });
    const runtime = createContactCenterRuntime({ store, config: toRuntimeConfig(config), telephony, scheduler });
    try {
      const tenantId = 'bench';
      await config.ensureBootstrap({
        tenantId,
        tenantName: 'Bench',
        adminId: 'admin',
        adminName: 'Admin',
        adminPassword: 'bench admin password',
      });
      await config.create(tenantId, 'desktopProfiles', { id: 'bench', name: 'Bench', ronaTimeoutSeconds: 600 });
      await config.create(tenantId, 'sites', { id: 'site', name: 'Site' });
      for (let team = 0; team < TEAMS; team++)
        await config.create(tenantId, 'teams', { id: `team${team}`, name: `Team ${team}`, siteId: 'site' });
      for (let queue = 0; queue < QUEUES; queue++) {
        await config.create(tenantId, 'queues', {
          id: `queue${queue}`,
          name: `Queue ${queue}`,
          routing: {
            strategy: 'skills',
            selection: queue % 2 === 0 ? 'best-available-agent' : 'longest-available-agent',
            requirements: [{ skill: `skill${queue % SKILLS}`, minProficiency: 3 }],
          },
          distribution: [
            { teamIds: Array.from({ length: 20 }, (_, t) => `team${(queue + t) % TEAMS}`), afterSeconds: 0 },
          ],
        });
        await config.create(tenantId, 'entryPoints', {
          id: `ep${queue}`,
          name: `Entry ${queue}`,
          numbers: [`+3902${String(queue).padStart(8, '0')}`],
          flow: { type: 'queue', queueId: `queue${queue}` },
        });
      }
      for (let agent = 0; agent < AGENTS; agent++) {
        const skills: Record<string, number> = {};
        for (let s = 0; s < SKILLS_PER_AGENT; s++) skills[`skill${(agent + s * 4) % SKILLS}`] = 3 + ((agent + s) % 8);
        await config.create(tenantId, 'users', {
          id: `agent${agent}`,
          name: `Agent ${agent}`,
          roles: ['agent'],
          teamId: `team${agent % TEAMS}`,
          skills,
          desktopProfileId: 'bench',
        });
      }

      const heapBefore = heapAfterGc();
      for (let agent = 0; agent < AGENTS; agent++) {
        await runtime.stationLogin(tenantId, `agent${agent}`, { dialNumber: String(10_000 + agent) });
        await runtime.setAgentState(tenantId, `agent${agent}`, { state: 'Available' });
      }
      const bytesPerAgent = (heapAfterGc() - heapBefore) / AGENTS;

      const placedAt = new Map<string, number>();
      const latencies: number[] = [];
      let offers = 0;
      const subscription = await runtime.subscribe({
        tenantId,
        stream: 'tenant',
        afterSeq: Number.MAX_SAFE_INTEGER,
        onGap: () => undefined,
        onEvent: (event: CoreEvent) => {
          if (event.event.type !== 'contact.offered') return;
          offers++;
          const placed = placedAt.get(event.event.contact.ani);
          if (placed !== undefined) latencies.push(performance.now() - placed);
        },
      });
      let caller = 0;
      const place = () => {
        const ani = `+39333${String(caller++).padStart(7, '0')}`;
        placedAt.set(ani, performance.now());
        telephony.placeInboundCall({ tenantId, ani, dnis: `+3902${String(caller % QUEUES).padStart(8, '0')}` });
      };

      // Paced: 1,000 arrivals per second, in 10 ms slices, measuring enqueue → offer latency.
      const pacedEnd = performance.now() + PACED_SECONDS * 1000;
      while (performance.now() < pacedEnd) {
        const sliceStart = performance.now();
        for (let i = 0; i < ARRIVALS_PER_SECOND / 100; i++) place();
        await sleep(Math.max(0, 10 - (performance.now() - sliceStart)));
      }
      await waitFor(
        () => offers >= caller,
        30_000,
        () => `${offers} offers of ${caller} calls`,
      );
      const sorted = [...latencies].sort((a, b) => a - b);

      // Burst: as many arrivals as possible, to find the decision rate the runtime sustains.
      const offersBefore = offers;
      const burstStart = performance.now();
      for (let i = 0; i < BURST; i++) place();
      await waitFor(() => offers - offersBefore >= BURST, 60_000);
      const decisionsPerSecond = BURST / ((performance.now() - burstStart) / 1000);
      subscription.close();

      const format = (value: number, unit: string) =>
        `${value.toLocaleString('en-US', { maximumFractionDigits: 1 })} ${unit}`;
      return [
        {
          figure: `routing decisions/s incl. durable write + event (burst of ${BURST})`,
          measured: format(decisionsPerSecond, '/s'),
          anchor: 'target ≥ 5,000/s; ~83 arrivals/s for the largest documented tenant',
        },
        {
          figure: `enqueue → offer latency p50 / p99 (${ARRIVALS_PER_SECOND}/s for ${PACED_SECONDS} s)`,
          measured: `${format(percentile(sorted, 50), 'ms')} / ${format(percentile(sorted, 99), 'ms')}`,
          anchor: 'target p99 ≤ 20 ms (routing-anchors goal p99 ≤ 50 ms)',
        },
        {
          figure: `memory per logged-in agent (${AGENTS.toLocaleString('en-US')} agents)`,
          measured: format(bytesPerAgent / 1024, 'KB'),
          anchor: 'target ≤ 50 KB',
        },
      ];
    } finally {
      await runtime.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};

async function waitFor(done: () => boolean, timeoutMs: number, progress?: () => string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline) throw new Error(`benchmark timed out waiting for offers (${progress?.() ?? ''})`);
    await sleep(5);
  }
}

function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  return process.memoryUsage().heapUsed;
}
