import type { ShellEventName, ShellEventPayload, ShellMethodParams } from '@patchbay/core-bridge/shell';
import { ConnectorError } from '../ConnectorError.js';
import type { CrmConnector } from '../CrmConnector.js';
import type { CrmId } from '../crmIds.js';
import type { ConnectorHarness, LoggedActivity, OnScreen, RecordRef } from './ConnectorHarness.js';

type Person = { readonly ref: RecordRef; readonly name: string; readonly phone: string };
type Listener = (payload: never) => void;

/** The panel heights this CRM accepts, so the contract's refusal case has something to refuse. */
const PANEL_HEIGHTS = { min: 240, max: 1200 } as const;

/**
 * The kit's reference connector over a CRM held in memory: the smallest complete implementation
 * of {@link CrmConnector}, which keeps the contract suite honest (it runs the suite itself) and
 * shows a new connector what each method must do. Events are delivered on a later microtask, as
 * a real CRM frame would.
 */
export function createMemoryCrm(crm: CrmId = 'salesforce'): ConnectorHarness {
  const people: Person[] = [];
  const activities = new Map<string, LoggedActivity>();
  const byKey = new Map<string, string>();
  const listeners = new Map<ShellEventName, Set<Listener>>();
  let screen: OnScreen = { kind: 'home' };
  let clickToDial = false;
  let lastId = 0;
  const nextId = (prefix: string) => `${prefix}${String(++lastId).padStart(6, '0')}`;

  const emit = <K extends ShellEventName>(event: K, payload: ShellEventPayload<K>) => {
    for (const listener of listeners.get(event) ?? [])
      queueMicrotask(() => (listener as (p: typeof payload) => void)(payload));
  };
  const show = (next: OnScreen): Record<string, never> => {
    screen = next;
    emit('navigationChanged', next.kind === 'record' ? { record: next.record } : {});
    return {};
  };
  const summary = (person: Person) => ({ ...person.ref, label: person.name, fields: { phone: person.phone } });
  const matching = (phone: string) => people.filter((person) => person.phone === phone);

  const save = (params: ShellMethodParams<'saveActivity'>) => {
    const known = byKey.get(params.idempotencyKey);
    if (known !== undefined) return { activityId: known, created: false };
    const fields = {
      interactionId: params.interactionId,
      subject: params.subject,
      direction: params.direction,
      relatedTo: params.relatedTo ?? [],
      ...(params.durationSeconds === undefined ? {} : { durationSeconds: params.durationSeconds }),
      ...(params.disposition === undefined ? {} : { disposition: params.disposition }),
    };
    if (params.activityId !== undefined) {
      if (!activities.has(params.activityId)) {
        throw new ConnectorError({ crm, code: 'NOT_FOUND', field: 'activityId' });
      }
      activities.set(params.activityId, { id: params.activityId, ...fields });
      byKey.set(params.idempotencyKey, params.activityId);
      return { activityId: params.activityId, created: false };
    }
    const id = nextId('act');
    activities.set(id, { id, ...fields });
    byKey.set(params.idempotencyKey, id);
    return { activityId: id, created: true };
  };

  const connector: CrmConnector = {
    crm,
    screenPop: ({ match }) =>
      settle(() => {
        const found = match.phone === undefined ? [] : matching(match.phone);
        const [only] = found;
        if (found.length === 1 && only) {
          show({ kind: 'record', record: only.ref });
          return { outcome: 'opened' as const, records: [summary(only)] };
        }
        if (found.length > 1) show({ kind: 'search', text: match.phone ?? '' });
        return {
          outcome: found.length > 1 ? ('multipleMatches' as const) : ('noMatch' as const),
          records: found.map(summary),
        };
      }),
    openUrl: ({ url }) => settle(() => show({ kind: 'url', url })),
    searchRecords: ({ query }) =>
      settle(() => ({ records: query.phone === undefined ? [] : matching(query.phone).map(summary) })),
    openRecord: ({ record }) => settle(() => show({ kind: 'record', record })),
    createRecord: ({ objectType, fields, open }) =>
      settle(() => {
        const name = typeof fields['name'] === 'string' ? fields['name'] : '';
        if (objectType !== 'contact' || name === '') {
          throw new ConnectorError({ crm, code: 'INVALID_INPUT', field: 'fields.name' });
        }
        const person = { ref: { objectType, id: nextId('per') }, name, phone: String(fields['phone'] ?? '') };
        people.push(person);
        if (open === true) show({ kind: 'record', record: person.ref });
        return { record: summary(person) };
      }),
    saveActivity: (params) => settle(() => save(params)),
    setPanel: ({ height }) =>
      settle(() => {
        if (height !== undefined && (height < PANEL_HEIGHTS.min || height > PANEL_HEIGHTS.max)) {
          throw new ConnectorError({ crm, code: 'INVALID_INPUT', field: 'height' });
        }
        return {};
      }),
    notify: () => settle(() => ({})),
    getCrmContext: () =>
      settle(() => ({
        crm,
        user: { id: 'memory-agent' },
        ...(screen.kind === 'record' ? { record: screen.record } : {}),
      })),
    getPresence: () => settle(() => unsupported()),
    setPresence: () => settle(() => unsupported()),
    setClickToDialEnabled: ({ enabled }) =>
      settle(() => {
        clickToDial = enabled;
        return {};
      }),
    on(event, listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    readSettings: () => settle(() => ({ desktopUrl: 'http://127.0.0.1/desktop/', widgetPolicy: {} })),
  };

  const unsupported = (): never => {
    throw new ConnectorError({ crm, code: 'NOT_SUPPORTED' });
  };

  return {
    connector,
    crm: {
      addPerson: ({ name, phone }) =>
        settle(() => {
          const person = { ref: { objectType: 'contact', id: nextId('per') }, name, phone };
          people.push(person);
          return person.ref;
        }),
      activities: () => settle(() => [...activities.values()]),
      onScreen: () => settle(() => screen),
      clickNumber: (number, record) =>
        settle(() => {
          if (clickToDial) emit('clickToDial', { number, record });
        }),
      navigateTo: (record) => settle(() => void show({ kind: 'record', record })),
    },
    close: () => Promise.resolve(),
  };
}

/** Runs `work` now and answers with its result, or rejects with what it threw: an async CRM call. */
function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
