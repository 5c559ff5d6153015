import { afterEach, describe, expect, it } from '@jest/globals';
import type { WidgetCommand } from '../../src/commands/WidgetCommand.js';
import { createMemoryOutbox } from '../../src/outbox/createMemoryOutbox.js';
import { activityCreate, type ActivityCommand } from '../outbox/support/sampleCommands.js';
import { FakeCrm, type CrmFault } from './support/FakeCrm.js';
import { seededRandom } from './support/seededRandom.js';
import { flush, startBridge } from './support/startBridge.js';
import { startExecutor } from './support/startExecutor.js';

const SEED = 20_240_611;
const INTERACTIONS = 1_000;
const FAULTS: readonly CrmFault[] = ['refuseRetryable', 'writeThenRefuse', 'writeThenHang', 'hang', 'refuseFatal'];

const bridges: { destroy(): void }[] = [];
afterEach(() => {
  for (const bridge of bridges.splice(0)) bridge.destroy();
});

const activityUpdate = (interactionId: string): ActivityCommand => ({
  ...activityCreate(interactionId, 'activity-update'),
  params: { ...activityCreate(interactionId).params, disposition: 'Resolved' },
  activityFrom: `${interactionId}:activity`,
});

describe('createCommandExecutor under random faults', () => {
  it(`writes every activity of ${INTERACTIONS} interactions exactly once`, async () => {
    const random = seededRandom(SEED);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const crm = new FakeCrm();
    // One call in four misbehaves; a refusal for good is rarer, as in a CRM.
    crm.nextFault = () => {
      if (random() >= 0.25) return undefined;
      const fault = pick(FAULTS);
      return fault === 'refuseFatal' && random() < 0.8 ? 'refuseRetryable' : fault;
    };
    const bridge = await startBridge(crm);
    bridges.push(bridge);
    const outbox = createMemoryOutbox({ now: bridge.timers.now });
    const { executor, stuck, errors, feedback } = startExecutor(bridge, outbox, {
      random,
      retry: { baseMs: 500, maxMs: 4_000, maxAttempts: 6 },
    });
    executor.resume();

    // Each interaction plans a create and later an update; some batches are planned again
    // (a replayed event, a second tab), and the CRM page reloads now and then.
    const batches: WidgetCommand[][] = [];
    for (let index = 0; index < INTERACTIONS; index++) {
      const interactionId = `i-${index}`;
      batches.push([activityCreate(interactionId)], [activityCreate(interactionId), activityUpdate(interactionId)]);
      if (random() < 0.3) batches.push([activityCreate(interactionId), activityUpdate(interactionId)]);
    }
    const settle = () => Promise.race([executor.idle(), flush(20)]);

    let round = 0;
    for (; round < 5_000; round++) {
      for (const batch of batches.splice(0, 40)) void executor.run(batch);
      if (random() < 0.02) await bridge.reloadShell();
      await settle();
      // The agent presses retry on whatever got stuck.
      for (const entry of stuck.splice(0)) await executor.retry(entry.key);
      bridge.timers.advance(2_500);
      await settle();
      if (batches.length === 0 && (await outbox.listPending()).length === 0 && stuck.length === 0) break;
    }

    expect(round).toBeLessThan(5_000);
    expect(errors).toEqual([]);
    expect(crm.createsByKey.size).toBe(INTERACTIONS);
    expect([...crm.createsByKey.values()].every((count) => count === 1)).toBe(true);
    expect(await outbox.listFailed()).toEqual([]);
    // Every update reached the activity its own create made.
    for (let index = 0; index < INTERACTIONS; index++) {
      const entry = await outbox.get(`i-${index}:activity`);
      const activityId = (entry?.result as { activityId: string }).activityId;
      expect(crm.activities.get(activityId)?.idempotencyKey).toBe(`i-${index}:activity`);
      expect(crm.activities.get(activityId)?.updates).toBeGreaterThanOrEqual(1);
    }
    expect(feedback.filter((event) => event.kind === 'activitySaved').length).toBe(2 * INTERACTIONS);
  });
});
