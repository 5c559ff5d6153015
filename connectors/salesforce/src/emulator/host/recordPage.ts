import type { SalesforceOrg } from '../org/index.js';
import type { HostPage } from './HostPage.js';

/** The record page of an existing record, or undefined for a malformed or unknown id. */
export function recordPage(org: SalesforceOrg, id: string): Extract<HostPage, { kind: 'record' }> | undefined {
  const record = org.find(id);
  if (record === undefined) return undefined;
  // Lightning shows a record's name field: Name, or CaseNumber for Cases, or Subject for Tasks.
  const name = record.fields['Name'] ?? record.fields['CaseNumber'] ?? record.fields['Subject'] ?? '';
  return { kind: 'record', recordId: record.id, objectType: record.type, recordName: String(name) };
}
