import { CRM_IDS, findOriginProblem } from '@patchbay/connector-kit';
import { z } from 'zod';
import { salesforceConfigSchema } from './salesforce/salesforceConfigSchema.js';

// HTTPS everywhere, plain HTTP only on loopback (the embedded default and local emulators).
function refineOrigin(originOf: (value: string) => string) {
  return (value: string, context: z.RefinementCtx) => {
    const problem = findOriginProblem(originOf(value), { allowLoopbackHttp: true });
    if (problem) context.addIssue({ code: 'custom', message: problem });
  };
}

/** A URL the connector calls. */
const serviceUrl = z
  .url({ protocol: /^https?$/, abort: true })
  .superRefine(refineOrigin((value) => new URL(value).origin));

/** An exact origin (`scheme://host[:port]`). */
const exactOrigin = z.string().superRefine(refineOrigin((value) => value));

/**
 * The one connector config an admin writes per tenant and CRM. Every per-CRM descriptor
 * (call center file, ZAF manifest, OpenFrame record, CIF provider, FDK manifest) is generated
 * from it, so a typo is caught once, here, instead of frozen into five files.
 */
export const connectorConfigSchema = z.strictObject({
  /** Patchbay tenant the connector signs agents into. */
  tenantId: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be 2-63 lowercase letters, digits or dashes'),
  crm: z.enum(CRM_IDS),
  /** Where the core serves its API and the embedded desktop. */
  coreUrl: serviceUrl,
  /** Exact origins of the CRM pages that may frame the shell, beyond the CRM's own domains. */
  extraHostOrigins: z.array(exactOrigin).max(20).default([]),
  /** The call center definition and widget policy; needed to package for Salesforce. */
  salesforce: salesforceConfigSchema.optional(),
});

/** A validated connector config. */
export type ConnectorConfig = z.output<typeof connectorConfigSchema>;
/** What an admin may write (defaults not yet applied). */
export type ConnectorConfigInput = z.input<typeof connectorConfigSchema>;
