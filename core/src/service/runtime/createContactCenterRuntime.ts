import { randomUUID } from 'node:crypto';
import type { CoreStore } from '../../store/CoreStore.js';
import type { Scheduler, TimerHandle } from '../../time/Scheduler.js';
import type { TelephonyGateway } from '../../voice/TelephonyGateway.js';
import type { ContactCenterRuntime } from './ContactCenterRuntime.js';
import type { RuntimeConfig } from './RuntimeConfig.js';
import type { RuntimeContext } from './RuntimeContext.js';
import { createAgentCommands } from './agentCommands.js';
import { agentSessionView } from './agentViews.js';
import { checkSubscription } from './checkSubscription.js';
import { reactToConfigChange } from './configReactions.js';
import { runContactCommand, type ContactCommand } from './contactCommands.js';
import { roleOf } from './contactRoles.js';
import { contactView } from './contactViews.js';
import { createEventHub } from './createEventHub.js';
import { createSerialLanes } from './createSerialLanes.js';
import { createTransaction, type RuntimeTransaction } from './createTransaction.js';
import { conflict } from './runtimeErrors.js';
import { recoverRuntime } from './recoverRuntime.js';
import { scheduleWake } from './scheduleWake.js';
import { startOutdial } from './outdialCalls.js';
import { reactToTelephony } from './telephonyReactions.js';
import { runTransferCommand, type TransferCommand } from './transferCommands.js';

/** What the runtime runs on; see {@link createContactCenterRuntime}. */
export type ContactCenterRuntimeOptions = {
  store: CoreStore;
  config: RuntimeConfig;
  telephony: TelephonyGateway;
  /** Time and timers (RONA, auto wrap-up, routing wake-ups): nothing else tells the runtime the time. */
  scheduler: Scheduler;
  /** New interaction and session ids; must never repeat. Default: random UUIDs. */
  newId?: () => string;
  /**
   * Told about failures nobody awaits: a reaction to a telephony event, a timer or a config change
   * that failed, a subscriber callback that threw, a telephony event about an unknown leg.
   * Default: ignored. Never given call data in clear.
   */
  onError?: (error: unknown, during: string) => void;
};

const ignore = () => undefined;

/**
 * The live contact center over a store, a configuration, a telephony gateway and a scheduler
 * (see `ContactCenterRuntime`). Every piece of work on a tenant (command, telephony event, timer,
 * config change) runs on that tenant's lane, one at a time in arrival order, gathers its changes
 * in one transaction and issues its commit before the next starts; the command resolves when
 * the commit is durable and its events delivered.
 */
