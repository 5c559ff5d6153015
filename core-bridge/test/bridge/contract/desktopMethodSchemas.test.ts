import { describe, expect, it } from '@jest/globals';
import { DESKTOP_METHODS, parseBridgePayload, type DesktopMethodName } from '../../../src/bridge/contract/index.js';
import { DESKTOP_EXAMPLES } from './support/contractExamples.js';
import { expectInvalidPayload } from './support/expectInvalidPayload.js';

describe('desktop method schemas', () => {
  it.each(Object.keys(DESKTOP_METHODS) as DesktopMethodName[])('%s accepts a realistic params and result', (method) => {
    const spec = DESKTOP_METHODS[method];
    const example = DESKTOP_EXAMPLES[method];
    expect(parseBridgePayload(spec.params, example.params, `${method}.params`)).toEqual(example.params);
    expect(parseBridgePayload(spec.result, example.result, `${method}.result`)).toEqual(example.result);
  });

  it.each([[{ number: '1-800-FLOWERS' }], [{ number: '+39 02 1234 5678' }], [{ number: '5550100 ext. 22' }]])(
    'dial accepts a number as a CRM shows it: %p',
    (params) => {
      expect(parseBridgePayload(DESKTOP_METHODS.dial.params, params, 'dial.params')).toEqual(params);
    },
  );

  it('lets an agent become Available without an idle code', () => {
    expect(parseBridgePayload(DESKTOP_METHODS.setAgentState.params, { state: 'Available' }, 'p')).toEqual({
      state: 'Available',
    });
  });

  it.each([
    ['dial', 'params', 'dial.params.number', { number: 'abc' }],
    ['dial', 'params', 'dial.params.number', { number: '+1 555 0100 <script>' }],
    ['dial', 'params', 'dial.params.number', {}],
    ['dial', 'params', 'dial.params.record.objectType', { number: '5550100', record: { id: '003' } }],
    ['dial', 'params', 'dial.params.interactionHint', { number: '5550100', interactionHint: 'x'.repeat(129) }],
    ['dial', 'result', 'dial.result.interactionId', { interactionId: '' }],
    ['getAgentState', 'result', 'getAgentState.result.state.name', { state: { name: 'Busy' } }],
    ['getAgentState', 'result', 'getAgentState.result.state.since', { state: { name: 'Available', since: -1 } }],
    ['setAgentState', 'params', 'setAgentState.params.idleCodeId', { state: 'Idle' }],
    ['setAgentState', 'params', 'setAgentState.params.state', { state: 'Engaged' }],
    ['setAgentState', 'params', 'setAgentState.params.state', {}],
    ['focus', 'params', 'focus.params', []],
    ['focus', 'result', 'focus.result', null],
  ] as const)('%s.%s refuses bad input at %s', (method, part, field, value) => {
    expectInvalidPayload(DESKTOP_METHODS[method][part], value, `${method}.${part}`, field);
  });
});
