import type { ConfigCollection, ConfigEntities, ConfigEntity } from './collections.js';

/** One id an entity refers to, with the dotted path of the field holding it (`distribution.0.teamIds.1`). */
export type EntityReference = { readonly field: string; readonly id: string };

/**
 * A kind of reference between collections. Saving checks the rule forwards (does every id exist in
 * `to`?); removing reads it backwards (who in `from` points at this id?), so both directions come
 * from this one table and cannot drift apart.
 */
export type ReferenceRule = {
  /** The collection whose entities hold the reference. */
  readonly from: ConfigCollection;
  /** The collection the reference points into. */
  readonly to: ConfigCollection;
  /** The references of an entity of `from`; callers pass only entities of `from`. */
  readonly references: (entity: ConfigEntity) => EntityReference[];
};

function rule<F extends ConfigCollection>(
  from: F,
  to: ConfigCollection,
  references: (entity: ConfigEntities[F]) => EntityReference[],
): ReferenceRule {
  // The cast is safe by contract: rules are only ever applied to entities of their `from` collection.
  return { from, to, references: (entity) => references(entity as ConfigEntities[F]) };
}

const single = (field: string, id: string | undefined): EntityReference[] => (id === undefined ? [] : [{ field, id }]);
const each = (field: string, ids: readonly string[]): EntityReference[] =>
  ids.map((id, index) => ({ field: `${field}.${index}`, id }));

/** Every cross-reference between a tenant's configuration entities. */
export const REFERENCE_RULES: readonly ReferenceRule[] = [
  rule('teams', 'sites', (team) => single('siteId', team.siteId)),
  rule('users', 'teams', (user) => single('teamId', user.teamId)),
  rule('users', 'sites', (user) => each('supervisedSiteIds', user.supervisedSiteIds)),
  rule('users', 'teams', (user) => each('supervisedTeamIds', user.supervisedTeamIds)),
  rule('users', 'desktopProfiles', (user) => single('desktopProfileId', user.desktopProfileId)),
  rule('queues', 'teams', (queue) =>
    queue.distribution.flatMap((step, index) => each(`distribution.${index}.teamIds`, step.teamIds)),
  ),
  rule('entryPoints', 'queues', (entryPoint) => single('flow.queueId', entryPoint.flow.queueId)),
  rule('desktopProfiles', 'entryPoints', (profile) => single('outdialEntryPointId', profile.outdialEntryPointId)),
];

/** The collections an entity of `collection` may refer to: what saving it must look up. */
export function referencedCollections(collection: ConfigCollection): ConfigCollection[] {
  return [...new Set(REFERENCE_RULES.filter((entry) => entry.from === collection).map((entry) => entry.to))];
}

/** The collections whose entities may refer to one of `collection`: what removing it must look up. */
export function referringCollections(collection: ConfigCollection): ConfigCollection[] {
  return [...new Set(REFERENCE_RULES.filter((entry) => entry.to === collection).map((entry) => entry.from))];
}
