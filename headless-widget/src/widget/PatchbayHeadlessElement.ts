import type { LeaderLocks } from '../acquireTabLeadership.js';
import type { LinkTimers } from '@patchbay/core-bridge/desktop';
import { createIndexedDbOutbox } from '../outbox/createIndexedDbOutbox.js';
import type { Outbox } from '../outbox/Outbox.js';
import type { OutboxEntry } from '../outbox/OutboxEntry.js';
import type { CrmRecordRef } from '../planner/WidgetPlannerEvent.js';
import { createHeadlessWidget, type HeadlessWidget, type HeadlessWidgetOptions } from './createHeadlessWidget.js';
import { HeadlessWidgetError } from './HeadlessWidgetError.js';
import type { LeadershipChannel } from './joinLeadershipElection.js';
import { readHeadlessConfig, type HeadlessConfig, type HeadlessProperties } from './readHeadlessConfig.js';

/** The tag desktop layouts declare the headless widget with. */
export const HEADLESS_ELEMENT_TAG = 'patchbay-headless';

/** What the element takes from its page; `browserHost()` by default, a fake in tests. */
export type HeadlessElementHost = {
  readonly locks: LeaderLocks;
  openChannel(name: string): LeadershipChannel & { close(): void };
  openOutbox(name: string, now: () => number): Outbox;
  readonly timers: LinkTimers;
  now(): number;
  random(): number;
};

/** The page's own globals: Web Locks, BroadcastChannel, IndexedDB, timers, clock and randomness. */
export function browserHost(): HeadlessElementHost {
  return {
    locks: navigator.locks,
    openChannel: (name) => new BroadcastChannel(name),
    openOutbox: (name, now) => createIndexedDbOutbox({ indexedDB, name, now }),
    timers: {
      setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
      clearTimeout: (handle) => {
        clearTimeout(handle as number);
      },
    },
    now: () => Date.now(),
    random: () => Math.random(),
  };
}

/** `detail` of the element's DOM events. */
export type HeadlessElementEventDetail = {
  'patchbay-stuck': { readonly entry: OutboxEntry };
  'patchbay-leadership': { readonly isLeader: boolean };
  'patchbay-error': { readonly error: unknown };
};

const OBSERVED_ATTRIBUTES = ['agent-id', 'leader-name', 'policy'] as const;

/** The element's instance API, as the desktop scripts it. */
export type PatchbayHeadlessElement = HTMLElement & {
  -readonly [K in keyof HeadlessProperties]: HeadlessProperties[K];
} & {
  host: HeadlessElementHost | undefined;
  readonly widget: HeadlessWidget | undefined;
  takeOver(): void;
  retry(key: string): Promise<void>;
  pickRecord(interactionId: string, record: CrmRecordRef): void;
  stuck(): Promise<OutboxEntry[]>;
};

const classes = new WeakMap<typeof HTMLElement, CustomElementConstructor>();

/**
 * The `<patchbay-headless>` class over `base` (`HTMLElement` in the page). Built on demand rather
 * than at import, so the package still loads where there is no DOM (Node, workers).
 */
