import * as z from 'zod/mini';
import { apiErrorSchema } from '../contract/index.js';
import type { AnyApiRoute } from './ApiRoute.js';

export type OpenApiInfo = { readonly version: string; readonly serverUrl: string };

type JsonObject = Record<string, unknown>;

/** The OpenAPI 3.1 document of a route table (served at `/openapi.json`). */
export function buildOpenApiDocument(routes: readonly AnyApiRoute[], info: OpenApiInfo): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const parameters = [...route.path.matchAll(/:(\w+)/g)].map((match) => ({
      name: match[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    paths[path] = {
      ...paths[path],
      [route.method.toLowerCase()]: {
        summary: route.summary,
        tags: [route.tag],
        ...(route.scope === 'public'
          ? { security: [] }
          : {
              security: (typeof route.scope === 'string' ? [route.scope] : route.scope).map((scope) => ({
                bearer: [scope],
              })),
            }),
        ...(parameters.length > 0 ? { parameters } : {}),
        ...(route.body
          ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body) } } } }
          : {}),
        responses: {
          [String(route.successStatus ?? 200)]: { description: 'Success' },
          default: {
            description: 'Error',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
          },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Patchbay core API',
      version: info.version,
      description:
        'Commands and queries of the Patchbay routing/voice core. Events arrive over the WebSocket at /api/v1/events.',
    },
    servers: [{ url: info.serverUrl }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: { ApiError: jsonSchema(apiErrorSchema) },
    },
  };
}

function jsonSchema(schema: z.ZodMiniType): JsonObject {
  // OpenAPI 3.1 documents declare the JSON Schema dialect once, not per schema.
  const document = { ...(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonObject) };
  delete document['$schema'];
  return document;
}
