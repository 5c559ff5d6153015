/** The start-up banner printed on stdout: what runs, where, and how to stop it. */
export function formatBanner(version: string, endpoints: Readonly<Record<string, string>>): string {
  const width = Math.max(...Object.keys(endpoints).map((name) => name.length));
  const lines = Object.entries(endpoints).map(([name, url]) => `  ${name.padEnd(width)}  ${url}`);
  return [`Patchbay core ${version}`, ...lines, 'Press Ctrl-C to stop.', ''].join('\n');
}
