import { describe, expect, it } from '@jest/globals';
import { BRIDGE_ERROR_CODES, BridgeError, type BridgeErrorCode } from '../../src/BridgeError.js';
import { WIRE_ERROR_LIMITS, parseBridgePayload, wireErrorSchema } from '../../src/bridge/contract/index.js';
import { fromWireError, toWireError } from '../../src/bridge/serializeBridgeError.js';

/** What postMessage does to a value between two windows. */
function acrossWindows(value: unknown): unknown {
  return structuredClone(value);
}

describe('toWireError and fromWireError', () => {
  it.each(Object.keys(BRIDGE_ERROR_CODES) as BridgeErrorCode[])('round-trips a %s BridgeError', (code) => {
    const original = new BridgeError({
      code,
      message: 'Zendesk answered 429',
      field: 'saveActivity.params.relatedTo[0].id',
      details: { crm: 'zendesk', connectorCode: 'RATE_LIMITED', retryable: true, retryAfterSeconds: 30, ticket: null },
    });
    const restored = fromWireError(acrossWindows(toWireError(original)));
    expect(restored).toBeInstanceOf(BridgeError);
    expect(restored).toMatchObject({
      name: 'BridgeError',
      code,
      message: original.message,
      field: original.field,
      details: original.details,
    });
  });

  it('sends the message without the [bridge] prefix, which the other side adds back', () => {
    const wire = toWireError(new BridgeError({ code: 'TIMEOUT', message: 'dial got no answer within 10000 ms' }));
    expect(wire).toEqual({ code: 'TIMEOUT', message: 'dial got no answer within 10000 ms' });
    expect(fromWireError(wire).message).toBe('[bridge] dial got no answer within 10000 ms');
  });

  it('keeps a BridgeError without field or details free of them', () => {
    const restored = fromWireError(toWireError(new BridgeError({ code: 'DISCONNECTED' })));
    expect(restored).toMatchObject({ code: 'DISCONNECTED', message: '[bridge] DISCONNECTED' });
    expect(restored.field).toBeUndefined();
    expect(restored.details).toBeUndefined();
  });

  it('turns any other error into HANDLER_FAILED with its message only: no stack, cause or properties', () => {
    const thrown = Object.assign(new TypeError('Cannot read properties of undefined (reading "Id")'), {
      cause: new Error('token abc123'),
      accessToken: 'abc123',
    });
    const wire = toWireError(thrown);
    expect(wire).toEqual({ code: 'HANDLER_FAILED', message: 'Cannot read properties of undefined (reading "Id")' });
    expect(JSON.stringify(wire)).not.toContain('abc123');
    expect(JSON.stringify(wire)).not.toContain('at ');
  });

  it.each([
    ['a string', 'CRM not ready', 'CRM not ready'],
    ['an error-like object', { message: 'quota exceeded', status: 429 }, 'quota exceeded'],
    ['a number', 42, 'the handler failed'],
    ['undefined', undefined, 'the handler failed'],
  ])('turns %s into HANDLER_FAILED', (_, thrown, message) => {
    expect(toWireError(thrown)).toEqual({ code: 'HANDLER_FAILED', message });
  });

  it('trims what exceeds the wire bounds, so the answer always fits the schema', () => {
    const details: Record<string, string | number | boolean | null> = { notANumber: Number.NaN, tooBig: Infinity };
    for (let i = 0; i < 30; i += 1) details[`k${i}`] = 'v'.repeat(600);
    details['x'.repeat(65)] = 'a key too long to keep';
    const wire = toWireError(
      new BridgeError({ code: 'CRM_ERROR', message: 'm'.repeat(5000), field: 'f'.repeat(900), details }),
    );
    expect(() => parseBridgePayload(wireErrorSchema, acrossWindows(wire), 'error')).not.toThrow();
    expect(wire.message).toHaveLength(WIRE_ERROR_LIMITS.messageLength);
    expect(wire.field).toHaveLength(WIRE_ERROR_LIMITS.fieldLength);
    expect(Object.keys(wire.details ?? {})).toHaveLength(WIRE_ERROR_LIMITS.detailEntries);
    expect(wire.details).toMatchObject({ notANumber: 'NaN', tooBig: 'Infinity' });
    expect(wire.details?.['k0']).toHaveLength(WIRE_ERROR_LIMITS.detailStringLength);
  });

  it.each([
    ['null', null, 'error'],
    ['an Error as penpal rebuilds it', Object.assign(new Error('boom'), { name: 'BridgeError' }), 'error.code'],
    ['an unknown code', { code: 'TEAPOT', message: 'short and stout' }, 'error.code'],
    ['a missing message', { code: 'TIMEOUT' }, 'error.message'],
    ['a message over the bound', { code: 'TIMEOUT', message: 'x'.repeat(2001) }, 'error.message'],
    [
      'a nested detail',
      { code: 'CRM_ERROR', message: 'x', details: { response: { status: 500 } } },
      'error.details.response',
    ],
    ['a numeric field', { code: 'INVALID_PAYLOAD', message: 'x', field: 3 }, 'error.field'],
  ])('restores %s as INVALID_PAYLOAD', (_, value, field) => {
    const restored = fromWireError(value);
    expect(restored).toBeInstanceOf(BridgeError);
    expect(restored).toMatchObject({ code: 'INVALID_PAYLOAD', field });
  });
});
