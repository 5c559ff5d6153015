import { describe, expect, it } from '@jest/globals';
import { ManifestError, parseConnectorConfig } from '@patchbay/manifests';

const valid = { tenantId: 'acme', crm: 'zendesk', coreUrl: 'https://cc.acme.example' };

function issuesOf(input: unknown): unknown {
  try {
    parseConnectorConfig(input);
  } catch (error) {
    if (error instanceof ManifestError) return error.issues;
    throw error;
  }
  throw new Error('expected a ManifestError');
}

describe('parseConnectorConfig', () => {
  it('accepts a minimal config and applies defaults', () => {
    expect(parseConnectorConfig(valid)).toEqual({ ...valid, extraHostOrigins: [] });
  });

  it('accepts http only for a loopback core and loopback extra origins', () => {
    const local = { ...valid, coreUrl: 'http://127.0.0.1:8080', extraHostOrigins: ['http://localhost:4567'] };
    expect(parseConnectorConfig(local)).toEqual(local);
  });

  it.each([
    [{ ...valid, tenantId: 'Acme Corp' }, 'tenantId'],
    [{ ...valid, crm: 'hubspot' }, 'crm'],
    [{ ...valid, coreUrl: 'http://cc.acme.example' }, 'coreUrl'],
    [{ ...valid, coreUrl: 'ftp://cc.acme.example' }, 'coreUrl'],
    [{ ...valid, coreUrl: 'not a url' }, 'coreUrl'],
    [{ ...valid, extraHostOrigins: ['https://crm.acme.example/app'] }, 'extraHostOrigins.0'],
    [{ ...valid, extraHostOrigins: 'https://crm.acme.example' }, 'extraHostOrigins'],
    [{ ...valid, coreURL: 'https://typo.example' }, 'coreURL'],
    [{ ...valid, extraHostOrigins: [42] }, 'extraHostOrigins.0'],
  ])('rejects %p at %s', (input, field) => {
    expect(() => parseConnectorConfig(input)).toThrow(
      expect.objectContaining({ name: 'ManifestError', code: 'INVALID_CONFIG', field }),
    );
  });

  it('reports every failing field at once', () => {
    expect(issuesOf({ crm: 'zendesk', coreUrl: 'http://x.example' })).toEqual([
      { field: 'tenantId', message: expect.any(String) },
      { field: 'coreUrl', message: 'must use https (http only on loopback)' },
    ]);
  });

  it.each([[null], ['acme'], [[]]])('rejects a non-object config %p', (input) => {
    expect(() => parseConnectorConfig(input)).toThrow(ManifestError);
  });
});
