import { describe, expect, it } from '@jest/globals';
import {
  INITIALIZE_FAILURE,
  installOpenCtiLibrary,
  OPEN_CTI_API_VERSION,
  OPEN_CTI_ARGUMENT_ERRORS,
} from '../../../src/emulator/library/index.js';
import { createFakeFramePair } from '../support/createFakeFramePair.js';

const ORG = 'https://fakeorg.lightning.force.com';

function softphoneWindow(childOrigin: string, childSearch: string) {
  return createFakeFramePair({ parentOrigin: ORG, childOrigin, childSearch });
}

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (thrown) {
    return thrown;
  }
  return undefined;
}

describe('installOpenCtiLibrary initialize', () => {
  it.each([
    ['a non-Salesforce origin', 'https://agent.example', `?sfdcIframeOrigin=https://evil.example&mode=Lightning`],
    [
      'a look-alike origin',
      'https://agent.example',
      `?sfdcIframeOrigin=https://x.force.com.evil.example&mode=Lightning`,
    ],
    [
      'http origin on an https page',
      'https://agent.example',
      `?sfdcIframeOrigin=http://fakeorg.lightning.force.com&mode=L`,
    ],
    ['https origin on an http page', 'http://agent.example', `?sfdcIframeOrigin=${ORG}&mode=Lightning`],
    ['a missing mode', 'https://agent.example', `?sfdcIframeOrigin=${ORG}`],
    ['no parameters', 'https://agent.example', ''],
  ])('throws the exact string for %s, leaving sforce.opencti in place', (_, childOrigin, search) => {
    const { childWindow } = softphoneWindow(childOrigin, search);
    expect(thrownBy(() => installOpenCtiLibrary(childWindow))).toBe(INITIALIZE_FAILURE);
    expect(INITIALIZE_FAILURE).toBe(
      'Failed to initialize Open CTI. Ensure that it is loaded from the right frame with correct URL parameters',
    );
    expect(childWindow.sforce?.opencti?.SCREENPOP_TYPE.NEW_RECORD_MODAL).toBe('newRecord');
  });

  it('accepts a salesforce.com origin with a port and any mode value', () => {
    const { childWindow } = softphoneWindow(
      'https://agent.example',
      '?sfdcIframeOrigin=https://acme.my.salesforce.com:8443&mode=x',
    );
    const opencti = installOpenCtiLibrary(childWindow);
    expect(opencti.CALL_TYPE).toEqual({ INBOUND: 'inbound', OUTBOUND: 'outbound', INTERNAL: 'internal' });
    expect(childWindow.sforce?.opencti).toBe(opencti);
  });
});

describe('installOpenCtiLibrary argument checks', () => {
  const installed = () => {
    const pair = softphoneWindow('https://agent.example', `?sfdcIframeOrigin=${ORG}&mode=Lightning`);
    return { pair, opencti: installOpenCtiLibrary(pair.childWindow) };
  };
  const callback = () => undefined;

  it.each<[string, (o: ReturnType<typeof installOpenCtiLibrary>) => void, string]>([
    ['no argument', (o) => o.screenPop(), OPEN_CTI_ARGUMENT_ERRORS.ONE_OBJECT],
    ['two arguments', (o) => o.screenPop({ type: 'url' }, {}), OPEN_CTI_ARGUMENT_ERRORS.ONE_OBJECT],
    ['an empty object', (o) => o.refreshView({}), OPEN_CTI_ARGUMENT_ERRORS.ONE_OBJECT],
    ['a string', (o) => o.setSoftphonePanelHeight('300'), OPEN_CTI_ARGUMENT_ERRORS.ONE_OBJECT],
    ['a getter without callback', (o) => o.getAppViewInfo({ x: 1 }), OPEN_CTI_ARGUMENT_ERRORS.CALLBACK],
    ['settings without callback', (o) => o.getCallCenterSettings({ callback: 1 }), OPEN_CTI_ARGUMENT_ERRORS.CALLBACK],
    ['a listener method without listener', (o) => o.onClickToDial({ callback }), OPEN_CTI_ARGUMENT_ERRORS.LISTENER],
    [
      'saveLog without a value object',
      (o) => o.saveLog({ value: 'x', callback }),
      OPEN_CTI_ARGUMENT_ERRORS.VALUE_OBJECT,
    ],
  ])('throws for %s with the library text', (_, action, text) => {
    const { opencti } = installed();
    expect(() => action(opencti)).toThrow(text);
  });

  it('exposes the exact texts', () => {
    expect(Object.values(OPEN_CTI_ARGUMENT_ERRORS)).toEqual([
      'Must pass in only one object which holds arguments to this API method call.',
      'Missing the required argument `callback`!',
      'Missing the required argument `listener`!',
      'Missing the required argument `value object`!',
    ]);
  });

  it('posts the wire request to the parent at sfdcIframeOrigin, with a counter from 0', async () => {
    const { pair, opencti } = installed();
    const requests: unknown[] = [];
    pair.parentWindow.addEventListener('message', (event) => requests.push(event.data));
    opencti.refreshView();
    opencti.notifyInitializationComplete();
    opencti.saveLog({ value: { entityApiName: 'Task' }, callback });
    opencti.onNavigationChange({ listener: callback });
    await pair.settled();
    const common = { apiVersion: OPEN_CTI_API_VERSION, apiType: 'opencti' };
    expect(requests).toEqual([
      {
        ...common,
        methodName: 'refreshView',
        callId: 0,
        isCallbackRegistered: false,
        isListenerRegistered: false,
        args: {},
      },
      {
        ...common,
        methodName: 'notifyInitializationComplete',
        callId: 1,
        isCallbackRegistered: false,
        isListenerRegistered: false,
        args: {},
      },
      {
        ...common,
        methodName: 'saveLog',
        callId: 2,
        isCallbackRegistered: true,
        isListenerRegistered: false,
        args: { object: { entityApiName: 'Task' } },
      },
      {
        ...common,
        methodName: 'onNavigationChange',
        callId: 3,
        isCallbackRegistered: false,
        isListenerRegistered: true,
        args: {},
      },
    ]);
  });

  it('hears only sfdcIframeOrigin with its own version and type, and calls a callback once', async () => {
    const { pair, opencti } = installed();
    const responses: unknown[] = [];
    opencti.getAppViewInfo({ callback: (response: unknown) => responses.push(response) });
    const answer = { apiVersion: OPEN_CTI_API_VERSION, apiType: 'opencti', methodName: 'getAppViewInfo', callId: 0 };
    const toChild = pair.childHandle;
    pair.postToParentFrom('https://evil.example', {}); // unrelated noise on the parent
    toChild.postMessage({ ...answer, apiVersion: 43, response: 'old version' }, 'https://agent.example');
    toChild.postMessage({ ...answer, apiType: 'other', response: 'other type' }, 'https://agent.example');
    toChild.postMessage({ ...answer, response: 'first' }, 'https://agent.example');
    toChild.postMessage({ ...answer, response: 'second' }, 'https://agent.example');
    await pair.settled();
    expect(responses).toEqual(['first']);
  });
});
