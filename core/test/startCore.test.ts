import { afterEach, describe, expect, it } from '@jest/globals';
import { createLogger, startCore, type RunningCore } from '@patchbay/core';
import { Writable } from 'node:stream';

const running: RunningCore[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((core) => core.close()));
});

async function start(): Promise<RunningCore> {
  const core = await startCore({
    config: { host: '127.0.0.1', port: 0, logLevel: 'silent' },
    version: '9.9.9-test',
    logger: createLogger('silent'),
  });
  running.push(core);
  return core;
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
    expect(core.endpoints).toEqual({ Health: `${core.baseUrl}/health` });
  });

  it('answers 404 with a JSON error for unknown paths', async () => {
    const core = await start();
    const response = await fetch(`${core.baseUrl}/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ statusCode: 404 });
  });

  it('stops accepting connections once closed', async () => {
    const core = await start();
    await core.close();
    running.splice(0);
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
