import { afterEach, describe, expect, it } from '@jest/globals';
import { createLogger, startCore, type RunningCore } from '@patchbay/core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(dataDir = temporaryDirectory(), adminPassword?: string): Promise<RunningCore> {
  const core = await startCore({
    config: { host: '127.0.0.1', port: 0, logLevel: 'silent', dataDir, tokenSecret: undefined, adminPassword },
    version: '9.9.9-test',
    logger: createLogger('silent'),
  });
  cleanups.push(() => core.close());
  return core;
}

function temporaryDirectory(): string {
  const directory = mkdtempSync(join(tmpdir(), 'patchbay-core-'));
  cleanups.push(() => {
    rmSync(directory, { recursive: true, force: true });
    return Promise.resolve();
  });
  return directory;
}

describe('startCore', () => {
  it('serves GET /health with the status and version', async () => {
    const core = await start();
    expect(core.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${core.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({ status: 'ok', version: '9.9.9-test' });
  });

  it('lists its endpoints for the banner', async () => {
    const core = await start();
    const port = new URL(core.baseUrl).port;
    expect(core.endpoints).toEqual({
      Health: `${core.baseUrl}/health`,
      'API (OpenAPI)': `${core.baseUrl}/openapi.json`,
      Tokens: `${core.baseUrl}/oauth/token`,
      Events: `ws://127.0.0.1:${port}/api/v1/events`,
    });
  });

  it('creates the default tenant and admin on the first start only, showing a generated password once', async () => {
    const dataDir = temporaryDirectory();
    const first = await start(dataDir);
    expect(first.firstAdmin).toMatchObject({ tenant: 'default', username: 'admin' });
    const password = first.firstAdmin?.password ?? '';
    await first.close();
    const second = await start(dataDir);
    expect(second.firstAdmin).toBeUndefined();
    const token = await fetch(`${second.baseUrl}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'password', tenant: 'default', username: 'admin', password }),
    });
    expect(token.status).toBe(200);
  });

  it('does not show a password the operator chose', async () => {
    const core = await start(temporaryDirectory(), 'a chosen admin password');
    expect(core.firstAdmin).toBeUndefined();
  });

  it('answers 404 with the error envelope for unknown paths', async () => {
    const core = await start();
    const response = await fetch(`${core.baseUrl}/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'no route GET /nope' } });
  });

  it('stops accepting connections once closed', async () => {
    const core = await start();
    await core.close();
    cleanups.shift();
    await expect(fetch(`${core.baseUrl}/health`)).rejects.toThrow();
  });
});

describe('createLogger', () => {
  it('never writes credentials in clear', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger('info', sink);
    logger.info(
      { session: { token: 'tok-123', refreshToken: 'ref-456' }, req: { headers: { authorization: 'Bearer abc' } } },
      'signed in',
    );
    const written = lines.join('');
    expect(written).toContain('signed in');
    expect(written).toContain('[redacted]');
    for (const secret of ['tok-123', 'ref-456', 'Bearer abc']) expect(written).not.toContain(secret);
  });
});

describe('startCore with a built desktop', () => {
  function desktopDir(): string {
    const directory = temporaryDirectory();
    writeFileSync(join(directory, 'patchbay-desktop-page.js'), 'export const page = 1;\n');
    return directory;
  }

  async function startWithDesktop(directory: string, shellOrigins: string[]): Promise<RunningCore> {
    const core = await startCore({
      config: {
        host: '127.0.0.1',
        port: 0,
        logLevel: 'silent',
        dataDir: temporaryDirectory(),
        tokenSecret: undefined,
        adminPassword: undefined,
        desktopDir: directory,
        desktopShellOrigins: shellOrigins,
      },
      version: '9.9.9-test',
      logger: createLogger('silent'),
    });
    cleanups.push(() => core.close());
    return core;
  }

  it('serves the desktop page with its config, a strict policy, and its script', async () => {
    const core = await startWithDesktop(desktopDir(), ['https://*.lightning.force.com']);
    expect(core.endpoints['Desktop']).toBe(`${core.baseUrl}/desktop/`);
    const page = await fetch(`${core.baseUrl}/desktop/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'self' https://*.lightning.force.com");
    const html = await page.text();
    expect(html).toContain(
      '<script id="patchbay-config" type="application/json">{"shellOrigins":["https://*.lightning.force.com"]}</script>',
    );
    expect(html).toContain('<script type="module" src="/desktop/assets/patchbay-desktop-page.js"></script>');
    const script = await fetch(`${core.baseUrl}/desktop/assets/patchbay-desktop-page.js`);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await script.text()).toBe('export const page = 1;\n');
  });

  it('sends /desktop to /desktop/ with its query, and serves nothing outside the desktop folder', async () => {
    const core = await startWithDesktop(desktopDir(), []);
    const bare = await fetch(`${core.baseUrl}/desktop?shellOrigin=https%3A%2F%2Facme.example`, { redirect: 'manual' });
    expect(bare.status).toBe(308);
    expect(bare.headers.get('location')).toBe('/desktop/?shellOrigin=https%3A%2F%2Facme.example');
    const page = await fetch(`${core.baseUrl}/desktop/`);
    expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'$/);
    for (const path of ['/desktop/assets/../../package.json', '/desktop/assets/%2e%2e/%2e%2e/package.json']) {
      expect((await fetch(`${core.baseUrl}${path}`)).status).toBe(404);
    }
  });

  it('serves no desktop, and says so, when the folder holds no build', async () => {
    const core = await startWithDesktop(temporaryDirectory(), []);
    expect(core.endpoints['Desktop']).toBeUndefined();
    expect((await fetch(`${core.baseUrl}/desktop/`)).status).toBe(404);
  });
});
