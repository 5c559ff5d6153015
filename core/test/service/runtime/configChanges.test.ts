import { describe, expect, it } from '@jest/globals';
import { CUSTOMER, FIXTURES, SECOND, START, createRuntimeHarness } from './runtimeHarness.js';

const at = (seconds: number) => START + seconds * SECOND;
const SUPPORT_NUMBER = '+390212349999';

/** A support queue: team `support` at once, team `sales` after 30 s, dropped after 60 s. */
const supportQueue = {
  id: 'support',
  name: 'Support',
  routing: { strategy: 'longest-available-agent' },
  distribution: [
    { teamIds: ['support'], afterSeconds: 0 },
    { teamIds: ['sales'], afterSeconds: 30 },
  ],
  maxWaitSeconds: 60,
  defaultPriority: 3,
};
const supportLine = {
  id: 'support-line',
  name: 'Support line',
  numbers: [SUPPORT_NUMBER],
  flow: { type: 'queue', queueId: 'support' },
};

describe('configuration changes', () => {
  it('routes to a queue created while the tenant runs, widening to the next team on time', async () => {
    const h = createRuntimeHarness();
    await h.login('a1');
    await h.available('a1');
    h.config.put('t1', 'queues', supportQueue);
    h.config.put('t1', 'entryPoints', supportLine);
    await h.settle();
    await h.call({ dnis: SUPPORT_NUMBER });
    expect(h.runtime.listContacts('t1')).toMatchObject([{ state: 'queued', queueId: 'support' }]);
    await h.advance(30 * SECOND - 1);
    expect(h.runtime.listAgentContacts('t1', 'a1')).toEqual([]);
    await h.advance(1);
    expect(h.contactOf('a1')).toMatchObject({ state: 'offered', queueId: 'support', entryPointId: 'support-line' });
    expect((await h.events('agent:a1')).at(-2)?.time).toBe(at(30));
  });

  it('ends a contact that waits longer than its queue allows, and records it', async () => {
    const h = createRuntimeHarness({
      fixtures: {
        t1: {
          ...FIXTURES['t1'],
          queues: [supportQueue],
          entryPoints: [supportLine],
        },
      },
    });
    const leg = await h.call({ dnis: SUPPORT_NUMBER });
    const [contact] = h.runtime.listContacts('t1');
    if (!contact) throw new Error('no contact');
    await h.advance(30 * SECOND); // the sales team joins the search: nobody is available
    await h.advance(30 * SECOND - 1);
    expect(h.runtime.listContacts('t1')).toHaveLength(1);
    await h.advance(1);
    expect(h.runtime.listContacts('t1')).toEqual([]);
    expect(h.telephony.getLeg(leg.id)).toMatchObject({ state: 'ended', endReason: 'hangup-local' });
    expect((await h.events('tenant')).map((event) => event.event)).toMatchObject([
      { type: 'contact.ended', endedBy: 'system' },
    ]);
    expect(await h.document('interaction', contact.interactionId)).toMatchObject({
      ani: CUSTOMER,
      outcome: 'timedOut',
      endedBy: 'system',
      endedAt: at(60),
      segments: [{ kind: 'queue', queueId: 'support', startedAt: at(0), endedAt: at(60) }],
    });
    expect(h.errors).toEqual([]);
  });

  it("applies a logged-in agent's new team at once", async () => {
    const h = createRuntimeHarness();
    await h.login('a1');
    await h.available('a1');
    h.config.put('t1', 'users', { id: 'a1', name: 'Ada', roles: ['agent'], teamId: 'support' });
    await h.settle();
    expect(h.runtime.getSession('t1', 'a1')?.teamId).toBe('support');
    await h.call();
    expect(h.runtime.listAgentContacts('t1', 'a1')).toEqual([]);
    h.config.put('t1', 'users', { id: 'a1', name: 'Ada', roles: ['agent'], teamId: 'sales' });
    await h.settle();
    expect(h.contactOf('a1').state).toBe('offered');
  });

  it('stops routing to a deleted queue once it is empty, and hangs up its calls', async () => {
    const h = createRuntimeHarness();
    await h.login('a1');
    h.config.remove('t1', 'queues', 'sales');
    await h.settle();
    const leg = await h.call();
    expect(h.telephony.getLeg(leg.id).state).toBe('ended');
    expect(h.errors.map((error) => error.during)).toEqual(['inbound call']);
  });
});
