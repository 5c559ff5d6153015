export type FirstAdmin = { readonly tenant: string; readonly username: string; readonly password: string };

/**
 * The start-up banner printed on stdout: what runs, where, and how to stop it. On the very first
 * start it also shows the generated admin password, once: it goes to the operator's terminal,
 * never to the log.
 */
export function formatBanner(
  version: string,
  endpoints: Readonly<Record<string, string>>,
  firstAdmin?: FirstAdmin,
): string {
  const width = Math.max(...Object.keys(endpoints).map((name) => name.length));
  const lines = Object.entries(endpoints).map(([name, url]) => `  ${name.padEnd(width)}  ${url}`);
  const admin = firstAdmin
    ? [
        `First start: sign in to tenant "${firstAdmin.tenant}" as "${firstAdmin.username}" with password ${firstAdmin.password}`,
        '(shown only now; set PATCHBAY_ADMIN_PASSWORD before the first start to choose it).',
      ]
    : [];
  return [`Patchbay core ${version}`, ...lines, ...admin, 'Press Ctrl-C to stop.', ''].join('\n');
}