export function createContactCenterRuntime(options: ContactCenterRuntimeOptions): ContactCenterRuntime {
  const { store, config, telephony, scheduler } = options;
  const onError = options.onError ?? ignore;
  const report = (error: unknown, during: string) => {
    try {
      onError(error, during);
    } catch {
      // The error handler failed too; the runtime must go on regardless.
    }
  };
  const lanes = createSerialLanes();
  const hub = createEventHub({ store, report });
  const timers = new Set<TimerHandle>();
  let closed = false;
  let recovered = false;

  const run = <T>(tenantId: string, at: number, work: (tx: RuntimeTransaction) => Promise<T>): Promise<T> => {
    if (closed) return Promise.reject(conflict('closed', 'the runtime is closed'));
    const issued = lanes.run(tenantId, async () => {
      const tx = createTransaction(tenantId, at);
      // Issued inside the lane, so commits (and seqs) follow the order of the work.
      const commit = () => {
        const tenant = ctx.tenants.get(tenantId);
        if (tenant) scheduleWake(ctx, tenant);
        const committed = tx.isEmpty() ? Promise.resolve() : hub.commit(tx.toBatch());
        committed.catch(ignore);
        return committed;
      };
      try {
        const value = await work(tx);
        return { value, committed: commit() };
      } catch (error) {
        // Whatever changed in memory before the failure is stored too, so the two stay alike.
        commit().catch((commitError: unknown) => report(commitError, 'committing after a failure'));
        throw error;
      }
    });
    return issued.then(async ({ value, committed }) => {
      await committed;
      return value;
    });
  };

  const ctx: RuntimeContext = {
    config,
    telephony,
    scheduler,
    newId: options.newId ?? randomUUID,
    tenants: new Map(),
    legs: new Map(),
    run,
    report,
    react(tenantId, at, during, reaction) {
      if (closed) return;
      run(tenantId, at, async (tx) => {
        const tenant = ctx.tenants.get(tenantId);
        if (tenant) await reaction(tx, tenant);
      }).catch((error: unknown) => report(error, during));
    },
    setTimer(tenantId, dueAt, during, reaction) {
      const handle = scheduler.setTimer(Math.max(0, dueAt - scheduler.now()), () => {
        timers.delete(handle);
        ctx.react(tenantId, scheduler.now(), during, reaction);
      });
      timers.add(handle);
      return handle;
    },
    clearTimer(handle) {
      if (!handle) return;
      scheduler.clearTimer(handle);
      timers.delete(handle);
    },
  };

  // Both listeners only queue work; the guards keep even a bug there from reaching the caller.
  const stopTelephony = telephony.subscribe((event) => {
    try {
      reactToTelephony(ctx, event);
    } catch (error) {
      report(error, `handling ${event.type}`);
    }
  });
  const stopConfig = config.subscribe((change) => {
    try {
      reactToConfigChange(ctx, change);
    } catch (error) {
      report(error, `handling a change of ${change.collection}`);
    }
  });
  const agents = createAgentCommands(ctx);
  const onContact = (tenantId: string, agentId: string, interactionId: string, command: ContactCommand) =>
    runContactCommand(ctx, { tenantId, agentId, interactionId }, command, scheduler.now());
  const onTransfer = (tenantId: string, agentId: string, interactionId: string, command: TransferCommand) =>
    runTransferCommand(ctx, { tenantId, agentId, interactionId }, command, scheduler.now());

  return {
    stationLogin: (tenantId, agentId, request) => agents.stationLogin(tenantId, agentId, request, scheduler.now()),
    logout: (tenantId, agentId) => agents.logout(tenantId, agentId, scheduler.now()),
    setAgentState: (tenantId, agentId, request) => agents.setAgentState(tenantId, agentId, request, scheduler.now()),
    getSession(tenantId, agentId) {
      const session = ctx.tenants.get(tenantId)?.sessions.get(agentId);
      return session && agentSessionView(session);
    },
    listSessions: (tenantId) => [...(ctx.tenants.get(tenantId)?.sessions.values() ?? [])].map(agentSessionView),

    accept: (tenantId, agentId, interactionId) => onContact(tenantId, agentId, interactionId, { type: 'accept' }),
    decline: (tenantId, agentId, interactionId) => onContact(tenantId, agentId, interactionId, { type: 'decline' }),
    hold: (tenantId, agentId, interactionId) => onContact(tenantId, agentId, interactionId, { type: 'hold' }),
    resume: (tenantId, agentId, interactionId) => onContact(tenantId, agentId, interactionId, { type: 'resume' }),
    end: (tenantId, agentId, interactionId) => onContact(tenantId, agentId, interactionId, { type: 'end' }),
    sendDigits: (tenantId, agentId, interactionId, digits) =>
      onContact(tenantId, agentId, interactionId, { type: 'sendDigits', digits }),
    wrapUp: (tenantId, agentId, interactionId, request) =>
      onContact(tenantId, agentId, interactionId, { type: 'wrapUp', request }),
    updateCallData: (tenantId, agentId, interactionId, values) =>
      onContact(tenantId, agentId, interactionId, { type: 'updateCallData', values }),
    outdial: (tenantId, agentId, request) => startOutdial(ctx, { tenantId, agentId }, request, scheduler.now()),
    consult: (tenantId, agentId, interactionId, target) =>
      onTransfer(tenantId, agentId, interactionId, { type: 'consult', target }),
    consultTransfer: (tenantId, agentId, interactionId) =>
      onTransfer(tenantId, agentId, interactionId, { type: 'consultTransfer' }),
    conference: (tenantId, agentId, interactionId) =>
      onTransfer(tenantId, agentId, interactionId, { type: 'conference' }),
    consultEnd: (tenantId, agentId, interactionId) =>
      onTransfer(tenantId, agentId, interactionId, { type: 'consultEnd' }),
    transfer: (tenantId, agentId, interactionId, target) =>
      onTransfer(tenantId, agentId, interactionId, { type: 'transfer', target }),
    listAgentContacts: (tenantId, agentId) =>
      [...(ctx.tenants.get(tenantId)?.contacts.values() ?? [])]
        .filter((contact) => roleOf(contact, agentId) !== undefined)
        .map(contactView),
    listContacts: (tenantId) => [...(ctx.tenants.get(tenantId)?.contacts.values() ?? [])].map(contactView),

    async subscribe(subscription) {
      if (closed) throw conflict('closed', 'the runtime is closed');
      await checkSubscription(config, subscription);
      return hub.subscribe(subscription);
    },

    async recover() {
      if (closed) throw conflict('closed', 'the runtime is closed');
      if (recovered) throw conflict('recovered', 'the runtime has already recovered');
      recovered = true;
      return recoverRuntime(ctx, store, scheduler.now());
    },

    async close() {
      if (closed) return;
      closed = true;
      stopTelephony();
      stopConfig();
      // Work already queued finishes and commits, so the store's owner can close it safely next.
      await lanes.drain();
      for (const handle of timers) scheduler.clearTimer(handle);
      timers.clear();
      hub.close();
    },
  };
}
