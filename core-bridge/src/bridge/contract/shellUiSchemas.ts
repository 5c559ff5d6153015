import * as z from 'zod/mini';
import { boundedString, requiredString } from './primitives.js';

// What the desktop asks of the CRM's softphone panel and notification area. Every CRM host has
// these in some form (Salesforce Open CTI's setSoftphonePanelVisibility/Width, ZAF's
// resize/popover, ServiceNow's OpenFrame show/setSize/setTitle/setIcons...).

/** Smallest and largest panel size in CSS pixels: what the CRMs' own panels allow, with margin. */
export const PANEL_SIZE_LIMITS = { min: 100, max: 2000 } as const;

const panelSizeSchema = z.number().check(z.int(), z.gte(PANEL_SIZE_LIMITS.min), z.lte(PANEL_SIZE_LIMITS.max));

/**
 * A panel icon: a short identifier the connector maps to its CRM's icon set (`phone`,
 * `phone-ringing`), or an https URL of an image. Nothing else, so no `javascript:` URL gets in.
 */
export const panelIconSchema = z.union([
  z.string().check(z.regex(/^[a-z][a-z0-9-]{0,63}$/, 'must be an icon name such as phone-ringing')),
  z.url({ protocol: /^https$/ }).check(z.maxLength(2048)),
]);

/** `setPanel` params: only the given properties change. */
export const setPanelParamsSchema = z.object({
  visible: z.optional(z.boolean()),
  width: z.optional(panelSizeSchema),
  height: z.optional(panelSizeSchema),
  /** The panel's title or badge text. */
  label: z.optional(boundedString(60)),
  icon: z.optional(panelIconSchema),
});

/** How urgent a notification is. */
export const NOTIFY_LEVELS = ['info', 'warning', 'error'] as const;

/** `notify` params: a toast or banner in the CRM's own style. */
export const notifyParamsSchema = z.object({
  level: z.enum(NOTIFY_LEVELS),
  title: requiredString(120),
  message: z.optional(boundedString(1000)),
  /** Hide it after this many seconds (1-300); absent: the CRM's default. */
  timeoutSeconds: z.optional(z.number().check(z.int(), z.gte(1), z.lte(300))),
});

/** `setClickToDialEnabled` params: the desktop turns click-to-dial off while it cannot dial. */
export const setClickToDialEnabledParamsSchema = z.object({
  enabled: z.boolean(),
});

/** A notification's level. */
export type NotifyLevel = (typeof NOTIFY_LEVELS)[number];
