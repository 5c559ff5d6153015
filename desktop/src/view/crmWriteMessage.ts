import type { MessageKey } from '../i18n/enMessages.js';
import type { CrmWriteKind } from '../model/DesktopState.js';

const MESSAGE_OF_KIND: Readonly<Record<CrmWriteKind, MessageKey>> = {
  callLog: 'crmWrites.callLog',
  callLogUpdate: 'crmWrites.callLogUpdate',
  case: 'crmWrites.case',
  callerRecord: 'crmWrites.callerRecord',
  record: 'crmWrites.record',
};

/** What the agent reads about a stuck CRM write: which record the CRM did not take. */
export function crmWriteMessage(kind: CrmWriteKind): MessageKey {
  return MESSAGE_OF_KIND[kind];
}
