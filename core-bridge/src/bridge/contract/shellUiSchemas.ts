import * as v from 'valibot';
import { boundedInt, boundedString, plainObject, requiredString, webUrl } from './primitives.js';

// What the desktop asks of the CRM's softphone panel and notification area. Every CRM host has
// these in some form (Salesforce Open CTI's setSoftphonePanelVisibility/Width, ZAF's
// resize/popover, ServiceNow's OpenFrame show/setSize/setTitle/setIcons...).

/** Smallest and largest panel size in CSS pixels: what the CRMs' own panels allow, with margin. */
export const PANEL_SIZE_LIMITS = { min: 100, max: 2000 } as const;

const panelSizeSchema = boundedInt(PANEL_SIZE_LIMITS.min, PANEL_SIZE_LIMITS.max);

/**
 * A panel icon: a short identifier the connector maps to its CRM's icon set (`phone`,
 * `phone-ringing`), or an https URL of an image. Nothing else, so no `javascript:` URL gets in.
 */
export const panelIconSchema = v.union([
  v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,63}$/, 'must be an icon name such as phone-ringing')),
  webUrl('https', 'must be an https URL'),
]);

/** `setPanel` params: only the given properties change. */
export const setPanelParamsSchema = plainObject({
  visible: v.optional(v.boolean()),
  width: v.optional(panelSizeSchema),
  height: v.optional(panelSizeSchema),
  /** The panel's title or badge text. */
  label: v.optional(boundedString(60)),
  icon: v.optional(panelIconSchema),
});

/** How urgent a notification is. */
export const NOTIFY_LEVELS = ['info', 'warning', 'error'] as const;

/** `notify` params: a toast or banner in the CRM's own style. */
export const notifyParamsSchema = plainObject({
  level: v.picklist(NOTIFY_LEVELS),
  title: requiredString(120),
  message: v.optional(boundedString(1000)),
  /** Hide it after this many seconds (1-300); absent: the CRM's default. */
  timeoutSeconds: v.optional(boundedInt(1, 300)),
});

/** `setClickToDialEnabled` params: the desktop turns click-to-dial off while it cannot dial. */
export const setClickToDialEnabledParamsSchema = plainObject({
  enabled: v.boolean(),
});

/** A notification's level. */
export type NotifyLevel = (typeof NOTIFY_LEVELS)[number];
