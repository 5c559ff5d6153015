import { describe, expect, it } from '@jest/globals';
import {
  DESKTOP_EVENTS,
  SHELL_EVENTS,
  parseBridgePayload,
  type DesktopEventName,
  type ShellEventName,
} from '../../../src/bridge/contract/index.js';
import { DESKTOP_EVENT_EXAMPLES, SHELL_EVENT_EXAMPLES } from './support/contractExamples.js';
import { expectInvalidPayload } from './support/expectInvalidPayload.js';

const summary = DESKTOP_EVENT_EXAMPLES.contactOffered;

describe('event schemas', () => {
  it.each(Object.keys(SHELL_EVENTS) as ShellEventName[])('shell event %s accepts a realistic payload', (event) => {
    expect(parseBridgePayload(SHELL_EVENTS[event], SHELL_EVENT_EXAMPLES[event], event)).toEqual(
      SHELL_EVENT_EXAMPLES[event],
    );
  });

  it.each(Object.keys(DESKTOP_EVENTS) as DesktopEventName[])(
    'desktop event %s accepts a realistic payload',
    (event) => {
      expect(parseBridgePayload(DESKTOP_EVENTS[event], DESKTOP_EVENT_EXAMPLES[event], event)).toEqual(
        DESKTOP_EVENT_EXAMPLES[event],
      );
    },
  );

  it('accepts navigation to a page with no record, and an anonymous caller', () => {
    expect(parseBridgePayload(SHELL_EVENTS.navigationChanged, {}, 'navigationChanged')).toEqual({});
    const anonymous = { interactionId: 'i-1', direction: 'inbound', ani: 'anonymous', dnis: '+18005550100' };
    expect(parseBridgePayload(DESKTOP_EVENTS.contactOffered, anonymous, 'contactOffered')).toEqual(anonymous);
  });

  it.each([
    ['clickToDial', 'clickToDial.number', {}],
    ['clickToDial', 'clickToDial.record.id', { number: '5550100', record: { objectType: 'contact', id: '' } }],
    ['navigationChanged', 'navigationChanged.url', { url: 'javascript:alert(1)' }],
    ['navigationChanged', 'navigationChanged.url', { url: '/lightning/r/Contact/003/view' }],
    [
      'navigationChanged',
      'navigationChanged.record.label',
      { record: { objectType: 'contact', id: '003', label: '' } },
    ],
    ['panelVisibilityChanged', 'panelVisibilityChanged.visible', { visible: 1 }],
    ['presenceChanged', 'presenceChanged.presence', {}],
  ] as const)('shell event %s refuses bad input at %s', (event, field, value) => {
    expectInvalidPayload(SHELL_EVENTS[event], value, event, field);
  });

  it.each([
    ['agentStateChanged', 'agentStateChanged.state.name', { state: { name: 'OnBreak' } }],
    ['contactOffered', 'contactOffered.direction', { ...summary, direction: 'internal' }],
    ['contactOffered', 'contactOffered.ani', { ...summary, ani: '1'.repeat(65) }],
    ['contactConnected', 'contactConnected.interactionId', { ...summary, interactionId: undefined }],
    [
      'contactConnected',
      'contactConnected.callAssociatedData.balance',
      { ...summary, callAssociatedData: { balance: 12.5 } },
    ],
    ['contactEnded', 'contactEnded.endedBy', { ...summary, endedBy: 'caller' }],
  ] as const)('desktop event %s refuses bad input at %s', (event, field, value) => {
    expectInvalidPayload(DESKTOP_EVENTS[event], value, event, field);
  });
});
