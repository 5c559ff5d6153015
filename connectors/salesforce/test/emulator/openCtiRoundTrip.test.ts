import { describe, expect, it } from '@jest/globals';
import { installOpenCtiLibrary } from '../../src/emulator/library/index.js';
import type { OpenCtiMethod, OpenCtiResponse } from '../../src/emulator/protocol/index.js';
import {
  CALL_CENTER_SETTINGS,
  createEmulatedLightningPage,
  ORG_ORIGIN,
  SOFTPHONE_LAYOUT,
} from './support/createEmulatedLightningPage.js';

function connected(overrides: Parameters<typeof createEmulatedLightningPage>[0] = {}) {
  const page = createEmulatedLightningPage(overrides);
  const opencti = installOpenCtiLibrary(page.pair.childWindow);
  /** Calls a method and resolves with the response its callback gets. */
  const call = (method: OpenCtiMethod, options: Record<string, unknown> = {}) =>
    new Promise<OpenCtiResponse>((resolve) => {
      opencti[method]({ ...options, callback: resolve });
    });
  return { ...page, opencti, call };
}

const ok = (returnValue: unknown) => ({ success: true, returnValue, errors: null });

describe('Open CTI library ↔ host round trips', () => {
  it('screenPop opens each kind of page and tells onNavigationChange', async () => {
    const { call, host, ids, opencti, pair } = connected({ activeScreenFlows: ['Log_Call'] });
    const navigations: unknown[] = [];
    opencti.onNavigationChange({ listener: (payload: unknown) => navigations.push(payload) });
    const T = opencti.SCREENPOP_TYPE;
    expect(
      await call('screenPop', { type: T.SOBJECT, params: { recordId: ids.contacts.giuliaRossi.slice(0, 15) } }),
    ).toEqual(ok(null));
    await call('screenPop', { type: T.URL, params: { url: '/lightning/n/Help' } });
    await call('screenPop', { type: T.OBJECTHOME, params: { scope: 'Account' } });
    await call('screenPop', { type: T.LIST, params: { listViewId: '00BHr00000AllOpen', scope: 'Case' } });
    await call('screenPop', { type: T.SEARCH, params: { searchString: 'Rossi' } });
    await call('screenPop', {
      type: T.NEW_RECORD_MODAL,
      params: { entityName: 'Lead', defaultFieldValues: { Phone: '+39 1' } },
    });
    await call('screenPop', {
      type: T.FLOW,
      params: { flowDevName: 'Log_Call', flowArgs: [{ name: 'a', type: 'String', value: 'b' }] },
    });
    await pair.settled();
    expect(host.state().history.map((page) => page.kind)).toEqual([
      'home',
      'record',
      'url',
      'objectHome',
      'list',
      'search',
      'newRecord',
      'flow',
    ]);
    expect(host.state().screenPops).toHaveLength(7);
    expect(navigations[0]).toEqual({
      url: `${ORG_ORIGIN}/lightning/r/Contact/${ids.contacts.giuliaRossi}/view`,
      recordId: ids.contacts.giuliaRossi,
      recordName: 'Giulia Rossi',
      objectType: 'Contact',
    });
    expect(navigations).toHaveLength(7);
  });

  it.each<[string, Record<string, unknown>]>([
    ['an unknown type', { type: 'tab', params: {} }],
    ['a missing record', { type: 'sobject', params: { recordId: '003Hr0000009999' } }],
    ['an absolute URL', { type: 'url', params: { url: 'https://evil.example' } }],
    ['a two-character search', { type: 'search', params: { searchString: 'Ro' } }],
    ['an unknown entity', { type: 'newRecord', params: { entityName: 'Widget__c' } }],
    ['an unknown default field', { type: 'newRecord', params: { entityName: 'Lead', defaultFieldValues: { X: 1 } } }],
    ['an inactive flow', { type: 'flow', params: { flowDevName: 'Nope' } }],
    ['missing params', { type: 'search' }],
  ])('screenPop fails for %s without moving the page', async (_, options) => {
    const { call, host } = connected();
    const response = await call('screenPop', options);
    expect(response.success).toBe(false);
    expect(response.errors).toHaveLength(1);
    expect(host.state().history).toEqual([{ kind: 'home' }]);
  });

  it('searchAndScreenPop pops a single match, the search page for several, a new-record modal for none', async () => {
    const { call, host, ids } = connected();
    const single = await call('searchAndScreenPop', { searchParams: '+39 347 123 4567', callType: 'inbound' });
    expect(single.returnValue).toEqual({
      [ids.contacts.francescaBianchi]: {
        Id: ids.contacts.francescaBianchi,
        Name: 'Francesca Bianchi',
        LastModifiedDate: '2026-03-02T09:30:00.000+0000',
        RecordType: 'Contact',
        object: 'Contact',
        displayName: 'Contact',
        Phone: null,
        AccountId: ids.accounts.bancaLaguna,
      },
    });
    expect(host.state().page).toMatchObject({ kind: 'record', recordId: ids.contacts.francescaBianchi });
    const multiple = await call('searchAndScreenPop', { searchParams: '+39 02 8765 4321', callType: 'inbound' });
    expect(Object.keys(multiple.returnValue as object)).toHaveLength(3);
    expect(host.state().page).toEqual({ kind: 'search', searchString: '+39 02 8765 4321' });
    const none = await call('searchAndScreenPop', {
      searchParams: '+44 1632 960000',
      callType: 'inbound',
      defaultFieldValues: { Phone: '+44 1632 960000' },
    });
    expect(none).toEqual(ok({}));
    expect(host.state().page).toEqual({
      kind: 'newRecord',
      entityName: 'Contact',
      defaultFieldValues: { Phone: '+44 1632 960000' },
    });
    await call('searchAndScreenPop', { searchParams: '+44 1632 960000', callType: 'outbound' });
    expect(host.state().screenPops).toHaveLength(3);
  });

  it('searchAndScreenPop deferred returns SCREEN_POP_DATA that screenPop accepts unmodified', async () => {
    const { call, host, ids } = connected();
    const deferred = await call('searchAndScreenPop', { searchParams: 'Hughes', callType: 'outbound', deferred: true });
    const data = (deferred.returnValue as { SCREEN_POP_DATA: { type: string; params: unknown } }).SCREEN_POP_DATA;
    expect(data).toEqual({ type: 'sobject', params: { recordId: ids.contacts.oliverHughes } });
    expect(host.state().screenPops).toEqual([]);
    expect(await call('screenPop', data)).toEqual(ok(null));
    expect(host.state().page).toMatchObject({ kind: 'record', recordName: 'Oliver Hughes' });
    expect((await call('searchAndScreenPop', { searchParams: 'x', callType: 'sideways' })).success).toBe(false);
  });

  it('saveLog creates a Task, then updates it; refusals come back as errors', async () => {
    const { call, org, ids } = connected();
    const created = await call('saveLog', {
      value: {
        entityApiName: 'Task',
        WhoId: ids.contacts.marcoRossi,
        WhatId: ids.accounts.rossiImpianti,
        Subject: 'Call',
        Status: 'Completed',
        CallType: 'Inbound',
        TaskSubtype: 'Call',
        CallObject: 'ext-call-123',
      },
    });
    expect(created.success).toBe(true);
    const taskId = String(created.returnValue);
    const updated = await call('saveLog', {
      value: { Id: taskId, CallDurationInSeconds: 73, CallDisposition: 'Resolved' },
    });
    expect(updated).toEqual(ok(taskId));
    expect(org.get(taskId).fields).toMatchObject({
      CallDurationInSeconds: 73,
      CallDisposition: 'Resolved',
      CallObject: 'ext-call-123',
    });
    const refused = await call('saveLog', { value: { Id: taskId, TaskSubtype: 'Task' } });
    expect(refused).toEqual({
      success: false,
      returnValue: null,
      errors: [expect.stringMatching(/^INVALID_FIELD_FOR_INSERT_UPDATE: .*\[TaskSubtype\]$/)],
    });
    expect((await call('saveLog', { value: { Subject: 'no object' } })).success).toBe(false);
  });

  it('delivers click-to-dial only while enabled and listened to', async () => {
    const { call, host, ids, opencti, pair } = connected();
    const dials: unknown[] = [];
    const payload = {
      number: '+44 20 7946 0321',
      recordId: ids.contacts.oliverHughes,
      recordName: 'Oliver Hughes',
      objectType: 'Contact',
    };
    expect(host.clickToDial(payload)).toBe(false);
    await call('enableClickToDial');
    expect(host.clickToDial(payload)).toBe(false);
    opencti.onClickToDial({ listener: (p: unknown) => dials.push(p) });
    await pair.settled();
    expect(host.clickToDial(payload)).toBe(true);
    await call('disableClickToDial');
    expect(host.clickToDial(payload)).toBe(false);
    await pair.settled();
    expect(dials).toEqual([payload]);
  });

  it('navigate updates the page and getAppViewInfo', async () => {
    const { call, host, ids, opencti, pair } = connected();
    const navigations: unknown[] = [];
    opencti.onNavigationChange({ listener: (p: unknown) => navigations.push(p) });
    await pair.settled();
    host.navigate(ids.cases.boilerFault);
    const info = await call('getAppViewInfo');
    expect(info.returnValue).toEqual({
      url: `${ORG_ORIGIN}/lightning/r/Case/${ids.cases.boilerFault}/view`,
      recordId: ids.cases.boilerFault,
      recordName: '00001001',
      objectType: 'Case',
    });
    host.navigate('/lightning/o/Case/list');
    expect((await call('getAppViewInfo')).returnValue).toEqual({ url: `${ORG_ORIGIN}/lightning/o/Case/list` });
    expect(navigations).toHaveLength(2);
  });

  it('sets panel visibility, size within range, labels and icons', async () => {
    const { call, host } = connected();
    expect(host.state().panel).toMatchObject({ visible: false, width: 400, height: 550, label: 'Patchbay' });
    await call('setSoftphonePanelVisibility', { visible: true });
    expect((await call('isSoftphonePanelVisible')).returnValue).toEqual({ visible: true });
    expect(await call('setSoftphonePanelHeight', { heightPX: 240 })).toEqual(ok(null));
    expect(await call('setSoftphonePanelWidth', { widthPX: 1920 })).toEqual(ok(null));
    for (const [method, options] of [
      ['setSoftphonePanelHeight', { heightPX: 239 }],
      ['setSoftphonePanelHeight', { heightPX: 2561 }],
      ['setSoftphonePanelWidth', { widthPX: 199 }],
      ['setSoftphonePanelWidth', { widthPX: 1921 }],
      ['setSoftphonePanelWidth', { widthPX: 300.5 }],
    ] as const) {
      expect((await call(method, options)).errors).toEqual([expect.stringContaining('must be an integer between')]);
    }
    await call('setSoftphonePanelLabel', { label: 'On call 00:42' });
    await call('setSoftphoneItemLabel', { label: 'Patchbay' });
    await call('setSoftphonePanelIcon', { key: 'end_call' });
    await call('setSoftphoneItemIcon', { key: 'call' });
    expect((await call('setSoftphoneItemIcon', { key: 'Bad Icon' })).success).toBe(false);
    expect(host.state().panel).toEqual({
      visible: true,
      width: 1920,
      height: 240,
      label: 'On call 00:42',
      icon: 'end_call',
      itemLabel: 'Patchbay',
      itemIcon: 'call',
    });
  });

  it('returns call center settings and softphone layout, counts refreshes and initialization', async () => {
    const { call, host } = connected();
    expect(await call('getCallCenterSettings')).toEqual(ok(CALL_CENTER_SETTINGS));
    expect(await call('getSoftphoneLayout')).toEqual(ok(SOFTPHONE_LAYOUT));
    await call('refreshView');
    await call('notifyInitializationComplete');
    expect(host.state()).toMatchObject({ refreshCount: 1, initialized: true });
    const apex = await call('runApex', { apexClass: 'CtiLookup', methodName: 'find', methodParams: 'none' });
    expect(apex.success).toBe(false);
  });

  it('never posts with target origin *', async () => {
    const { call, pair } = connected();
    await call('getCallCenterSettings');
    await pair.settled();
    expect(pair.undelivered).toEqual([]);
  });
});
