/**
 * The status codes the emulated org answers with, named as Salesforce's REST and SOAP APIs name
 * them, so adapter code that branches on `statusCode` can be tested against the emulator.
 * INVALID_CROSS_REFERENCE_KEY, INVALID_TYPE_ON_FIELD_IN_RECORD and INVALID_EMAIL_ADDRESS are real
 * Salesforce codes too; they cover what the other codes would describe wrongly.
 */
export const SALESFORCE_ORG_ERROR_CODES = [
  'REQUIRED_FIELD_MISSING',
  'INVALID_FIELD',
  'INVALID_FIELD_FOR_INSERT_UPDATE',
  'STRING_TOO_LONG',
  'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
  'FIELD_INTEGRITY_EXCEPTION',
  'INVALID_CROSS_REFERENCE_KEY',
  'INVALID_TYPE_ON_FIELD_IN_RECORD',
  'INVALID_EMAIL_ADDRESS',
  'MALFORMED_ID',
  'NOT_FOUND',
  'INVALID_TYPE',
] as const;

export type SalesforceOrgErrorCode = (typeof SALESFORCE_ORG_ERROR_CODES)[number];

export type SalesforceOrgErrorOptions = {
  code: SalesforceOrgErrorCode;
  message: string;
  /** API names of the fields at fault, as in Salesforce's `fields` array of an error. */
  fields?: readonly string[];
};

/** A refusal of the emulated org, shaped like one entry of Salesforce's error array. */
export class SalesforceOrgError extends Error {
  override readonly name = 'SalesforceOrgError';
  readonly code: SalesforceOrgErrorCode;
  readonly fields: readonly string[];
  /** The first failing field, for code that follows the house `field` convention. */
  readonly field: string | undefined;

  constructor(options: SalesforceOrgErrorOptions) {
    super(options.message);
    this.code = options.code;
    this.fields = options.fields ?? [];
    this.field = this.fields[0];
  }
}
