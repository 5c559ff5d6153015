import { describe, expect, it } from '@jest/globals';
import { CONNECTOR_ERROR_CODES, ConnectorError, type ConnectorErrorCode } from '@patchbay/connector-kit';

describe('ConnectorError', () => {
  it('prefixes the message with the CRM and keeps code, field and cause', () => {
    const cause = new Error('boom');
    const error = new ConnectorError({ crm: 'zendesk', code: 'INVALID_INPUT', field: 'origin', cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('[connector:zendesk] INVALID_INPUT');
    expect(error).toMatchObject({ name: 'ConnectorError', crm: 'zendesk', code: 'INVALID_INPUT', field: 'origin' });
    expect(error.cause).toBe(cause);
    expect(error.retryable).toBe(false);
  });

  it.each<[ConnectorErrorCode, boolean]>([
    ['HOST_TIMEOUT', true],
    ['RATE_LIMITED', true],
    ['UNAUTHORIZED', false],
    ['VENDOR_ERROR', false],
  ])('marks %s as retryable=%s by default', (code, retryable) => {
    expect(new ConnectorError({ crm: 'salesforce', code }).retryable).toBe(retryable);
  });

  it('lets the caller override retryability', () => {
    expect(new ConnectorError({ crm: 'salesforce', code: 'VENDOR_ERROR', retryable: true }).retryable).toBe(true);
  });

  it('keeps every code equal to its key, so codes can be compared as strings on the wire', () => {
    for (const [key, value] of Object.entries(CONNECTOR_ERROR_CODES)) expect(value).toBe(key);
  });

  describe('from', () => {
    it('returns a ConnectorError unchanged', () => {
      const original = new ConnectorError({ crm: 'dynamics', code: 'NOT_FOUND' });
      expect(ConnectorError.from('dynamics', original)).toBe(original);
    });

    it.each([
      [new TypeError('bad thing'), 'bad thing'],
      ['Failed to initialize Open CTI', 'Failed to initialize Open CTI'],
      [{ weird: true }, 'VENDOR_ERROR'],
    ])('wraps %p as VENDOR_ERROR', (thrown, message) => {
      const error = ConnectorError.from('salesforce', thrown);
      expect(error).toMatchObject({
        code: 'VENDOR_ERROR',
        crm: 'salesforce',
        message: `[connector:salesforce] ${message}`,
      });
      expect(error.cause).toBe(thrown);
    });
  });

  it.each<[number, ConnectorErrorCode]>([
    [400, 'INVALID_INPUT'],
    [401, 'UNAUTHORIZED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [422, 'INVALID_INPUT'],
    [429, 'RATE_LIMITED'],
    [504, 'HOST_TIMEOUT'],
    [500, 'VENDOR_ERROR'],
    [302, 'VENDOR_ERROR'],
  ])('maps HTTP %i to %s', (status, code) => {
    expect(ConnectorError.fromHttpStatus('freshdesk', status)).toMatchObject({
      code,
      message: `[connector:freshdesk] HTTP ${status}`,
    });
  });
});
