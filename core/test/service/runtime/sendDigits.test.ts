import { describe, expect, it } from '@jest/globals';
import { SECOND, expectServiceError } from './runtimeHarness.js';
import { EXPERT, connectCall, createTransferHarness } from './transferFixtures.js';

describe('sendDigits', () => {
  it("goes to the customer's leg while the agent talks to the customer", async () => {
    const h = createTransferHarness();
    const { contact, customer } = await connectCall(h, 'a1');
    expect(await h.runtime.sendDigits('t1', 'a1', contact.interactionId, '42#')).toMatchObject({ state: 'connected' });
    expect(h.telephony.getLeg(customer.id).digitsSent).toBe('42#');
  });

  it('goes to the consulted party once the consult is connected, and is refused while it rings', async () => {
    const h = createTransferHarness();
    const { contact, customer } = await connectCall(h, 'a1');
    const id = contact.interactionId;
    await h.runtime.consult('t1', 'a1', id, { kind: 'number', number: EXPERT });
    await expectServiceError(h.runtime.sendDigits('t1', 'a1', id, '1'), { code: 'CONFLICT', state: 'ringing' });
    await h.advance(2 * SECOND); // the PSTN answers
    await h.runtime.sendDigits('t1', 'a1', id, '7');
    const expertLeg = h.telephony.listLegs('t1').find((leg) => leg.to === EXPERT);
    expect(expertLeg?.digitsSent).toBe('7');
    expect(h.telephony.getLeg(customer.id).digitsSent).toBeUndefined();
  });

  it('is refused on hold, in wrap-up, and on somebody else’s contact', async () => {
    const h = createTransferHarness();
    const { contact } = await connectCall(h, 'a1');
    const id = contact.interactionId;
    await h.runtime.hold('t1', 'a1', id);
    await expectServiceError(h.runtime.sendDigits('t1', 'a1', id, '1'), { code: 'CONFLICT', state: 'held' });
    await h.runtime.resume('t1', 'a1', id);
    await h.login('a2');
    await expectServiceError(h.runtime.sendDigits('t1', 'a2', id, '1'), { code: 'NOT_FOUND' });
    await h.runtime.end('t1', 'a1', id);
    await expectServiceError(h.runtime.sendDigits('t1', 'a1', id, '1'), { code: 'CONFLICT', state: 'wrapUp' });
  });
});
