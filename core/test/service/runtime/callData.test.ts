import { describe, expect, it } from '@jest/globals';
import { createRuntimeHarness, expectServiceError, type RuntimeHarness } from './runtimeHarness.js';

const CARD = '4111111111111111';
const NEW_CARD = '5500000000000004';

async function connected(h: RuntimeHarness, callAssociatedData?: Record<string, string>) {
  await h.login('a1');
  await h.available('a1');
  await h.call(callAssociatedData ? { callAssociatedData } : {});
  const { interactionId } = h.contactOf('a1');
  await h.runtime.accept('t1', 'a1', interactionId);
  await h.advance(0);
  return interactionId;
}

/** Everything the store holds for tenant t1, as text. */
async function storedText(h: RuntimeHarness): Promise<string> {
  const documents = await Promise.all(
    ['agentSession', 'contact', 'interaction'].map((kind) => h.store.listDocuments('t1', kind)),
  );
  const streams = await Promise.all(['tenant', 'agent:a1'].map((stream) => h.store.readEvents('t1', stream, 0, 1000)));
  return JSON.stringify([documents, streams]);
}

describe('call-associated data', () => {
  it('lets the owning agent change editable variables, with a dataUpdated event', async () => {
    const h = createRuntimeHarness();
    const interactionId = await connected(h);
    const updated = await h.runtime.updateCallData('t1', 'a1', interactionId, { notes: 'wants a quote', callbacks: 2 });
    expect(updated.callAssociatedData).toMatchObject({
      notes: { value: 'wants a quote', agentEditable: true },
      callbacks: { value: 2 },
      customerId: { value: 'C-42' },
    });
    expect((await h.events('agent:a1')).at(-1)?.event).toEqual({ type: 'contact.dataUpdated', contact: updated });
    expect(h.contactOf('a1')).toEqual(updated);
  });

  it('refuses read-only, unknown and mistyped variables, naming each, and applies none of the update', async () => {
    const h = createRuntimeHarness();
    const interactionId = await connected(h);
    await expectServiceError(h.runtime.updateCallData('t1', 'a1', interactionId, { notes: 'x', customerId: 'C-1' }), {
      code: 'INVALID_REQUEST',
      field: 'values.customerId',
    });
    await expectServiceError(h.runtime.updateCallData('t1', 'a1', interactionId, { mood: 'happy' }), {
      code: 'INVALID_REQUEST',
      field: 'values.mood',
    });
    await expectServiceError(h.runtime.updateCallData('t1', 'a1', interactionId, { callbacks: 'two' }), {
      code: 'INVALID_REQUEST',
      field: 'values.callbacks',
    });
    await expectServiceError(h.runtime.updateCallData('t1', 'a1', interactionId, {}), {
      code: 'INVALID_REQUEST',
      field: 'values',
    });
    expect(h.contactOf('a1').callAssociatedData['notes']?.value).toBe('');
    expect((await h.events('agent:a1')).at(-1)?.event.type).toBe('agent.stateChanged');
  });

  it('refuses updates during the offer, and from anyone but the owner', async () => {
    const h = createRuntimeHarness();
    await h.login('a1');
    await h.login('a2');
    await h.available('a1');
    await h.call();
    const { interactionId } = h.contactOf('a1');
    await expectServiceError(h.runtime.updateCallData('t1', 'a1', interactionId, { notes: 'x' }), {
      code: 'CONFLICT',
      state: 'offered',
    });
    await expectServiceError(h.runtime.updateCallData('t1', 'a2', interactionId, { notes: 'x' }), {
      code: 'NOT_FOUND',
    });
  });

  it('masks sensitive variables in views, events and the store, even after an agent sets them', async () => {
    const h = createRuntimeHarness();
    const interactionId = await connected(h, { cardNumber: '4000000000000002', language: 'it' });
    expect(h.contactOf('a1').callAssociatedData).toMatchObject({
      cardNumber: { value: '••••', sensitive: true, agentEditable: true },
      language: { value: 'it', sensitive: false, agentEditable: false, agentViewable: true },
    });
    const updated = await h.runtime.updateCallData('t1', 'a1', interactionId, { cardNumber: NEW_CARD });
    expect(updated.callAssociatedData['cardNumber']?.value).toBe('••••');
    await h.runtime.end('t1', 'a1', interactionId);
    await h.runtime.wrapUp('t1', 'a1', interactionId, { wrapUpCodeId: 'resolved' });
    expect(await h.document('interaction', interactionId)).toMatchObject({
      callAssociatedData: { cardNumber: { value: '••••', sensitive: true } },
    });
    const stored = await storedText(h);
    for (const secret of [CARD, NEW_CARD, '4000000000000002']) expect(stored).not.toContain(secret);
    expect(stored).toContain('••••');
    expect(JSON.stringify(h.errors)).not.toContain(NEW_CARD);
  });
});
