import type * as z from 'zod/mini';
import type { Principal } from '../auth/Principal.js';
import type { Scope } from '../auth/scopes.js';

/** What a route handler gets: the caller and the validated input. */
export type ApiRequest<TBody> = {
  /** The authenticated caller; absent only on public routes. */
  readonly principal: Principal | undefined;
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: TBody;
};

export type ApiReply = { readonly status?: number; readonly body?: unknown };

/**
 * One REST route, as data: the registration and the OpenAPI document are both generated from the
 * route table, so the two cannot disagree.
 */
export type ApiRoute<TBody = unknown> = {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Fastify path syntax: `/api/v1/config/:collection/:id`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  /** The scopes that admit a caller (any one suffices), or `public` for the token endpoint. */
  readonly scope: Scope | readonly Scope[] | 'public';
  /** Body schema; the handler runs only with a body that passed it. Without one it gets the raw body. */
  readonly body?: z.ZodMiniType<TBody>;
  /** Success status, for the document (default 200). */
  readonly successStatus?: number;
  handler(request: ApiRequest<TBody>): Promise<ApiReply>;
};

/** A route of any body type, so routes of different bodies share one table. */
export type AnyApiRoute = ApiRoute;

/** Declares a route with its body type inferred from its schema (checked here, erased in the table). */
export function defineRoute<TBody = unknown>(route: ApiRoute<TBody>): AnyApiRoute {
  return route;
}
