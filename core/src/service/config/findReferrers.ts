import type { ConfigCollection, ConfigEntity } from './collections.js';
import { REFERENCE_RULES } from './referenceRules.js';

/** The entities of one collection that refer to something, by id. */
export type Referrers = { readonly collection: ConfigCollection; readonly ids: readonly string[] };

/**
 * Who refers to entity `id` of `collection`, grouped by collection in rule order, each id once
 * (a user naming a team both as its team and as a supervised team is one referrer).
 * `entities` holds every entity of each collection that may refer to `collection`.
 */
export function findReferrers(
  collection: ConfigCollection,
  id: string,
  entities: ReadonlyMap<ConfigCollection, readonly ConfigEntity[]>,
): Referrers[] {
  const found = new Map<ConfigCollection, Set<string>>();
  for (const rule of REFERENCE_RULES) {
    if (rule.to !== collection) continue;
    for (const entity of entities.get(rule.from) ?? []) {
      if (!rule.references(entity).some((reference) => reference.id === id)) continue;
      const ids = found.get(rule.from) ?? new Set<string>();
      ids.add(entity.id);
      found.set(rule.from, ids);
    }
  }
  return [...found].map(([from, ids]) => ({ collection: from, ids: [...ids].sort() }));
}
