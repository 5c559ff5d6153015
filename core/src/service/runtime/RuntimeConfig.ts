import type { DesktopProfile, EntryPoint, Queue, ReasonCode, User } from '../../contract/index.js';

/** A configuration change the runtime reacts to (new queue routing, an agent's new skills...). */
export type RuntimeConfigChange = {
  readonly tenantId: string;
  readonly collection: string;
  readonly id: string;
  readonly change: 'created' | 'updated' | 'deleted';
  /** The entity after the change; undefined when deleted. */
  readonly entity: unknown;
};

/**
 * The slice of the configuration the runtime reads. The configuration service provides it; tests
 * may pass a fixed in-memory one. What it returns may be shared (see `cacheRuntimeConfig`): read it,
 * never mutate it.
 */
export type RuntimeConfig = {
  /** The entry point answering a dialled number, in whichever tenant owns it. */
  findEntryPointByNumber(number: string): Promise<{ tenantId: string; entryPoint: EntryPoint } | undefined>;
  /** An entry point by id: consult and transfer targets, and the outdial entry point's queue and call data. */
  getEntryPoint(tenantId: string, entryPointId: string): Promise<EntryPoint | undefined>;
  getUser(tenantId: string, userId: string): Promise<User | undefined>;
  getDesktopProfile(tenantId: string, profileId: string): Promise<DesktopProfile | undefined>;
  listQueues(tenantId: string): Promise<readonly Queue[]>;
  listIdleCodes(tenantId: string): Promise<readonly ReasonCode[]>;
  listWrapUpCodes(tenantId: string): Promise<readonly ReasonCode[]>;
  subscribe(listener: (change: RuntimeConfigChange) => void): () => void;
};
