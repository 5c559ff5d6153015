import { ConnectorError } from '@patchbay/connector-kit';
import type { CallCenterFieldMapping, CallCenterFieldSource, CallCenterPresenceMapping } from './CallCenterPolicy.js';

// How policy values are written as the strings an admin edits in Setup, and read back. A reader
// refuses what it cannot read (field = `/<section>/<item>`), never the value itself in the
// message: a secret pasted into the wrong item must not reach logs.

const CAD_VARIABLE = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_.:-]{0,79}$/;
const IDLE_CODE = /^[A-Za-z0-9_-]{1,64}$/;
const PRESENCE_ID = /^[\x21-\x7E]{1,128}$/;
const IDLE_PREFIX = 'idle:';

export function invalidSetting(field: string, expected: string): ConnectorError {
  return new ConnectorError({
    crm: 'salesforce',
    code: 'INVALID_INPUT',
    field,
    message: `${field}: expected ${expected}`,
  });
}

export function formatBoolean(value: boolean): string {
  return value ? 'true' : 'false';
}

export function readBoolean(value: string, field: string): boolean {
  const normalized = value.trim().toLowerCase();
  if (normalized === 'true') return true;
  if (normalized === 'false') return false;
  throw invalidSetting(field, 'true or false');
}

export function readChoice<Choice extends string>(value: string, choices: readonly Choice[], field: string): Choice {
  const found = choices.find((choice) => choice === value.trim());
  if (found === undefined) throw invalidSetting(field, `one of ${choices.join(', ')}`);
  return found;
}

/** `9,0`: comma-separated, blanks around commas ignored. */
export function formatList(values: readonly string[]): string {
  return values.join(',');
}

export function readList(value: string, pattern: RegExp, expected: string, field: string): string[] {
  if (value.trim() === '') return [];
  const entries = value.split(',').map((entry) => entry.trim());
  if (!entries.every((entry) => pattern.test(entry)))
    throw invalidSetting(field, `a comma-separated list of ${expected}`);
  return entries;
}

/** `Phone={ani},Company={cad.company}`: Salesforce field = {source}, as the reference product's V2 writes them. */
export function formatFieldMappings(mappings: readonly CallCenterFieldMapping[]): string {
  return mappings.map((mapping) => `${mapping.field}={${mapping.from}}`).join(',');
}

export function readFieldMappings(value: string, field: string): CallCenterFieldMapping[] {
  if (value.trim() === '') return [];
  return value.split(',').map((entry) => {
    const match = /^\s*([^=\s]+)\s*=\s*\{([^{}]+)\}\s*$/.exec(entry);
    const name = match?.[1] ?? '';
    const from = match?.[2] ?? '';
    if (!FIELD_NAME.test(name) || !isFieldSource(from)) {
      throw invalidSetting(field, 'mappings such as Phone={ani},Company={cad.company} (sources ani, dnis, cad.NAME)');
    }
    return { from, field: name };
  });
}

function isFieldSource(value: string): value is CallCenterFieldSource {
  return value === 'ani' || value === 'dnis' || (value.startsWith('cad.') && CAD_VARIABLE.test(value.slice(4)));
}

/** `0N5xx0000000001=Available,0N5xx0000000002=idle:lunch`. */
export function formatPresenceMappings(mappings: readonly CallCenterPresenceMapping[], field: string): string {
  return mappings
    .map(({ crmPresenceId, agentState }) => {
      // The list syntax cannot carry these; refusing beats writing a value that reads back wrong.
      if (/[,=]/.test(crmPresenceId)) throw invalidSetting(field, 'presence ids without , or =');
      return `${crmPresenceId}=${agentState === 'Available' ? 'Available' : `${IDLE_PREFIX}${agentState.idleCodeId}`}`;
    })
    .join(',');
}

export function readPresenceMappings(value: string, field: string): CallCenterPresenceMapping[] {
  if (value.trim() === '') return [];
  return value.split(',').map((entry) => {
    const [id = '', state = '', ...rest] = entry.split('=').map((part) => part.trim());
    const idleCodeId = state.startsWith(IDLE_PREFIX) ? state.slice(IDLE_PREFIX.length) : undefined;
    const validState = state === 'Available' || (idleCodeId !== undefined && IDLE_CODE.test(idleCodeId));
    if (rest.length > 0 || !PRESENCE_ID.test(id) || !validState) {
      throw invalidSetting(field, 'mappings such as PRESENCE_ID=Available,PRESENCE_ID=idle:IDLE_CODE');
    }
    return { crmPresenceId: id, agentState: idleCodeId === undefined ? 'Available' : { idleCodeId } };
  });
}

export const SETTING_PATTERNS = {
  cadVariable: CAD_VARIABLE,
  objectType: /^[A-Za-z][A-Za-z0-9_.:-]{0,79}$/,
  countryCode: /^[1-9]\d{0,2}$/,
  prefix: /^\d{1,8}$/,
  dateFormat: /^(?:YYYY|MM|DD|HH|mm|ss|[^A-Za-z]){1,64}$/,
} as const;

/** A text item: trimmed, and refused unless it matches. */
export function readText(value: string, pattern: RegExp, expected: string, field: string): string {
  const text = value.trim();
  if (!pattern.test(text)) throw invalidSetting(field, expected);
  return text;
}

/** A template: any text whose braces pair up; the desktop checks the placeholder names. */
export function readTemplate(value: string, field: string): string {
  const template = value.trim();
  if (/[{}]/.test(template.replace(/\{[^{}]*\}/g, '')) || template.length > 2048) {
    throw invalidSetting(field, 'a template of at most 2048 characters with {placeholder} in matching braces');
  }
  return template;
}

export function readTimeZone(value: string, field: string): string {
  const zone = value.trim();
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    throw invalidSetting(field, 'an IANA time zone such as Europe/Rome');
  }
}
