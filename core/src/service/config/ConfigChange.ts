import type { Tenant } from '../../contract/index.js';
import type { ConfigCollection, ConfigEntity } from './collections.js';
import type { Versioned } from './Versioned.js';

/** What happened to an entity. */
export const CONFIG_CHANGE_KINDS = ['created', 'updated', 'deleted'] as const;

export type ConfigChangeKind = (typeof CONFIG_CHANGE_KINDS)[number];

/** The per-tenant event stream every configuration write appends to. */
export const CONFIG_EVENT_STREAM = 'config';

/** The type of the events of {@link CONFIG_EVENT_STREAM}. */
export const CONFIG_CHANGED_EVENT = 'config.changed';

/** The collections a change can name: the configuration collections, and `tenants` for tenants. */
export type ChangedCollection = ConfigCollection | 'tenants';

/** The payload of a `config.changed` event: enough for another process to re-read what changed. */
export type ConfigChangedPayload = {
  readonly collection: ChangedCollection;
  readonly id: string;
  readonly change: ConfigChangeKind;
  /** The store version the write produced; for a deletion, the version that was deleted. */
  readonly version: number;
};

/** A committed change, as listeners of `ConfigService.subscribe` receive it. */
export type ConfigChange = ConfigChangedPayload & {
  readonly tenantId: string;
  /** The entity after the change; undefined when deleted. */
  readonly entity: Versioned<ConfigEntity | Tenant> | undefined;
};

/** Called after each committed change, in commit order per tenant. */
export type ConfigChangeListener = (change: ConfigChange) => void;
