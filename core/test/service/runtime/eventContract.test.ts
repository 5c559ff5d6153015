import { describe, expect, it } from '@jest/globals';
import type { CoreEvent, EventType } from '../../../src/contract/index.js';
import { SECOND, createRuntimeHarness } from './runtimeHarness.js';

const EVERY_TYPE: EventType[] = [
  'agent.loggedIn',
  'agent.loggedOut',
  'agent.stateChanged',
  'contact.offered',
  'contact.offerTimedOut',
  'contact.offerDeclined',
  'contact.assigned',
  'contact.held',
  'contact.resumed',
  'contact.ended',
  'contact.wrapUpStarted',
  'contact.wrappedUp',
  'contact.dataUpdated',
];

describe('the events the runtime emits', () => {
  it('all pass coreEventSchema, live and stored, with contiguous seqs per stream', async () => {
    const h = createRuntimeHarness();
    const live: CoreEvent[] = [];
    await h.runtime.subscribe({
      tenantId: 't1',
      stream: 'tenant',
      afterSeq: 0,
      onEvent: (event) => live.push(event),
      onGap: () => undefined,
    });

    await h.login('a1');
    await h.login('a1'); // taken over
    await h.login('a4');
    await h.available('a1');
    await h.call();
    const first = h.contactOf('a1').interactionId;
    await h.runtime.decline('t1', 'a1', first); // back to a1, nobody else is available
    await h.advance(18 * SECOND); // RONA
    await h.available('a4');
    await h.runtime.accept('t1', 'a4', first);
    await h.advance(0);
    await h.runtime.updateCallData('t1', 'a4', first, { notes: 'hello', cardNumber: '5500000000000004' });
    await h.runtime.hold('t1', 'a4', first);
    await h.runtime.resume('t1', 'a4', first);
    await h.runtime.end('t1', 'a4', first);
    await h.advance(30 * SECOND); // automatic wrap-up
    await h.runtime.logout('t1', 'a1');

    const streams = ['tenant', 'agent:a1', 'agent:a4'];
    // Each read checks every event against coreEventSchema.
    const stored = await Promise.all(streams.map((stream) => h.events(stream)));
    for (const events of stored) {
      expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    }
    expect(new Set(stored[0]?.map((event) => event.event.type))).toEqual(new Set(EVERY_TYPE));
    expect(live).toEqual(stored[0]);
    expect(JSON.stringify(stored)).not.toContain('5500000000000004');
    expect(h.errors).toEqual([]);
  });
});
