import { describe, expect, it } from '@jest/globals';
import { BridgeError } from '../../../src/BridgeError.js';
import { SHELL_METHODS, parseBridgePayload } from '../../../src/bridge/contract/index.js';

describe('parseBridgePayload', () => {
  it('returns the parsed value, without fields the schema does not know', () => {
    expect(parseBridgePayload(SHELL_METHODS.setClickToDialEnabled.params, { enabled: true, extra: 1 }, 'p')).toEqual({
      enabled: true,
    });
  });

  it('throws INVALID_PAYLOAD naming the first failing path under the given field', () => {
    const params = { interactionId: 'i-1', match: { phone: 'x'.repeat(65) }, mode: 'popup' };
    let thrown: unknown;
    try {
      parseBridgePayload(SHELL_METHODS.screenPop.params, params, 'screenPop.params');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BridgeError);
    expect(thrown).toMatchObject({ code: 'INVALID_PAYLOAD', field: 'screenPop.params.match.phone' });
    expect((thrown as BridgeError).message).toMatch(/^\[bridge\] screenPop\.params\.match\.phone: .*64/);
  });

  it('writes array indexes in brackets', () => {
    const params = { query: { text: 'Ada' }, objectTypes: ['contact', '?'] };
    expect(() => parseBridgePayload(SHELL_METHODS.searchRecords.params, params, 'searchRecords.params')).toThrow(
      expect.objectContaining({ field: 'searchRecords.params.objectTypes[1]' }),
    );
  });

  it('names the field itself when the whole payload is wrong', () => {
    expect(() => parseBridgePayload(SHELL_METHODS.notify.params, undefined, 'notify.params')).toThrow(
      expect.objectContaining({ field: 'notify.params', message: expect.stringContaining('expected object') }),
    );
  });

  it('refuses an array where an object or a map belongs, though valibot alone would take it as {}', () => {
    expect(() => parseBridgePayload(SHELL_METHODS.getCrmContext.params, [], 'getCrmContext.params')).toThrow(
      expect.objectContaining({ field: 'getCrmContext.params', message: expect.stringContaining('expected object') }),
    );
    const record = { objectType: 'contact', fields: ['Rossi'] };
    expect(() => parseBridgePayload(SHELL_METHODS.createRecord.params, record, 'createRecord.params')).toThrow(
      expect.objectContaining({ field: 'createRecord.params.fields' }),
    );
  });

  it('never quotes the value, which may be customer data', () => {
    const secret = 'card 4111 1111 1111 1111 and a lot of trailing text';
    const params = { level: 'info', title: 'x'.repeat(121) + secret };
    expect(() => parseBridgePayload(SHELL_METHODS.notify.params, params, 'notify.params')).toThrow(
      expect.objectContaining({ field: 'notify.params.title', message: expect.not.stringContaining('4111') }),
    );
  });
});
