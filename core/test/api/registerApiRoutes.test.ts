import { afterEach, describe, expect, it } from '@jest/globals';
import * as z from 'zod/mini';
import { defineRoute } from '../../src/api/ApiRoute.js';
import { buildOpenApiDocument } from '../../src/api/buildOpenApiDocument.js';
import { authRoutes } from '../../src/api/routes/authRoutes.js';
import { ServiceError } from '../../src/service/ServiceError.js';
import { startApiHarness } from './apiHarness.js';

const echoBody = z.strictObject({ name: z.string().check(z.minLength(1)), count: z.number() });

const testRoutes = () => [
  defineRoute({
    method: 'POST',
    path: '/api/v1/echo/:id',
    summary: 'echo',
    tag: 'test',
    scope: 'config:write',
    body: echoBody,
    successStatus: 201,
    handler: ({ body, params, principal }) =>
      Promise.resolve({ body: { ...body, id: params['id'], by: principal?.userId } }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/conflict',
    summary: 'conflict',
    tag: 'test',
    scope: 'config:read',
    handler: () =>
      Promise.reject(new ServiceError({ code: 'CONFLICT', message: 'cannot hold while ringing', state: 'offered' })),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/bug',
    summary: 'bug',
    tag: 'test',
    scope: 'config:read',
    handler: () => Promise.reject(new Error('secret internal detail')),
  }),
];

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function setup() {
  const harness = await startApiHarness(testRoutes);
  close = () => harness.app.close();
  return harness;
}

describe('token endpoint', () => {
  it('grants tokens for a password, as JSON or form-encoded, and refreshes with rotation', async () => {
    const { app } = await setup();
    const json = await app.inject({
      method: 'POST',
      url: '/oauth/token',
      payload: { grant_type: 'password', tenant: 'acme', username: 'ada', password: 'correct horse battery' },
    });
    expect(json.statusCode).toBe(200);
    const granted = json.json<{ refresh_token: string; scope: string; token_type: string }>();
    expect(granted).toMatchObject({
      token_type: 'Bearer',
      expires_in: 900,
      scope: 'config:read agent:self',
      tenant_id: 'acme',
      user_id: 'ada',
    });

    const form = await app.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `grant_type=refresh_token&refresh_token=${encodeURIComponent(granted.refresh_token)}`,
    });
    expect(form.statusCode).toBe(200);
    expect(form.json<{ refresh_token: string }>().refresh_token).not.toBe(granted.refresh_token);

    const replay = await app.inject({
      method: 'POST',
      url: '/oauth/token',
      payload: { grant_type: 'refresh_token', refresh_token: granted.refresh_token },
    });
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: '[auth] refresh token reused' } });
  });

  it.each([
    [{ grant_type: 'password', tenant: 'acme', username: 'ada', password: 'wrong' }, 401, 'UNAUTHENTICATED'],
    [
      { grant_type: 'password', tenant: 'other', username: 'ada', password: 'correct horse battery' },
      401,
      'UNAUTHENTICATED',
    ],
    [{ grant_type: 'client_credentials' }, 400, 'INVALID_REQUEST'],
    [{ grant_type: 'password', tenant: 'acme', username: 'ada' }, 400, 'INVALID_REQUEST'],
  ])('refuses %p with %i', async (payload, status, code) => {
    const { app } = await setup();
    const response = await app.inject({ method: 'POST', url: '/oauth/token', payload });
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ error: { code } });
  });
});

describe('registerApiRoutes', () => {
  it('runs a handler with the validated body and the caller', async () => {
    const { app, tokenFor } = await setup();
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/echo/x1',
      headers: { authorization: `Bearer ${await tokenFor('root')}` },
      payload: { name: 'n', count: 2 },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ name: 'n', count: 2, id: 'x1', by: 'root' });
  });

  it.each([
    [undefined, 401, 'UNAUTHENTICATED'],
    ['Bearer not.a.token', 401, 'UNAUTHENTICATED'],
    ['Basic YWRhOnB3', 401, 'UNAUTHENTICATED'],
  ])('refuses authorization %p', async (authorization, status, code) => {
    const { app } = await setup();
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/echo/x1',
      ...(authorization ? { headers: { authorization } } : {}),
      payload: { name: 'n', count: 2 },
    });
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ error: { code } });
  });

  it('refuses a caller without the scope with 403', async () => {
    const { app, tokenFor } = await setup();
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/echo/x1',
      headers: { authorization: `Bearer ${await tokenFor('ada')}` },
      payload: { name: 'n', count: 2 },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({
      error: { code: 'FORBIDDEN', message: '[auth] this needs the config:write scope' },
    });
  });

  it.each([
    [{ name: '', count: 2 }, 'name'],
    [{ name: 'n' }, 'count'],
    [{ name: 'n', count: 2, extra: 1 }, 'extra'],
  ])('answers 400 with the failing field for %p', async (payload, field) => {
    const { app, tokenFor } = await setup();
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/echo/x1',
      headers: { authorization: `Bearer ${await tokenFor('root')}` },
      payload,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: { code: 'INVALID_REQUEST', field } });
  });

  it('answers malformed JSON with 400, unknown routes with 404, conflicts with 409 and bugs with a bare 500', async () => {
    const { app, tokenFor } = await setup();
    const authorization = `Bearer ${await tokenFor('root')}`;
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/v1/echo/x1',
      headers: { authorization, 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ error: { code: 'INVALID_REQUEST' } });

    const missing = await app.inject({ method: 'GET', url: '/api/v1/nothing?x=1' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'no route GET /api/v1/nothing' } });

    const conflict = await app.inject({ method: 'GET', url: '/api/v1/conflict', headers: { authorization } });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json()).toEqual({
      error: { code: 'CONFLICT', message: 'cannot hold while ringing', state: 'offered' },
    });

    const bug = await app.inject({ method: 'GET', url: '/api/v1/bug', headers: { authorization } });
    expect(bug.statusCode).toBe(500);
    expect(bug.json()).toEqual({ error: { code: 'INTERNAL', message: 'internal error' } });
  });
});

describe('buildOpenApiDocument', () => {
  it('documents every route with its security, parameters and body schema', async () => {
    const { auth } = await setup();
    const document = buildOpenApiDocument([...authRoutes(auth), ...testRoutes()], {
      version: '1.2.3',
      serverUrl: 'http://x',
    });
    expect(document).toMatchObject({ openapi: '3.1.0', info: { version: '1.2.3' } });
    const paths = document['paths'] as Record<string, Record<string, Record<string, unknown>>>;
    expect(Object.keys(paths)).toEqual([
      '/oauth/token',
      '/oauth/revoke',
      '/api/v1/echo/{id}',
      '/api/v1/conflict',
      '/api/v1/bug',
    ]);
    expect(paths['/oauth/token']?.['post']?.['security']).toEqual([]);
    const echo = paths['/api/v1/echo/{id}']?.['post'] ?? {};
    expect(echo['security']).toEqual([{ bearer: ['config:write'] }]);
    expect(echo['parameters']).toEqual([{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }]);
    expect(echo['requestBody']).toMatchObject({
      content: {
        'application/json': { schema: { type: 'object', required: ['name', 'count'], additionalProperties: false } },
      },
    });
    expect(JSON.stringify(document)).not.toContain('$schema');
  });
});
