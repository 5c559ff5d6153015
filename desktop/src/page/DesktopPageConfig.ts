/**
 * What the core writes into the desktop page (as JSON in `#patchbay-config`): the page needs no
 * other setting, because the core it talks to is the one that served it.
 */
export type DesktopPageConfig = {
  /**
   * The CRM shell origins the desktop may be embedded by and talk to over the bridge: exact
   * origins or `https://*.domain` patterns. Empty: the desktop runs on its own, without a CRM.
   */
  readonly shellOrigins: readonly string[];
  /**
   * The tenant's policy for the headless widget, as the admin wrote it: parsed (and refused) by
   * `parseWidgetPolicy` when the widget starts, so a bad one costs the CRM actions, not the page.
   * Absent: the widget runs with the defaults.
   */
  readonly widgetPolicy?: unknown;
};

/**
 * Reads the page config, refusing anything else: it comes from the core, but a page must not act
 * on a shape it does not understand.
 */
export function parseDesktopPageConfig(json: string | null | undefined): DesktopPageConfig {
  if (json === null || json === undefined || json.trim() === '') return { shellOrigins: [] };
  const value: unknown = JSON.parse(json);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError('the desktop page config must be an object');
  }
  const { shellOrigins = [], widgetPolicy } = value as { shellOrigins?: unknown; widgetPolicy?: unknown };
  if (!Array.isArray(shellOrigins) || !shellOrigins.every((origin): origin is string => typeof origin === 'string')) {
    throw new TypeError('shellOrigins must be a list of origins');
  }
  return { shellOrigins, ...(widgetPolicy === undefined ? {} : { widgetPolicy }) };
}
