import { checkCount, checkList, checkName, checkRecord, checkTime } from './checkArguments.js';
import type { StoreBatch } from './CoreStore.js';
import { toJsonText } from './toJsonText.js';

/** A put, checked, with its body serialised. */
export type PreparedPut = {
  tenantId: string;
  kind: string;
  id: string;
  /** The body as given: plain JSON once checked, so it equals what `bodyText` parses back to. */
  body: unknown;
  bodyText: string;
  expectedVersion: number | undefined;
};

/** A delete, checked. */
export type PreparedDelete = { tenantId: string; kind: string; id: string; expectedVersion: number | undefined };

/** An event append, checked, with its payload serialised. */
export type PreparedEvent = {
  tenantId: string;
  stream: string;
  type: string;
  /** The payload as given: plain JSON once checked. */
  payload: unknown;
  payloadText: string;
  time: number;
};

/** A batch every implementation can apply without further checks. */
export type PreparedBatch = {
  puts: PreparedPut[];
  deletes: PreparedDelete[];
  events: PreparedEvent[];
  /** The `updatedAt` of the documents it puts. */
  updatedAt: number;
};

/**
 * Checks a whole batch before anything of it is applied, so bad input is refused with
 * INVALID_INPUT (naming e.g. `puts[2].body`) and never half-written. Bodies are serialised here,
 * once: implementations store the text, which also keeps callers from mutating stored state. One
 * payload object appended to several streams (the runtime's events go to the tenant's stream and
 * each concerned agent's) is checked and serialised once.
 */
export function prepareBatch(batch: StoreBatch, updatedAt: number): PreparedBatch {
  const record = checkRecord(batch, 'batch');
  const payloadTexts = new Map<unknown, string>();
  const payloadText = (payload: unknown, field: string) => {
    let text = payloadTexts.get(payload);
    if (text === undefined) {
      text = toJsonText(payload, field);
      if (typeof payload === 'object' && payload !== null) payloadTexts.set(payload, text);
    }
    return text;
  };
  const puts = checkList(record['puts'], 'puts').map((item, index): PreparedPut => {
    const field = `puts[${index}]`;
    const put = checkRecord(item, field);
    return {
      ...checkDocumentKey(put, field),
      body: put['body'],
      bodyText: toJsonText(put['body'], `${field}.body`),
      expectedVersion: checkExpectedVersion(put, field),
    };
  });
  const deletes = checkList(record['deletes'], 'deletes').map((item, index): PreparedDelete => {
    const field = `deletes[${index}]`;
    const remove = checkRecord(item, field);
    return { ...checkDocumentKey(remove, field), expectedVersion: checkExpectedVersion(remove, field) };
  });
  const events = checkList(record['events'], 'events').map((item, index): PreparedEvent => {
    const field = `events[${index}]`;
    const event = checkRecord(item, field);
    return {
      tenantId: checkName(event['tenantId'], `${field}.tenantId`),
      stream: checkName(event['stream'], `${field}.stream`),
      type: checkName(event['type'], `${field}.type`),
      payload: event['payload'],
      payloadText: payloadText(event['payload'], `${field}.payload`),
      time: checkTime(event['time'], `${field}.time`),
    };
  });
  return { puts, deletes, events, updatedAt };
}

function checkDocumentKey(record: Record<string, unknown>, field: string) {
  return {
    tenantId: checkName(record['tenantId'], `${field}.tenantId`),
    kind: checkName(record['kind'], `${field}.kind`),
    id: checkName(record['id'], `${field}.id`),
  };
}

function checkExpectedVersion(record: Record<string, unknown>, field: string): number | undefined {
  const value = record['expectedVersion'];
  return value === undefined ? undefined : checkCount(value, `${field}.expectedVersion`);
}
