import { describe, expect, it } from '@jest/globals';
import { loadCoreConfig } from '@patchbay/core';

describe('loadCoreConfig', () => {
  it('defaults to loopback, port 8080 and info logs', () => {
    expect(loadCoreConfig({})).toEqual({
      host: '127.0.0.1',
      port: 8080,
      logLevel: 'info',
      dataDir: '.patchbay-data',
      tokenSecret: undefined,
      adminPassword: undefined,
    });
  });

  it('reads HOST, PORT and LOG_LEVEL and ignores unrelated variables', () => {
    const secret = 'A'.repeat(43);
    expect(
      loadCoreConfig({
        HOST: '0.0.0.0',
        PORT: '0',
        LOG_LEVEL: 'debug',
        DATA_DIR: '/var/lib/patchbay',
        TOKEN_SECRET: secret,
        PATCHBAY_ADMIN_PASSWORD: 'a long admin password',
        PATH: '/usr/bin',
      }),
    ).toEqual({
      host: '0.0.0.0',
      port: 0,
      logLevel: 'debug',
      dataDir: '/var/lib/patchbay',
      tokenSecret: secret,
      adminPassword: 'a long admin password',
    });
  });

  it('treats empty values as unset', () => {
    expect(loadCoreConfig({ PORT: '', HOST: '', LOG_LEVEL: '' })).toEqual(loadCoreConfig({}));
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT', 'whole number'],
    [{ PORT: '80.5' }, 'PORT', 'whole number'],
    [{ PORT: '-1' }, 'PORT', 'whole number'],
    [{ PORT: '65536' }, 'PORT', 'at most 65535'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL', ''],
    [{ HOST: '   ' }, 'HOST', ''],
    [{ TOKEN_SECRET: 'short' }, 'TOKEN_SECRET', 'at least 32 bytes'],
    [{ PATCHBAY_ADMIN_PASSWORD: 'admin' }, 'PATCHBAY_ADMIN_PASSWORD', 'at least 12'],
  ])('rejects %p with INVALID_CONFIG on %s', (environment, field, reason) => {
    expect(() => loadCoreConfig(environment)).toThrow(
      expect.objectContaining({
        name: 'ConfigError',
        code: 'INVALID_CONFIG',
        field,
        message: expect.stringContaining(reason),
      }),
    );
  });
});
