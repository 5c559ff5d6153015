import type { EntryPoint, Tenant, User } from '../../contract/index.js';
import type { ConfigCollection, ConfigEntities } from './collections.js';
import type { ConfigChangeListener } from './ConfigChange.js';
import type { Versioned } from './Versioned.js';

/** What {@link ConfigService.ensureBootstrap} creates on an empty store. */
export type BootstrapOptions = {
  /** Default `default`. */
  tenantId?: string;
  tenantName: string;
  adminId: string;
  adminName: string;
  adminPassword: string;
};

/**
 * Each tenant's configuration: sites, teams, users, queues, entry points, idle and wrap-up codes
 * and desktop profiles, plus tenants, user credentials and the dialled-number index. The REST API
 * serves admins' CRUD from it; the runtime reads entities and follows changes.
 *
 * Every write validates the body against the contract and the cross-references between entities,
 * then commits the documents and a `config.changed` event (stream `config`) in one store batch; a
 * refused write leaves the store unchanged. Errors are ServiceError: INVALID_REQUEST (`field` =
 * the dotted path), NOT_FOUND (also for another tenant's ids, and field `tenantId` for an unknown
 * tenant), CONFLICT with `state` `exists`, `version-mismatch`, `referenced` or `number-in-use`.
 */
export type ConfigService = {
  /** A collection's entities, ordered by id. */
  list<C extends ConfigCollection>(tenantId: string, collection: C): Promise<Versioned<ConfigEntities[C]>[]>;
  get<C extends ConfigCollection>(tenantId: string, collection: C, id: string): Promise<Versioned<ConfigEntities[C]>>;
  /** `body.id` is optional: a new id is assigned when absent. CONFLICT `exists` when the id is taken. */
  create<C extends ConfigCollection>(
    tenantId: string,
    collection: C,
    body: unknown,
  ): Promise<Versioned<ConfigEntities[C]>>;
  /** Replaces an existing entity; the path `id` wins and a different `body.id` is INVALID_REQUEST. */
  replace<C extends ConfigCollection>(
    tenantId: string,
    collection: C,
    id: string,
    body: unknown,
    expectedVersion?: number,
  ): Promise<Versioned<ConfigEntities[C]>>;
  /** CONFLICT `referenced`, naming the referrers, while anything refers to the entity. */
  remove(tenantId: string, collection: ConfigCollection, id: string, expectedVersion?: number): Promise<void>;

  /** `body.id` is optional, as for `create`. */
  createTenant(body: unknown): Promise<Versioned<Tenant>>;
  /**
   * A ready-to-use tenant: site and team `main`, an admin with a password, default idle and
   * wrap-up codes. CONFLICT `exists` when the tenant id is taken.
   */
  provisionTenant(options: BootstrapOptions): Promise<Versioned<Tenant>>;
  getTenant(tenantId: string): Promise<Versioned<Tenant>>;
  listTenants(): Promise<Versioned<Tenant>[]>;

  /** Stores the user's password (12-200 characters) hashed; it is never returned. */
  setPassword(tenantId: string, userId: string, password: string): Promise<void>;
  /**
   * The user whose id or email is `login`, when `password` is theirs; undefined otherwise, without
   * saying whether the tenant, the login or the password was wrong.
   */
  verifyPassword(tenantId: string, login: string, password: string): Promise<Versioned<User> | undefined>;

  /** The entry point answering a dialled number, in whichever tenant owns it: inbound call routing. */
  findEntryPointByNumber(number: string): Promise<{ tenantId: string; entryPoint: Versioned<EntryPoint> } | undefined>;

  /**
   * On a store without tenants, creates a first tenant with a site, a team, an admin user with the
   * given password and default idle (`Not ready`) and wrap-up (`Resolved`) codes. Does nothing
   * (`created: false`) once any tenant exists.
   */
  ensureBootstrap(options: BootstrapOptions): Promise<{ created: boolean }>;

  /** Calls `listener` after every committed change, in commit order per tenant. Returns unsubscribe. */
  subscribe(listener: ConfigChangeListener): () => void;
};
