import type { DurableCrmCommand } from '../../../src/outbox/OutboxEntry.js';

/** A durable `saveActivity` command. */
export type ActivityCommand = Extract<DurableCrmCommand, { method: 'saveActivity' }>;

/** A durable activity create for `interactionId`, keyed `<interactionId>:<kind>`. */
export function activityCreate(interactionId: string, kind = 'activity'): ActivityCommand {
  return {
    target: 'crm',
    method: 'saveActivity',
    params: {
      idempotencyKey: `${interactionId}:${kind}`,
      interactionId,
      subject: `Call ${interactionId}`,
      direction: 'inbound',
      startedAt: 1_700_000_000_000,
    },
    durable: { key: `${interactionId}:${kind}` },
  };
}
