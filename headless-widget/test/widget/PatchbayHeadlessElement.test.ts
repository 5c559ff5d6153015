import { describe, expect, it } from '@jest/globals';
import { CoreClientError } from '@patchbay/core-bridge/client';
import { createMemoryOutbox } from '../../src/outbox/createMemoryOutbox.js';
import type { WidgetCoreClient } from '../../src/widget/createHeadlessWidget.js';
import {
  defineHeadlessElement,
  HEADLESS_ELEMENT_TAG,
  type HeadlessElementHost,
  type PatchbayHeadlessElement,
} from '../../src/widget/PatchbayHeadlessElement.js';
import { readHeadlessConfig } from '../../src/widget/readHeadlessConfig.js';
import { startBridge } from '../executor/support/startBridge.js';
import { FakeLockManager } from '../FakeLockManager.js';
import { createChannelHub } from './support/createChannelHub.js';
import { eventually, realTimers } from './support/eventually.js';
import { WidgetFakeCrm } from './support/WidgetFakeCrm.js';

// Node has no DOM: the element's lifecycle runs over a minimal element base (attributes, events,
// connection), and its registration in a real `customElements` is left to the Chromium suite.

const client: WidgetCoreClient = {
  outdial: () => Promise.reject(new Error('not in this test')),
  setState: () => Promise.reject(new Error('not in this test')),
  updateCallData: () => Promise.reject(new Error('not in this test')),
  listWrapUpCodes: () => Promise.resolve([]),
  listQueues: () => Promise.resolve([]),
  getSession: () => Promise.reject(new CoreClientError({ code: 'NOT_FOUND' })),
  events: { onAny: () => () => undefined },
};

const attributes = (agentId: string | null, policy: string | null = null) => ({ agentId, leaderName: null, policy });

describe('readHeadlessConfig', () => {
  it('waits for what is missing, naming it', () => {
    const error = (run: () => unknown) => {
      try {
        run();
      } catch (thrown) {
        return thrown;
      }
      throw new Error('no error');
    };
    expect(error(() => readHeadlessConfig(attributes(' '), { policy: {}, client }))).toMatchObject({
      code: 'MISSING_CONFIG',
      field: 'agent-id',
    });
    expect(error(() => readHeadlessConfig(attributes('ada'), { client }))).toMatchObject({
      code: 'MISSING_CONFIG',
      field: 'policy',
    });
    expect(error(() => readHeadlessConfig(attributes('ada', '{}'), { client }))).toMatchObject({
      code: 'MISSING_CONFIG',
      field: 'shell',
    });
    expect(error(() => readHeadlessConfig(attributes('ada', '{not json'), { client }))).toMatchObject({
      code: 'INVALID_CONFIG',
      field: 'policy',
    });
    expect(
      error(() => readHeadlessConfig(attributes('ada'), { policy: { activity: { create: 'sometimes' } }, client })),
    ).toMatchObject({ code: 'INVALID_CONFIG', field: 'policy.activity.create' });
  });

  it('takes the policy property over the attribute and names the election after the agent', async () => {
    const bridge = await startBridge(new WidgetFakeCrm());
    try {
      const config = readHeadlessConfig(attributes('ada', '{"activity":{"create":"ended"}}'), {
        policy: { activity: { create: 'never' } },
        client,
        shell: bridge.desktop,
      });
      expect(config).toMatchObject({ agentId: 'ada', leaderName: 'patchbay:leader:ada' });
      expect(config.policy.activity.create).toBe('never');
    } finally {
      bridge.destroy();
    }
  });
});

/** Just enough of an element for the lifecycle: attributes, DOM events and `isConnected`. */
class FakeElementBase extends EventTarget {
  isConnected = false;
  private readonly values = new Map<string, string>();
  getAttribute(name: string): string | null {
    return this.values.get(name) ?? null;
  }
  setAttribute(name: string, value: string): void {
    this.values.set(name, value);
  }
}

type Lifecycle = Omit<PatchbayHeadlessElement, 'isConnected'> & {
  isConnected: boolean;
  connectedCallback(): void;
  disconnectedCallback(): void;
  setAttribute(name: string, value: string): void;
};

describe('<patchbay-headless>', () => {
  it('registers once, starts when connected with everything set and stops when disconnected', async () => {
    const defined = new Map<string, CustomElementConstructor>();
    const registry = {
      get: (name: string) => defined.get(name),
      define: (name: string, constructor: CustomElementConstructor) => {
        if (defined.has(name)) throw new Error('defined twice');
        defined.set(name, constructor);
      },
    };
    const base = FakeElementBase as unknown as typeof HTMLElement;
    const Element = defineHeadlessElement(registry, base);
    expect(defineHeadlessElement(registry, base)).toBe(Element);
    expect(defined.get(HEADLESS_ELEMENT_TAG)).toBe(Element);

    const bridge = await startBridge(new WidgetFakeCrm());
    const hub = createChannelHub();
    const host: HeadlessElementHost = {
      locks: new FakeLockManager(),
      openChannel: () => hub.open(),
      openOutbox: (_name, now) => createMemoryOutbox({ now }),
      timers: realTimers,
      now: Date.now,
      random: () => 0.5,
    };
    const element = new Element() as Lifecycle;
    const events: { type: string; detail: unknown }[] = [];
    for (const type of ['patchbay-leadership', 'patchbay-error', 'patchbay-stuck']) {
      element.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
    }
    try {
      element.host = host;
      element.setAttribute('agent-id', 'ada');
      element.policy = {};
      element.isConnected = true;
      element.connectedCallback();
      // The client is still missing: nothing starts, and nothing is wrong yet.
      expect(element.widget).toBeUndefined();
      element.client = client;
      element.shell = bridge.desktop;
      await eventually('leadership', () => element.widget?.isLeader() === true);
      expect(events).toEqual([{ type: 'patchbay-leadership', detail: { isLeader: true } }]);

      element.policy = { screenPop: { when: 'whenever' } };
      expect(element.widget).toBeUndefined();
      await eventually('the step down', () => events.length === 3);
      expect(events.slice(1)).toEqual([
        { type: 'patchbay-leadership', detail: { isLeader: false } },
        { type: 'patchbay-error', detail: { error: expect.objectContaining({ field: 'policy.screenPop.when' }) } },
      ]);

      element.policy = {};
      await eventually('leadership again', () => element.widget?.isLeader() === true);
      element.isConnected = false;
      element.disconnectedCallback();
      expect(element.widget).toBeUndefined();
      await eventually('the last step down', () => events.length === 5);
      expect(events.at(-1)).toEqual({ type: 'patchbay-leadership', detail: { isLeader: false } });
    } finally {
      bridge.destroy();
    }
  });
});
