import type { EntryPoint, ReasonCode } from '../../contract/index.js';
import { ServiceError } from '../ServiceError.js';
import { clearOtherDefaults } from './clearOtherDefaults.js';
import { checkExpectedVersion } from './checkExpectedVersion.js';
import { COLLECTION_NOUNS, CONFIG_COLLECTIONS, type ConfigCollection, type ConfigEntity } from './collections.js';
import type { ConfigChange } from './ConfigChange.js';
import type { ConfigContext } from './ConfigContext.js';
import { configErrors } from './configErrors.js';
import { createConfigWrite } from './createConfigWrite.js';
import { findReferenceProblems } from './findReferenceProblems.js';
import { findRepeatedNumbers } from './findRepeatedNumbers.js';
import { parseEntityBody } from './parseEntityBody.js';
import { planNumberIndex } from './planNumberIndex.js';
import { referencedCollections } from './referenceRules.js';
import type { Versioned } from './Versioned.js';

/** Create (the id is new) or replace (the entity at `id` exists, optionally at `expectedVersion`). */
export type SaveMode =
  | { readonly kind: 'create' }
  | { readonly kind: 'replace'; readonly id: string; readonly expectedVersion: number | undefined };

/** What a save committed: the saved entity and every change (cleared defaults included). */
export type SaveResult = { entity: Versioned<ConfigEntity>; changes: ConfigChange[] };

/**
 * Validates and commits a create or replace. Every check runs before anything is written (tenant,
 * existence, version, contract, references, numbers), and the commit itself re-checks each
 * document against the version read, so a concurrent writer makes this save fail, never merge.
 */
export async function saveEntity(
  context: ConfigContext,
  tenantId: string,
  collection: ConfigCollection,
  body: unknown,
  mode: SaveMode,
): Promise<SaveResult> {
  const { store, reader } = context;
  const noun = COLLECTION_NOUNS[collection].singular;
  await reader.requireTenant(tenantId);

  let currentVersion = 0;
  let before: ConfigEntity | undefined;
  if (mode.kind === 'replace') {
    const existing = await reader.requireEntity(tenantId, collection, mode.id);
    checkExpectedVersion(collection, existing, mode.expectedVersion);
    currentVersion = existing.version;
    before = existing.body as ConfigEntity;
  }

  const schema = CONFIG_COLLECTIONS[collection];
  const source = mode.kind === 'replace' ? { pathId: mode.id } : { newId: context.newId };
  const entity: ConfigEntity = parseEntityBody(schema, body, source);
  if (mode.kind === 'create' && (await reader.findEntity(tenantId, collection, entity.id))) {
    throw configErrors.exists(noun, entity.id);
  }

  const existingIds = await reader.idsOf(tenantId, referencedCollections(collection));
  const [first, ...rest] = [
    ...findReferenceProblems(collection, entity, existingIds),
    ...(collection === 'entryPoints' ? findRepeatedNumbers((entity as EntryPoint).numbers) : []),
  ];
  if (first) throw ServiceError.invalid([first, ...rest]);

  const write = createConfigWrite(tenantId);
  const onConflict =
    mode.kind === 'create'
      ? configErrors.exists(noun, entity.id)
      : configErrors.versionMismatch(noun, entity.id, 'changed meanwhile; retry');
  write.putEntity(collection, entity, currentVersion, onConflict);

  if ((collection === 'idleCodes' || collection === 'wrapUpCodes') && (entity as ReasonCode).isDefault) {
    clearOtherDefaults(write, collection, await store.listDocuments(tenantId, collection), entity.id);
  }
  if (collection === 'entryPoints') {
    const owner = { tenantId, entryPointId: entity.id };
    const beforeNumbers = (before as EntryPoint | undefined)?.numbers ?? [];
    await planNumberIndex(store, write, owner, beforeNumbers, (entity as EntryPoint).numbers);
  }

  const changes = await write.commit(store, context.now());
  return { entity: { ...entity, version: currentVersion + 1 }, changes };
}
