import { describe, expect, it } from '@jest/globals';
import { OPEN_CTI_API_VERSION } from '../../../src/emulator/library/index.js';
import type { MessageEventLike } from '../../../src/emulator/protocol/index.js';
import { createEmulatedLightningPage, ORG_ORIGIN, SOFTPHONE_ORIGIN } from '../support/createEmulatedLightningPage.js';

/** A raw page with the softphone side reduced to its window: raw wire messages in, answers out. */
function rawPage(overrides: Parameters<typeof createEmulatedLightningPage>[0] = {}) {
  const page = createEmulatedLightningPage(overrides);
  const received: MessageEventLike[] = [];
  page.pair.childWindow.addEventListener('message', (event) => received.push(event));
  let callId = 0;
  const send = (methodName: string, args: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    page.pair.childWindow.parent.postMessage(
      {
        methodName,
        callId: callId++,
        apiVersion: OPEN_CTI_API_VERSION,
        apiType: 'opencti',
        isCallbackRegistered: true,
        isListenerRegistered: false,
        args,
        ...extra,
      },
      ORG_ORIGIN,
    );
  };
  return { ...page, received, send };
}

describe('createOpenCtiHost on the wire', () => {
  it('answers with the echoed method, callId and version, posted to the softphone origin only', async () => {
    const page = rawPage();
    page.send('isSoftphonePanelVisible', {});
    page.send('setSoftphonePanelVisibility', { visible: true });
    page.send('isSoftphonePanelVisible', {});
    await page.pair.settled();
    expect(page.received.map((event) => event.data)).toEqual([
      {
        apiVersion: OPEN_CTI_API_VERSION,
        apiType: 'opencti',
        methodName: 'isSoftphonePanelVisible',
        callId: 0,
        response: { success: true, returnValue: { visible: false }, errors: null },
      },
      expect.objectContaining({ callId: 1, response: { success: true, returnValue: null, errors: null } }),
      expect.objectContaining({ callId: 2, response: { success: true, returnValue: { visible: true }, errors: null } }),
    ]);
    expect(page.received.every((event) => event.origin === ORG_ORIGIN)).toBe(true);
    expect(page.pair.undelivered).toEqual([]);
  });

  it('reads saveLog from args.object, not args.value', async () => {
    const page = rawPage();
    page.send('saveLog', { object: { entityApiName: 'Task', Subject: 'Call', WhoId: page.ids.contacts.oliverHughes } });
    page.send('saveLog', { value: { entityApiName: 'Task', Subject: 'Call' } });
    await page.pair.settled();
    const [created, refused] = page.received.map(
      (event) => event.data as { response: { success: boolean; returnValue: unknown } },
    );
    expect(created?.response.success).toBe(true);
    expect(page.org.get(String(created?.response.returnValue)).fields['WhoId']).toBe(page.ids.contacts.oliverHughes);
    expect(refused?.response).toEqual({ success: false, returnValue: null, errors: ['args.object must be an object'] });
  });

  it('does not answer listener registrations, and records them', async () => {
    const page = rawPage();
    page.send('onClickToDial', {}, { isCallbackRegistered: false, isListenerRegistered: true });
    await page.pair.settled();
    expect(page.received).toEqual([]);
    expect(page.host.state().listeners).toEqual({ onClickToDial: true, onNavigationChange: false });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['another api version', { apiVersion: 43 }, 'apiVersion'],
    ['another api type', { apiType: 'interaction' }, 'apiType'],
    ['an unknown method', { methodName: 'getDirectoryNumbers' }, 'method'],
    ['a string callId', { callId: '0' }, 'shape'],
    ['args that are not an object', { args: 'x' }, 'shape'],
  ])('ignores a message with %s, recording why', async (_, change, reason) => {
    const page = rawPage();
    page.send('refreshView', {}, change);
    await page.pair.settled();
    expect(page.received).toEqual([]);
    expect(page.host.ignoredMessages().map((message) => message.reason)).toEqual([reason]);
  });

  it('ignores a JSON string, another origin and another window', async () => {
    const page = rawPage();
    page.pair.childWindow.parent.postMessage(JSON.stringify({ methodName: 'refreshView' }), ORG_ORIGIN);
    const wellFormed = {
      methodName: 'refreshView',
      callId: 0,
      apiVersion: OPEN_CTI_API_VERSION,
      apiType: 'opencti',
      isCallbackRegistered: true,
      isListenerRegistered: false,
      args: {},
    };
    page.pair.postToParentFrom('https://evil.example', wellFormed);
    page.pair.postToParentFrom(SOFTPHONE_ORIGIN, wellFormed);
    await page.pair.settled();
    expect(page.host.ignoredMessages().map((message) => message.reason)).toEqual(['shape', 'origin', 'source']);
    expect(page.host.state().refreshCount).toBe(0);
  });

  it('speaks whatever version it was configured with', async () => {
    const page = rawPage({ apiVersion: 43 });
    page.send('refreshView', {}, { apiVersion: 43 });
    await page.pair.settled();
    expect(page.received.map((event) => (event.data as { apiVersion: number }).apiVersion)).toEqual([43]);
  });

  it('fails runApex without a handler and answers with one', async () => {
    const bare = rawPage();
    bare.send('runApex', { apexClass: 'CtiLookup', methodName: 'find', methodParams: 'a=1' });
    const withApex = rawPage({ runApex: ({ apexClass, methodParams }) => `${apexClass}:${String(methodParams)}` });
    withApex.send('runApex', { apexClass: 'CtiLookup', methodName: 'find', methodParams: 'a=1' });
    await Promise.all([bare.pair.settled(), withApex.pair.settled()]);
    expect((bare.received[0]?.data as { response: { success: boolean } }).response.success).toBe(false);
    expect((withApex.received[0]?.data as { response: unknown }).response).toEqual({
      success: true,
      returnValue: { runApex: 'CtiLookup:a=1' },
      errors: null,
    });
  });
});
