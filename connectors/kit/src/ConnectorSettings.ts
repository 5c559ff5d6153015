/**
 * What an admin set in the CRM for the connector: where the desktop lives and the tenant's policy
 * for the headless widget. The policy stays a plain document here: the desktop validates it (with
 * precise errors) when the widget starts, so the shell carries no schema library.
 */
export type ConnectorSettings = {
  /** The embedded desktop's page, e.g. `https://cc.acme.example/desktop/`. */
  readonly desktopUrl: string;
  /** The widget policy document, as the admin's settings describe it. */
  readonly widgetPolicy: Readonly<Record<string, unknown>>;
};
