import { CALL_TYPE, SCREENPOP_TYPE, type CallType } from '../protocol/openCtiEnums.js';
import { isSObjectName, type SalesforceOrg, type SObjectRecord } from '../org/index.js';
import type { HostPage } from './HostPage.js';
import { OpenCtiCallFailure, isPlainRecord } from './OpenCtiCallFailure.js';
import type { SoftphoneLayout, SoftphoneLayoutCallType } from './SoftphoneLayout.js';

export type SearchAndScreenPopOutcome = {
  /** Map keyed by record id, plus SCREEN_POP_DATA when deferred and something would pop. */
  readonly returnValue: Record<string, unknown>;
  /** The page to open now; undefined when nothing pops or the pop is deferred. */
  readonly page: HostPage | undefined;
};

const LAYOUT_SECTION: Readonly<Record<CallType, SoftphoneLayoutCallType>> = {
  inbound: 'Inbound',
  outbound: 'Outbound',
  internal: 'Internal',
};

/**
 * searchAndScreenPop: searches phone digits and names, keeps the objects the softphone layout
 * lists for the call type, and pops by outcome: one match → its record, several → the search page,
 * none → the layout's NoMatch PopToEntity new-record modal (with defaultFieldValues), else nothing.
 * [I] Lightning's real searches are SOSL over the layout's objects; digits-or-name is our stand-in.
 */
export function runSearchAndScreenPop(
  args: Readonly<Record<string, unknown>>,
  org: SalesforceOrg,
  layout: SoftphoneLayout,
): SearchAndScreenPopOutcome {
  const callType = args['callType'];
  if (!(Object.values(CALL_TYPE) as unknown[]).includes(callType)) {
    throw new OpenCtiCallFailure(`args.callType must be one of ${Object.values(CALL_TYPE).join(', ')}`);
  }
  const searchParams = args['searchParams'] ?? '';
  if (typeof searchParams !== 'string') throw new OpenCtiCallFailure('args.searchParams must be a string');
  const defaults = args['defaultFieldValues'] ?? {};
  if (!isPlainRecord(defaults)) throw new OpenCtiCallFailure('args.defaultFieldValues must be an object');
  const deferred = args['deferred'] ?? false;
  if (typeof deferred !== 'boolean') throw new OpenCtiCallFailure('args.deferred must be a boolean');

  const section = layout[LAYOUT_SECTION[callType as CallType]];
  const objects = section?.objects ?? {};
  const matches = search(org, searchParams).filter((record) => objects[record.type] !== undefined);
  const returnValue: Record<string, unknown> = {};
  for (const record of matches) {
    const entry: Record<string, unknown> = {
      Id: record.id,
      Name: record.fields['Name'] ?? record.fields['CaseNumber'] ?? null,
      LastModifiedDate: record.fields['LastModifiedDate'] ?? null,
      // [I] §1.3 shows both `RecordType` and `object`/`displayName` keys; we send all three.
      RecordType: record.type,
      object: record.type,
      displayName: org.describe(record.type).label,
    };
    for (const field of objects[record.type] ?? []) entry[field.apiName] = record.fields[field.apiName] ?? null;
    returnValue[record.id] = entry;
  }

  const popData = popFor(matches, searchParams, defaults, section?.screenPopSettings.NoMatch);
  if (deferred) {
    if (popData !== undefined) returnValue['SCREEN_POP_DATA'] = popData.screenPopData;
    return { returnValue, page: undefined };
  }
  return { returnValue, page: popData?.page };
}

function search(org: SalesforceOrg, searchParams: string): SObjectRecord[] {
  const byId = new Map<string, SObjectRecord>();
  // A phone number has at least three digits and nothing but dialling punctuation besides.
  if (/^[\d\s+().-]+$/.test(searchParams) && searchParams.replace(/\D/g, '').length >= 3) {
    for (const record of org.searchByPhone(searchParams)) byId.set(record.id, record);
  } else if (searchParams.trim().length >= 2) {
    for (const record of org.searchByName(searchParams)) byId.set(record.id, record);
  }
  return [...byId.values()];
}

function popFor(
  matches: readonly SObjectRecord[],
  searchParams: string,
  defaults: Readonly<Record<string, unknown>>,
  noMatch: { screenPopType: string; screenPopData?: string } | undefined,
): { page: HostPage; screenPopData: { type: string; params: Record<string, unknown> } } | undefined {
  const [only] = matches;
  if (matches.length === 1 && only !== undefined) {
    const name = only.fields['Name'] ?? only.fields['CaseNumber'] ?? '';
    return {
      page: { kind: 'record', recordId: only.id, objectType: only.type, recordName: String(name) },
      screenPopData: { type: SCREENPOP_TYPE.SOBJECT, params: { recordId: only.id } },
    };
  }
  if (matches.length > 1) {
    return {
      page: { kind: 'search', searchString: searchParams },
      screenPopData: { type: SCREENPOP_TYPE.SEARCH, params: { searchString: searchParams } },
    };
  }
  const entityName = noMatch?.screenPopType === 'PopToEntity' ? noMatch.screenPopData : undefined;
  if (entityName === undefined || !isSObjectName(entityName)) return undefined;
  return {
    page: { kind: 'newRecord', entityName, defaultFieldValues: defaults },
    screenPopData: { type: SCREENPOP_TYPE.NEW_RECORD_MODAL, params: { entityName, defaultFieldValues: defaults } },
  };
}
