import {
  desktopProfileSchema,
  entryPointSchema,
  queueSchema,
  reasonCodeSchema,
  siteSchema,
  teamSchema,
  userSchema,
  type DesktopProfile,
  type EntryPoint,
  type Queue,
  type ReasonCode,
  type Site,
  type Team,
  type User,
} from '../../contract/index.js';

/**
 * A tenant's configuration collections and the contract schema each one's entities must satisfy.
 * The collection name is also the store `kind` of its documents, so the REST path, the store and
 * the change notifications all use one name.
 */
export const CONFIG_COLLECTIONS = {
  sites: siteSchema,
  teams: teamSchema,
  users: userSchema,
  queues: queueSchema,
  entryPoints: entryPointSchema,
  idleCodes: reasonCodeSchema,
  wrapUpCodes: reasonCodeSchema,
  desktopProfiles: desktopProfileSchema,
} as const;

/** The name of a configuration collection (`sites`, `entryPoints`...). */
export type ConfigCollection = keyof typeof CONFIG_COLLECTIONS;

/** The entity type each collection holds. */
export type ConfigEntities = {
  sites: Site;
  teams: Team;
  users: User;
  queues: Queue;
  entryPoints: EntryPoint;
  idleCodes: ReasonCode;
  wrapUpCodes: ReasonCode;
  desktopProfiles: DesktopProfile;
};

/** Any configuration entity. */
export type ConfigEntity = ConfigEntities[ConfigCollection];

/** Every collection name, in a stable order. */
export const CONFIG_COLLECTION_NAMES = Object.keys(CONFIG_COLLECTIONS) as ConfigCollection[];

/** How messages name one entity and several entities of a collection. */
export const COLLECTION_NOUNS: Readonly<Record<ConfigCollection, { singular: string; plural: string }>> = {
  sites: { singular: 'site', plural: 'sites' },
  teams: { singular: 'team', plural: 'teams' },
  users: { singular: 'user', plural: 'users' },
  queues: { singular: 'queue', plural: 'queues' },
  entryPoints: { singular: 'entry point', plural: 'entry points' },
  idleCodes: { singular: 'idle code', plural: 'idle codes' },
  wrapUpCodes: { singular: 'wrap-up code', plural: 'wrap-up codes' },
  desktopProfiles: { singular: 'desktop profile', plural: 'desktop profiles' },
};

/** Whether a string (e.g. a REST path segment) names a collection. */
export function isConfigCollection(value: unknown): value is ConfigCollection {
  return typeof value === 'string' && Object.hasOwn(CONFIG_COLLECTIONS, value);
}
