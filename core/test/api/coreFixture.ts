import { createLogger, startCore, type RunningCore } from '@patchbay/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { serverFrameSchema, type ServerFrame } from '../../src/contract/index.js';
import { seedTestTenant } from '../../src/testing/index.js';

export const ADMIN_PASSWORD = 'fixture admin password';
export const AGENT_PASSWORD = 'fixture agent password';

export type ApiAnswer = { status: number; body: Record<string, unknown> | undefined };

/** A real core on an ephemeral port with its own data directory, and small HTTP helpers. */
export async function startTestCore() {
  const dataDir = mkdtempSync(join(tmpdir(), 'patchbay-api-'));
  const core: RunningCore = await startCore({
    config: {
      host: '127.0.0.1',
      port: 0,
      logLevel: 'silent',
      dataDir,
      tokenSecret: undefined,
      adminPassword: ADMIN_PASSWORD,
    },
    version: 'test',
    logger: createLogger('silent'),
  });

  const call = async (method: string, path: string, token?: string, body?: unknown): Promise<ApiAnswer> => {
    const response = await fetch(`${core.baseUrl}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
  };

  const tokenFor = async (username: string, password: string, tenant = 'default'): Promise<string> => {
    const { status, body } = await call('POST', '/oauth/token', undefined, {
      grant_type: 'password',
      tenant,
      username,
      password,
    });
    if (status !== 200) throw new Error(`sign-in of ${username}@${tenant} failed with ${status}`);
    return body?.['access_token'] as string;
  };

  /** Site, team, queue, entry point +390200000001, agent `ada` (phone 1001, auto-answer). */
  const configureTenant = (admin: string) =>
    seedTestTenant({
      baseUrl: core.baseUrl,
      adminToken: admin,
      agents: [{ id: 'ada', name: 'Ada', phone: '1001', password: AGENT_PASSWORD }],
    });

  const close = async () => {
    await core.close();
    rmSync(dataDir, { recursive: true, force: true });
  };

  return { core, call, tokenFor, configureTenant, close };
}

/** A WebSocket client of /api/v1/events that records every frame, validating each against the contract. */
export function openEventSocket(url: string) {
  const socket = new WebSocket(url);
  const frames: ServerFrame[] = [];
  const waiters: { test: (frame: ServerFrame) => boolean; resolve: (frame: ServerFrame) => void }[] = [];
  socket.on('message', (data: Buffer) => {
    const frame = serverFrameSchema.parse(JSON.parse(data.toString()));
    frames.push(frame);
    for (const waiter of [...waiters]) {
      if (waiter.test(frame)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(frame);
      }
    }
  });
  const opened = new Promise<void>((resolve) => socket.once('open', () => resolve()));
  const closed = new Promise<number>((resolve) => socket.once('close', (code: number) => resolve(code)));
  return {
    socket,
    frames,
    closed,
    opened,
    send: async (frame: unknown) => {
      await opened;
      socket.send(typeof frame === 'string' || Buffer.isBuffer(frame) ? frame : JSON.stringify(frame));
    },
    next: (test: (frame: ServerFrame) => boolean) =>
      new Promise<ServerFrame>((resolve) => {
        const seen = frames.find(test);
        if (seen) resolve(seen);
        else waiters.push({ test, resolve });
      }),
    close: () => socket.close(),
  };
}
