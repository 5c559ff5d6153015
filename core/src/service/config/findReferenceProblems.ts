import type { ContractIssue } from '../../contract/index.js';
import { COLLECTION_NOUNS, type ConfigCollection, type ConfigEntity } from './collections.js';
import { REFERENCE_RULES } from './referenceRules.js';

/**
 * The references of an entity about to be saved in `collection` that name nothing: one issue per
 * dangling id, at its exact field, e.g. `{ field: 'teamId', message: 'unknown team t9' }`.
 * `existingIds` holds the ids of every collection the entity may refer to.
 */
export function findReferenceProblems(
  collection: ConfigCollection,
  entity: ConfigEntity,
  existingIds: ReadonlyMap<ConfigCollection, ReadonlySet<string>>,
): ContractIssue[] {
  return REFERENCE_RULES.filter((rule) => rule.from === collection).flatMap((rule) =>
    rule
      .references(entity)
      .filter((reference) => !existingIds.get(rule.to)?.has(reference.id))
      .map((reference) => ({
        field: reference.field,
        message: `unknown ${COLLECTION_NOUNS[rule.to].singular} ${reference.id}`,
      })),
  );
}
