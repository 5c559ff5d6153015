import { describe, expect, it } from '@jest/globals';
import { SHELL_METHODS, parseBridgePayload, type ShellMethodName } from '../../../src/bridge/contract/index.js';
import { SHELL_EXAMPLES } from './support/contractExamples.js';
import { expectInvalidPayload, withPatch } from './support/expectInvalidPayload.js';

const pop = SHELL_EXAMPLES.screenPop.params;
const activity = SHELL_EXAMPLES.saveActivity.params;
const manyFields = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`Field${i}`, 'x']));
const manyVariables = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`var${i}`, 'x']));
const record = { objectType: 'contact', id: '0035g00000XyZabAAF' };

describe('shell method schemas', () => {
  it.each(Object.keys(SHELL_METHODS) as ShellMethodName[])('%s accepts a realistic params and result', (method) => {
    const spec = SHELL_METHODS[method];
    const example = SHELL_EXAMPLES[method];
    expect(parseBridgePayload(spec.params, example.params, `${method}.params`)).toEqual(example.params);
    expect(parseBridgePayload(spec.result, example.result, `${method}.result`)).toEqual(example.result);
  });

  it('drops fields it does not know, so a newer side can add optional ones', () => {
    const parsed = parseBridgePayload(SHELL_METHODS.screenPop.params, { ...pop, priority: 'high' }, 'screenPop.params');
    expect(parsed).toEqual(pop);
  });

  it.each([
    ['open a screen pop without a match, given an ani', { interactionId: 'i-1', ani: '+390212345678', match: {} }],
    ['pop by record id', { interactionId: 'i-1', match: { recordId: '5005g00000QwErTAAU', objectType: 'case' } }],
    [
      'pop by email in search-only mode',
      { interactionId: 'i-1', match: { email: 'ada@acme.example' }, mode: 'searchOnly' },
    ],
  ])('screenPop accepts params to %s', (_, params) => {
    expect(() => parseBridgePayload(SHELL_METHODS.screenPop.params, params, 'screenPop.params')).not.toThrow();
  });

  it.each([
    ['screenPop', 'params', 'screenPop.params', null],
    ['screenPop', 'params', 'screenPop.params.interactionId', withPatch(pop, { interactionId: '' })],
    ['screenPop', 'params', 'screenPop.params.match.phone', withPatch(pop, { match: { phone: 'call me' } })],
    ['screenPop', 'params', 'screenPop.params.match.phone', withPatch(pop, { match: { phone: '1'.repeat(65) } })],
    ['screenPop', 'params', 'screenPop.params.match.email', withPatch(pop, { match: { email: 'ada' } })],
    ['screenPop', 'params', 'screenPop.params.match.objectType', withPatch(pop, { match: { recordId: '003' } })],
    ['screenPop', 'params', 'screenPop.params.match', { interactionId: 'i-1', match: {} }],
    ['screenPop', 'params', 'screenPop.params.mode', withPatch(pop, { mode: 'popup' })],
    [
      'screenPop',
      'params',
      'screenPop.params.callAssociatedData.pin',
      withPatch(pop, { callAssociatedData: { pin: 1234 } }),
    ],
    [
      'screenPop',
      'params',
      'screenPop.params.callAssociatedData',
      withPatch(pop, { callAssociatedData: manyVariables }),
    ],
    ['screenPop', 'result', 'screenPop.result.outcome', { outcome: 'found', records: [] }],
    ['screenPop', 'result', 'screenPop.result.records', { outcome: 'noMatch' }],
    [
      'screenPop',
      'result',
      'screenPop.result.records',
      { outcome: 'multipleMatches', records: Array(51).fill(record) },
    ],
    [
      'screenPop',
      'result',
      'screenPop.result.records[1].objectType',
      { outcome: 'opened', records: [record, { objectType: '1x', id: 'a' }] },
    ],
    ['searchRecords', 'params', 'searchRecords.params.query', { query: { phone: '+15550100', text: 'Ada' } }],
    ['searchRecords', 'params', 'searchRecords.params.query', { query: {} }],
    ['searchRecords', 'params', 'searchRecords.params.query.text', { query: { text: '' } }],
    ['searchRecords', 'params', 'searchRecords.params.limit', { query: { text: 'Ada' }, limit: 0 }],
    ['searchRecords', 'params', 'searchRecords.params.limit', { query: { text: 'Ada' }, limit: 2.5 }],
    ['searchRecords', 'params', 'searchRecords.params.limit', { query: { text: 'Ada' }, limit: 51 }],
    ['searchRecords', 'params', 'searchRecords.params.objectTypes', { query: { text: 'Ada' }, objectTypes: [] }],
    ['searchRecords', 'result', 'searchRecords.result.records[0].id', { records: [{ objectType: 'contact' }] }],
    ['openRecord', 'params', 'openRecord.params.record.id', { record: { objectType: 'incident', id: 'a b' } }],
    ['openRecord', 'params', 'openRecord.params.record', {}],
    [
      'createRecord',
      'params',
      'createRecord.params.fields.Last Name',
      { objectType: 'lead', fields: { 'Last Name': 'x' } },
    ],
    [
      'createRecord',
      'params',
      'createRecord.params.fields.Address',
      { objectType: 'lead', fields: { Address: { city: 'Milano' } } },
    ],
    ['createRecord', 'params', 'createRecord.params.fields', { objectType: 'lead', fields: manyFields }],
    ['createRecord', 'params', 'createRecord.params.open', { objectType: 'lead', fields: {}, open: 'yes' }],
    ['createRecord', 'result', 'createRecord.result.record.id', { record: { objectType: 'lead' } }],
    [
      'saveActivity',
      'params',
      'saveActivity.params.idempotencyKey',
      withPatch(activity, { idempotencyKey: undefined }),
    ],
    ['saveActivity', 'params', 'saveActivity.params.subject', withPatch(activity, { subject: '' })],
    ['saveActivity', 'params', 'saveActivity.params.direction', withPatch(activity, { direction: 'internal' })],
    ['saveActivity', 'params', 'saveActivity.params.startedAt', withPatch(activity, { startedAt: 1.5 })],
    ['saveActivity', 'params', 'saveActivity.params.endedAt', withPatch(activity, { endedAt: 1_767_225_599_999 })],
    ['saveActivity', 'params', 'saveActivity.params.durationSeconds', withPatch(activity, { durationSeconds: -1 })],
    [
      'saveActivity',
      'params',
      'saveActivity.params.description',
      withPatch(activity, { description: 'x'.repeat(32_001) }),
    ],
    [
      'saveActivity',
      'params',
      'saveActivity.params.relatedTo[1].id',
      withPatch(activity, { relatedTo: [record, { ...record, id: '' }] }),
    ],
    [
      'saveActivity',
      'params',
      'saveActivity.params.relatedTo',
      withPatch(activity, { relatedTo: Array(11).fill(record) }),
    ],
    ['saveActivity', 'result', 'saveActivity.result.created', { activityId: '00T', created: 'yes' }],
    ['openUrl', 'params', 'openUrl.params.url', { url: 'javascript:alert(1)' }],
    ['openUrl', 'params', 'openUrl.params.url', { url: 'data:text/html,<p>hi</p>' }],
    ['openUrl', 'params', 'openUrl.params.url', { url: 'https://' + 'x'.repeat(2048) + '.example' }],
    ['openUrl', 'params', 'openUrl.params.interactionId', { url: 'https://a.example', interactionId: '' }],
    [
      'saveActivity',
      'params',
      'saveActivity.params.fields',
      withPatch(activity, { fields: Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`F${i}`, i])) }),
    ],
    ['setPanel', 'params', 'setPanel.params.width', { width: 50 }],
    ['setPanel', 'params', 'setPanel.params.height', { height: 4000 }],
    ['setPanel', 'params', 'setPanel.params.width', { width: 320.5 }],
    ['setPanel', 'params', 'setPanel.params.label', { label: 'x'.repeat(61) }],
    ['setPanel', 'params', 'setPanel.params.icon', { icon: 'javascript:alert(1)' }],
    ['setPanel', 'params', 'setPanel.params.icon', { icon: 'http://cdn.example/phone.png' }],
    ['notify', 'params', 'notify.params.level', { level: 'critical', title: 'x' }],
    ['notify', 'params', 'notify.params.title', { level: 'info', title: '' }],
    ['notify', 'params', 'notify.params.timeoutSeconds', { level: 'info', title: 'x', timeoutSeconds: 0 }],
    ['getCrmContext', 'params', 'getCrmContext.params', 'please'],
    ['getCrmContext', 'result', 'getCrmContext.result.crm', { crm: 'hubspot', user: { id: 'u1' } }],
    [
      'getCrmContext',
      'result',
      'getCrmContext.result.user.email',
      { crm: 'zendesk', user: { id: 'u1', email: 'nope' } },
    ],
    [
      'getCrmContext',
      'result',
      'getCrmContext.result.record.id',
      { crm: 'zendesk', user: { id: 'u1' }, record: { objectType: 'ticket' } },
    ],
    ['getPresence', 'result', 'getPresence.result.presence.id', { presence: { id: '' } }],
    ['setPresence', 'params', 'setPresence.params.presenceId', { presenceId: 42 }],
    ['setClickToDialEnabled', 'params', 'setClickToDialEnabled.params.enabled', { enabled: 'false' }],
  ] as const)('%s.%s refuses bad input at %s', (method, part, field, value) => {
    expectInvalidPayload(SHELL_METHODS[method][part], value, `${method}.${part}`, field);
  });

  it('accepts an icon given as an https URL', () => {
    expect(parseBridgePayload(SHELL_METHODS.setPanel.params, { icon: 'https://cdn.example/p.svg' }, 'p')).toEqual({
      icon: 'https://cdn.example/p.svg',
    });
  });
});
