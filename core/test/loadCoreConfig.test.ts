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
      tokenTtlSeconds: 900,
      eventRetentionDays: 7,
      desktopDir: undefined,
      desktopShellOrigins: [],
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
        TOKEN_TTL_SECONDS: '300',
        EVENT_RETENTION_DAYS: '30',
        PATH: '/usr/bin',
      }),
    ).toEqual({
      host: '0.0.0.0',
      port: 0,
      logLevel: 'debug',
      dataDir: '/var/lib/patchbay',
      tokenSecret: secret,
      adminPassword: 'a long admin password',
      tokenTtlSeconds: 300,
      eventRetentionDays: 30,
      desktopDir: undefined,
      desktopShellOrigins: [],
    });
  });

  it('reads the desktop folder and the CRM shell origins, a space-separated list', () => {
    const config = loadCoreConfig({
      DESKTOP_DIR: ' /srv/patchbay/desktop ',
      DESKTOP_SHELL_ORIGINS: 'https://*.lightning.force.com  https://acme.zendesk.com:8443\nhttp://localhost:3000',
    });
    expect(config.desktopDir).toBe('/srv/patchbay/desktop');
    expect(config.desktopShellOrigins).toEqual([
      'https://*.lightning.force.com',
      'https://acme.zendesk.com:8443',
      'http://localhost:3000',
    ]);
    expect(loadCoreConfig({}).desktopShellOrigins).toEqual([]);
    expect(loadCoreConfig({}).desktopDir).toBeUndefined();
  });

  it('treats empty values as unset', () => {
    expect(loadCoreConfig({ PORT: '', HOST: '', LOG_LEVEL: '', TOKEN_TTL_SECONDS: '' })).toEqual(loadCoreConfig({}));
  });

  it.each([
    ['60', 60],
    ['86400', 86400],
    ['0900', 900],
  ])('reads TOKEN_TTL_SECONDS %p as %p seconds', (value, seconds) => {
    expect(loadCoreConfig({ TOKEN_TTL_SECONDS: value }).tokenTtlSeconds).toBe(seconds);
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
    [{ TOKEN_TTL_SECONDS: '59' }, 'TOKEN_TTL_SECONDS', 'at least 60'],
    [{ TOKEN_TTL_SECONDS: '86401' }, 'TOKEN_TTL_SECONDS', 'at most 86400'],
    [{ TOKEN_TTL_SECONDS: '15m' }, 'TOKEN_TTL_SECONDS', 'whole number of seconds'],
    [{ TOKEN_TTL_SECONDS: '90.5' }, 'TOKEN_TTL_SECONDS', 'whole number of seconds'],
    [{ TOKEN_TTL_SECONDS: '-60' }, 'TOKEN_TTL_SECONDS', 'whole number of seconds'],
    [{ EVENT_RETENTION_DAYS: '0' }, 'EVENT_RETENTION_DAYS', 'at least 1'],
    [{ EVENT_RETENTION_DAYS: 'week' }, 'EVENT_RETENTION_DAYS', 'whole number of days'],
    [{ DESKTOP_SHELL_ORIGINS: '*' }, 'DESKTOP_SHELL_ORIGINS', 'must list origins'],
    [{ DESKTOP_SHELL_ORIGINS: 'http://crm.example.com' }, 'DESKTOP_SHELL_ORIGINS', 'must list origins'],
    [{ DESKTOP_SHELL_ORIGINS: 'https://crm.example.com/' }, 'DESKTOP_SHELL_ORIGINS', 'must list origins'],
    [{ DESKTOP_SHELL_ORIGINS: 'https://*.com.*' }, 'DESKTOP_SHELL_ORIGINS', 'must list origins'],
    [{ DESKTOP_SHELL_ORIGINS: "https://a.example 'unsafe-inline'" }, 'DESKTOP_SHELL_ORIGINS', 'must list origins'],
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
