import { parseWidgetPolicy, WidgetPolicyError, type WidgetPolicy } from '@patchbay/headless-widget';
import { z } from 'zod';
import { desktopUrlSchema } from './desktopUrlSchema.js';

/** Setup's limits for a Lightning softphone, in pixels. */
export const SOFTPHONE_WIDTH_RANGE = { min: 200, max: 1920 } as const;
export const SOFTPHONE_HEIGHT_RANGE = { min: 240, max: 2560 } as const;

// The policy has its own validator (the desktop runs the same one); its issues are re-rooted
// under the config so an admin sees `salesforce.widgetPolicy.activity.timeZone`.
const widgetPolicySchema = z.unknown().transform((input, context): WidgetPolicy => {
  try {
    return parseWidgetPolicy(input ?? {});
  } catch (error) {
    if (!(error instanceof WidgetPolicyError)) throw error;
    for (const issue of error.issues) {
      context.addIssue({
        code: 'custom',
        message: `expected ${issue.expected}, got ${issue.got}`,
        path: issue.path === '' ? [] : [issue.path],
      });
    }
    return z.NEVER;
  }
});

/** The Salesforce section of a connector config: what the call center definition is generated from. */
export const salesforceConfigSchema = z.strictObject({
  /** `reqInternalName`, also the CallCenter metadata file name. */
  internalName: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/, 'must be 1-40 letters or digits, starting with a letter'),
  /** `reqDisplayName`, what Setup and users see. */
  displayName: z.string().min(1).max(1000),
  softphoneWidth: z.int().min(SOFTPHONE_WIDTH_RANGE.min).max(SOFTPHONE_WIDTH_RANGE.max).default(400),
  softphoneHeight: z.int().min(SOFTPHONE_HEIGHT_RANGE.min).max(SOFTPHONE_HEIGHT_RANGE.max).default(550),
  /** Where the Patchbay desktop is served; `patchbay package salesforce --desktop-url` overrides it. */
  desktopUrl: desktopUrlSchema.optional(),
  widgetPolicy: widgetPolicySchema,
});

export type SalesforceConfig = z.output<typeof salesforceConfigSchema>;
