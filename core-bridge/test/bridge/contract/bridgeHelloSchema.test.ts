import { describe, expect, it } from '@jest/globals';
import {
  BRIDGE_PROTOCOL_VERSION,
  DESKTOP_METHODS,
  bridgeHelloSchema,
  parseBridgePayload,
} from '../../../src/bridge/contract/index.js';
import { expectInvalidPayload } from './support/expectInvalidPayload.js';

const hello = {
  protocolVersion: BRIDGE_PROTOCOL_VERSION,
  side: 'desktop',
  instanceId: '0b6f7d8e-3c1a-4f2b-9d4e-5a6b7c8d9e0f',
  capabilities: Object.keys(DESKTOP_METHODS),
};

describe('bridgeHelloSchema', () => {
  it('accepts a desktop hello that lists its methods', () => {
    expect(parseBridgePayload(bridgeHelloSchema, hello, 'hello')).toEqual(hello);
  });

  it('accepts a method name it does not know, from a newer side', () => {
    const newer = { ...hello, protocolVersion: 1, capabilities: ['dial', 'transferCall'] };
    expect(parseBridgePayload(bridgeHelloSchema, newer, 'hello')).toEqual(newer);
  });

  it.each([
    ['hello.protocolVersion', { ...hello, protocolVersion: '1' }],
    ['hello.protocolVersion', { ...hello, protocolVersion: 0 }],
    ['hello.side', { ...hello, side: 'crm' }],
    ['hello.instanceId', { ...hello, instanceId: '' }],
    ['hello.instanceId', { ...hello, instanceId: 'x'.repeat(65) }],
    ['hello.capabilities[1]', { ...hello, capabilities: ['dial', 'not a name'] }],
    ['hello.capabilities', { ...hello, capabilities: Array.from({ length: 65 }, (_, i) => `m${i}`) }],
    ['hello', 'hello'],
  ] as const)('refuses bad input at %s', (field, value) => {
    expectInvalidPayload(bridgeHelloSchema, value, 'hello', field);
  });
});
