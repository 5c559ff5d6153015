import type { CrmId } from './crmIds.js';

/**
 * Where a CRM serves the pages that frame our shell. The shell reads the CRM's origin from its
 * own URL (Salesforce `sfdcIframeOrigin`, Zendesk `origin`, ...) and then loads the CRM's SDK from
 * it, so an unchecked value would let any page make the shell load its script.
 */
export type HostOriginRule = {
  readonly crm: CrmId;
  /** Name of the input the origin arrives in, reported as the failing field. */
  readonly field: string;
  /** Accepted host name suffixes, each starting with a dot (`.force.com`). HTTPS only. */
  readonly hostSuffixes: readonly string[];
  /** Where the rule comes from, for the reader. */
  readonly source: string;
};