export function headlessElementClass(base: typeof HTMLElement): CustomElementConstructor {
  const known = classes.get(base);
  if (known) return known;

  class Element extends base {
    static readonly observedAttributes = OBSERVED_ATTRIBUTES;
    /** Injected host; `browserHost()` when left unset. */
    host: HeadlessElementHost | undefined;
    #policy: unknown;
    #client: HeadlessProperties['client'];
    #shell: HeadlessProperties['shell'];
    #running: { widget: HeadlessWidget; close: () => Promise<void> } | undefined;

    get policy(): unknown {
      return this.#policy;
    }
    set policy(value: unknown) {
      this.#policy = value;
      this.#restart();
    }
    get client(): HeadlessProperties['client'] {
      return this.#client;
    }
    set client(value: HeadlessProperties['client']) {
      this.#client = value;
      this.#restart();
    }
    get shell(): HeadlessProperties['shell'] {
      return this.#shell;
    }
    set shell(value: HeadlessProperties['shell']) {
      this.#shell = value;
      this.#restart();
    }
    get widget(): HeadlessWidget | undefined {
      return this.#running?.widget;
    }

    connectedCallback(): void {
      this.#start();
    }
    disconnectedCallback(): void {
      this.#stop();
    }
    attributeChangedCallback(_name: string, oldValue: string | null, newValue: string | null): void {
      if (oldValue !== newValue) this.#restart();
    }

    takeOver(): void {
      this.#running?.widget.takeOver();
    }
    retry(key: string): Promise<void> {
      return this.#running?.widget.retry(key) ?? Promise.resolve();
    }
    pickRecord(interactionId: string, record: CrmRecordRef): void {
      this.#running?.widget.pickRecord(interactionId, record);
    }
    stuck(): Promise<OutboxEntry[]> {
      return this.#running?.widget.stuck() ?? Promise.resolve([]);
    }

    #restart(): void {
      if (!this.isConnected) return;
      this.#stop();
      this.#start();
    }

    #start(): void {
      if (this.#running || !this.isConnected) return;
      let config: HeadlessConfig;
      try {
        config = readHeadlessConfig(
          {
            agentId: this.getAttribute('agent-id'),
            leaderName: this.getAttribute('leader-name'),
            policy: this.getAttribute('policy'),
          },
          { policy: this.#policy, client: this.#client, shell: this.#shell },
        );
      } catch (error) {
        // Properties arrive one by one: until the last one is set there is nothing to report.
        if (!(error instanceof HeadlessWidgetError && error.code === 'MISSING_CONFIG'))
          this.#emit('patchbay-error', { error });
        return;
      }
      this.#running = this.#launch(config, (this.host ??= browserHost()));
    }

    #launch(config: HeadlessConfig, host: HeadlessElementHost) {
      const channel = host.openChannel(config.leaderName);
      const outbox = host.openOutbox(`${config.leaderName}:outbox`, () => host.now());
      const options: HeadlessWidgetOptions = {
        client: config.client,
        shell: config.shell,
        policy: config.policy,
        agentId: config.agentId,
        outbox,
        leadership: { name: config.leaderName, locks: host.locks, channel },
        timers: host.timers,
        now: () => host.now(),
        random: () => host.random(),
        onStuck: (entry) => {
          this.#emit('patchbay-stuck', { entry });
        },
        onError: (error) => {
          this.#emit('patchbay-error', { error });
        },
        onLeadershipChange: (isLeader) => {
          this.#emit('patchbay-leadership', { isLeader });
        },
      };
      const widget = createHeadlessWidget(options);
      widget.start().catch((error: unknown) => {
        this.#emit('patchbay-error', { error });
      });
      return {
        widget,
        close: async () => {
          await widget.stop();
          channel.close();
          outbox.close();
        },
      };
    }

    #stop(): void {
      const running = this.#running;
      this.#running = undefined;
      running?.close().catch((error: unknown) => {
        this.#emit('patchbay-error', { error });
      });
    }

    #emit<K extends keyof HeadlessElementEventDetail>(type: K, detail: HeadlessElementEventDetail[K]): void {
      this.dispatchEvent(new CustomEvent(type, { detail }));
    }
  }

  classes.set(base, Element);
  return Element;
}

/** What `customElements` offers that registration needs. */
export type HeadlessElementRegistry = Pick<CustomElementRegistry, 'get' | 'define'>;

/** Registers `<patchbay-headless>` once; later calls (a second bundle, a hot reload) leave it be. */
export function defineHeadlessElement(
  registry: HeadlessElementRegistry = customElements,
  base: typeof HTMLElement = HTMLElement,
): CustomElementConstructor {
  const existing = registry.get(HEADLESS_ELEMENT_TAG);
  if (existing) return existing;
  const element = headlessElementClass(base);
  registry.define(HEADLESS_ELEMENT_TAG, element);
  return element;
}
