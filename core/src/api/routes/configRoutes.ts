import { AuthError } from '../../auth/AuthError.js';
import type { Principal } from '../../auth/Principal.js';
import { SCOPES } from '../../auth/scopes.js';
import * as z from 'zod/mini';
import { isConfigCollection, type ConfigCollection } from '../../service/config/collections.js';
import type { ConfigService } from '../../service/config/ConfigService.js';
import { ServiceError } from '../../service/ServiceError.js';
import { defineRoute, type AnyApiRoute, type ApiRequest } from '../ApiRoute.js';

/** The lookups an agent's desktop needs; everything else is for supervisors and admins. */
const AGENT_READABLE: ReadonlySet<ConfigCollection> = new Set(['queues', 'entryPoints', 'idleCodes', 'wrapUpCodes']);

const passwordBodySchema = z.strictObject({ password: z.string() });

/** Configuration CRUD for every collection, with If-Match versions for safe concurrent edits. */
export function configRoutes(config: ConfigService): AnyApiRoute[] {
  const base = '/api/v1/config/:collection';
  const read = { tag: 'config', scope: SCOPES.CONFIG_READ } as const;
  const write = { tag: 'config', scope: SCOPES.CONFIG_WRITE } as const;
  const tenantOf = (principal: Principal | undefined) => principal?.tenantId ?? '';

  return [
    defineRoute({
      ...read,
      method: 'GET',
      path: base,
      summary:
        'List a configuration collection (sites, teams, users, queues, entryPoints, idleCodes, wrapUpCodes, desktopProfiles)',
      handler: async (request) => {
        const collection = readableCollection(request);
        return { body: await config.list(tenantOf(request.principal), collection) };
      },
    }),
    defineRoute({
      ...read,
      method: 'GET',
      path: `${base}/:id`,
      summary: 'Get one entity; `version` is its ETag',
      handler: async (request) => {
        const collection = readableCollection(request);
        return { body: await config.get(tenantOf(request.principal), collection, request.params['id'] ?? '') };
      },
    }),
    defineRoute({
      ...write,
      method: 'POST',
      path: base,
      summary: 'Create an entity (id optional: generated when absent)',
      successStatus: 201,
      handler: async (request) => ({
        body: await config.create(tenantOf(request.principal), collectionOf(request), request.body),
      }),
    }),
    defineRoute({
      ...write,
      method: 'PUT',
      path: `${base}/:id`,
      summary: 'Replace an entity; send If-Match with the version you read to refuse a concurrent change',
      handler: async (request) => ({
        body: await config.replace(
          tenantOf(request.principal),
          collectionOf(request),
          request.params['id'] ?? '',
          withoutVersion(request.body),
          ifMatch(request),
        ),
      }),
    }),
    defineRoute({
      ...write,
      method: 'DELETE',
      path: `${base}/:id`,
      summary: 'Delete an entity; refused (409) while others refer to it',
      successStatus: 204,
      handler: async (request) => {
        await config.remove(
          tenantOf(request.principal),
          collectionOf(request),
          request.params['id'] ?? '',
          ifMatch(request),
        );
        return {};
      },
    }),
    defineRoute({
      ...write,
      method: 'PUT',
      path: '/api/v1/config/users/:id/password',
      summary: "Set a user's password (12-200 characters); stored as a scrypt hash",
      body: passwordBodySchema,
      successStatus: 204,
      handler: async (request) => {
        await config.setPassword(tenantOf(request.principal), request.params['id'] ?? '', request.body.password);
        return {};
      },
    }),
  ];
}

function collectionOf(request: ApiRequest<unknown>): ConfigCollection {
  const name = request.params['collection'] ?? '';
  if (!isConfigCollection(name)) {
    throw new ServiceError({ code: 'NOT_FOUND', message: `unknown collection ${name}`, field: 'collection' });
  }
  return name;
}

function readableCollection(request: ApiRequest<unknown>): ConfigCollection {
  const collection = collectionOf(request);
  const scopes = request.principal?.scopes ?? [];
  const broad = scopes.includes(SCOPES.SUPERVISE) || scopes.includes(SCOPES.CONFIG_WRITE);
  if (!broad && !AGENT_READABLE.has(collection)) throw new AuthError('FORBIDDEN', `agents cannot read ${collection}`);
  return collection;
}

function ifMatch(request: ApiRequest<unknown>): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) return undefined;
  const match = typeof header === 'string' ? /^(?:W\/)?"?(\d{1,15})"?$/.exec(header.trim()) : null;
  if (!match?.[1])
    throw new ServiceError({
      code: 'INVALID_REQUEST',
      message: 'If-Match must be a version number',
      field: 'If-Match',
    });
  return Number(match[1]);
}

// GET answers carry `version`; a client sending the entity back as is must not be refused for it.
// The version to check travels in If-Match.
function withoutVersion(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !('version' in body)) return body;
  const entity: Record<string, unknown> = { ...body };
  delete entity['version'];
  return entity;
}
