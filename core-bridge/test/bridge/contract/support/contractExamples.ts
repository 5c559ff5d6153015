import type {
  DesktopEventName,
  DesktopEventPayload,
  DesktopMethodName,
  DesktopMethodParams,
  DesktopMethodResult,
  ShellEventName,
  ShellEventPayload,
  ShellMethodName,
  ShellMethodParams,
  ShellMethodResult,
} from '../../../../src/bridge/contract/index.js';

// Realistic payloads for every method and event, typed against the contract: the compiler checks
// the examples, the schema tests check the schemas accept them.

const INTERACTION_ID = '7d3f0c1e-52a4-4c1b-9e0f-3b8f6a2d9c41';
const CONTACT = { objectType: 'contact', id: '0035g00000XyZabAAF' };

/** One valid params and result per shell method. */
export const SHELL_EXAMPLES: {
  [K in ShellMethodName]: { params: ShellMethodParams<K>; result: ShellMethodResult<K> };
} = {
  screenPop: {
    params: {
      interactionId: INTERACTION_ID,
      ani: '+390212345678',
      dnis: '+18005550100',
      callAssociatedData: { accountNumber: '40021', ivrLanguage: 'it', verified: 'true' },
      match: { phone: '+390212345678', objectType: 'contact' },
      mode: 'auto',
    },
    result: {
      outcome: 'opened',
      records: [
        {
          ...CONTACT,
          label: 'Ada Rossi',
          fields: { Phone: '+390212345678', AccountName: 'Acme S.p.A.', OpenCases: 2, VIP: true, Fax: null },
        },
      ],
    },
  },
  openUrl: {
    params: { url: 'https://orders.acme.example/lookup?phone=%2B390212345678', interactionId: INTERACTION_ID },
    result: {},
  },
  searchRecords: {
    params: { query: { phone: '+1 (555) 010-0199' }, objectTypes: ['contact', 'lead'], limit: 5 },
    result: {
      records: [
        { ...CONTACT, label: 'Ada Rossi' },
        { objectType: 'lead', id: '00Q5g00000AbCdEEAZ', label: 'Ada Rossi (lead)' },
      ],
    },
  },
  openRecord: {
    params: { record: { objectType: 'incident', id: '46d44a5dc0a8010e0000b2c24e6a1234' } },
    result: {},
  },
  createRecord: {
    params: {
      objectType: 'lead',
      fields: { LastName: 'Rossi', Phone: '+390212345678', Rating: 3, DoNotCall: false, Description: null },
      open: true,
    },
    result: { record: { objectType: 'lead', id: '00Q5g00000AbCdEEAZ', label: 'Rossi' } },
  },
  saveActivity: {
    params: {
      idempotencyKey: `${INTERACTION_ID}:wrapUp`,
      interactionId: INTERACTION_ID,
      subject: 'Inbound call from +390212345678',
      description: 'Customer asked about invoice 2025-118; resent by email.',
      direction: 'inbound',
      startedAt: 1_767_225_600_000,
      endedAt: 1_767_225_780_000,
      durationSeconds: 180,
      disposition: 'Resolved',
      relatedTo: [CONTACT, { objectType: 'case', id: '5005g00000QwErTAAU' }],
      fields: { Order_Number__c: 'A-1042' },
    },
    result: { activityId: '00T5g00000LmNoPEAV', created: true },
  },
  setPanel: {
    params: { visible: true, width: 320, height: 560, label: 'Patchbay', icon: 'phone-ringing' },
    result: {},
  },
  notify: {
    params: {
      level: 'warning',
      title: 'Call log delayed',
      message: 'Salesforce is slow; retrying.',
      timeoutSeconds: 8,
    },
    result: {},
  },
  getCrmContext: {
    params: {},
    result: {
      crm: 'servicenow',
      user: { id: '6816f79cc0a8016401c5a33be04be441', name: 'Ada Rossi', email: 'ada.rossi@acme.example' },
      record: { objectType: 'incident', id: '46d44a5dc0a8010e0000b2c24e6a1234', label: 'INC0010023' },
    },
  },
  getPresence: { params: {}, result: { presence: { id: '0N55g000000TzAbCAK', label: 'Available' } } },
  setPresence: { params: { presenceId: '0N55g000000TzAbCAK' }, result: {} },
  setClickToDialEnabled: { params: { enabled: false }, result: {} },
};

/** One valid params and result per desktop method. */
export const DESKTOP_EXAMPLES: {
  [K in DesktopMethodName]: { params: DesktopMethodParams<K>; result: DesktopMethodResult<K> };
} = {
  dial: {
    params: { number: '+1 (555) 010-0199', record: CONTACT, interactionHint: 'sf-click-42' },
    result: { interactionId: INTERACTION_ID },
  },
  getAgentState: { params: {}, result: { state: { name: 'Idle', idleCodeId: 'lunch', since: 1_767_225_600_000 } } },
  setAgentState: { params: { state: 'Idle', idleCodeId: 'lunch' }, result: {} },
  focus: { params: {}, result: {} },
};

/** One valid payload per shell event. */
export const SHELL_EVENT_EXAMPLES: { [K in ShellEventName]: ShellEventPayload<K> } = {
  clickToDial: { number: '(555) 123-4567', record: CONTACT },
  navigationChanged: {
    record: { ...CONTACT, label: 'Ada Rossi' },
    url: 'https://acme.lightning.force.com/lightning/r/Contact/0035g00000XyZabAAF/view',
  },
  panelVisibilityChanged: { visible: true },
  presenceChanged: { presence: { id: '0N55g000000TzAbCAK', label: 'Busy' } },
};

const SUMMARY = {
  interactionId: INTERACTION_ID,
  direction: 'inbound',
  ani: '+390212345678',
  dnis: '+18005550100',
  queueId: 'support-it',
  callAssociatedData: { accountNumber: '40021' },
} as const;

/** One valid payload per desktop event. */
export const DESKTOP_EVENT_EXAMPLES: { [K in DesktopEventName]: DesktopEventPayload<K> } = {
  agentStateChanged: { state: { name: 'Available', since: 1_767_225_600_000 } },
  contactOffered: SUMMARY,
  contactConnected: SUMMARY,
  contactEnded: { ...SUMMARY, endedBy: 'customer' },
};
