import type { OutboxEntry } from '@patchbay/headless-widget';
import type { CrmWriteKind, StuckCrmWrite } from '../model/DesktopState.js';

/** The planner's outbox keys are `<interactionId>:<suffix>`; the suffix names the write. */
const KIND_OF_SUFFIX: Readonly<Record<string, CrmWriteKind>> = {
  activity: 'callLog',
  activityUpdate: 'callLogUpdate',
  case: 'case',
  noMatchRecord: 'callerRecord',
};

/** A failed outbox entry as the desktop lists it. */
export function stuckCrmWrite(entry: OutboxEntry): StuckCrmWrite {
  const prefix = `${entry.interactionId}:`;
  const suffix = entry.key.startsWith(prefix) ? entry.key.slice(prefix.length) : '';
  const kind = KIND_OF_SUFFIX[suffix] ?? (entry.command.method === 'saveActivity' ? 'callLog' : 'record');
  return { key: entry.key, interactionId: entry.interactionId, kind, code: entry.lastError?.code ?? 'UNKNOWN' };
}
