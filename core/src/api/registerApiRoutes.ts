import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AuthError } from '../auth/AuthError.js';
import type { AuthService } from '../auth/createAuthService.js';
import type { Principal } from '../auth/Principal.js';
import { parseContract } from '../contract/index.js';
import { ServiceError } from '../service/ServiceError.js';
import type { AnyApiRoute } from './ApiRoute.js';
import { toApiError } from './toApiError.js';

/**
 * Registers a route table on a Fastify app: authenticate (unless public), check the scope, parse
 * the body with the route's contract schema, run the handler, and turn every failure into the
 * API's error envelope through `toApiError`.
 */
export function registerApiRoutes(app: FastifyInstance, routes: readonly AnyApiRoute[], auth: AuthService): void {
  app.setErrorHandler((error, request, reply) => sendError(request, reply, error));
  app.setNotFoundHandler((request, reply) =>
    sendError(
      request,
      reply,
      new ServiceError({ code: 'NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0] ?? ''}` }),
    ),
  );
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.path,
      handler: async (request, reply) => {
        const principal =
          route.scope === 'public' ? undefined : await authorize(auth, request.headers.authorization, route);
        // Without a schema the handler gets the raw body and hands it to a service that validates it.
        const body: unknown = route.body ? parseBody(route, request.body) : request.body;
        const result = await route.handler({
          principal,
          params: request.params as Record<string, string>,
          query: request.query as Record<string, string>,
          headers: request.headers,
          body,
        });
        const status = result.status ?? route.successStatus ?? 200;
        if (result.body === undefined) return reply.code(status).send();
        return reply.code(status).send(result.body);
      },
    });
  }
}

async function authorize(auth: AuthService, header: string | undefined, route: AnyApiRoute): Promise<Principal> {
  const principal = await auth.authenticate(header);
  const admitted: readonly string[] = typeof route.scope === 'string' ? [route.scope] : route.scope;
  if (!admitted.some((scope) => principal.scopes.some((held) => held === scope))) {
    throw new AuthError('FORBIDDEN', `this needs the ${admitted.join(' or ')} scope`);
  }
  return principal;
}

function parseBody(route: AnyApiRoute, body: unknown): unknown {
  if (!route.body) return undefined;
  const result = parseContract(route.body, body ?? {});
  if (!result.ok) throw ServiceError.invalid(result.issues);
  return result.value;
}

function sendError(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
  const response = toApiError(error);
  if (response.unexpected) request.log.error({ err: error }, 'request failed');
  return reply.code(response.status).send(response.body);
}
