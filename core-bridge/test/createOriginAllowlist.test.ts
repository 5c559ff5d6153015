import { describe, expect, it } from '@jest/globals';
import { createOriginAllowlist } from '@patchbay/core-bridge';

describe('createOriginAllowlist', () => {
  const allowlist = createOriginAllowlist(['https://acme.lightning.force.com', 'http://127.0.0.1:8080']);

  it.each([['https://acme.lightning.force.com'], ['http://127.0.0.1:8080']])(
    'allows the listed origin %s',
    (origin) => {
      expect(allowlist.allows(origin)).toBe(true);
    },
  );

  it.each([
    ['https://evil.lightning.force.com'],
    ['https://acme.lightning.force.com.evil.example'],
    ['https://acme.lightning.force.com/'],
    ['http://acme.lightning.force.com'],
    ['http://127.0.0.1:8081'],
    ['http://localhost:8080'],
    ['null'],
    ['*'],
    [''],
  ])('refuses %s', (origin) => {
    expect(allowlist.allows(origin)).toBe(false);
  });

  it('keeps the origins in the given order for use as postMessage targets', () => {
    expect(allowlist.origins).toEqual(['https://acme.lightning.force.com', 'http://127.0.0.1:8080']);
  });

  it.each([
    [['*'], 'allowedOrigins[0]', 'wildcard'],
    [['https://*.force.com'], 'allowedOrigins[0]', 'wildcard'],
    [['https://ok.example', 'https://ok.example/'], 'allowedOrigins[1]', 'exact origin'],
    [['https://ok.example', 'https://ok.example/app?x=1'], 'allowedOrigins[1]', 'exact origin'],
    [['http://crm.example'], 'allowedOrigins[0]', 'https'],
    [['file:///tmp/x.html'], 'allowedOrigins[0]', 'exact origin'],
    [['not a url'], 'allowedOrigins[0]', 'not a URL'],
    [[42], 'allowedOrigins[0]', 'string'],
    [[], 'allowedOrigins', 'at least one'],
  ])('rejects %p with INVALID_OPTIONS on %s', (origins, field, reason) => {
    expect(() => createOriginAllowlist(origins)).toThrow(
      expect.objectContaining({
        name: 'BridgeError',
        code: 'INVALID_OPTIONS',
        field,
        message: expect.stringContaining(reason),
      }),
    );
  });

  it('names the caller-supplied field in errors', () => {
    expect(() => createOriginAllowlist(['*'], 'shell.hostOrigins')).toThrow(
      expect.objectContaining({ field: 'shell.hostOrigins[0]' }),
    );
  });
});
