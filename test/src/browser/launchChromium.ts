import { chromium, type Browser } from 'playwright-core';
import { ensureChromium } from './ensureChromium.js';

/**
 * Flags for Chromium on a machine with no network but loopback: without the background-networking
 * ones, Chromium keeps trying (and failing) to reach Google's services at every start.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export type LaunchChromiumOptions = {
  /**
   * Maps hostnames to loopback so an emulator can sit at a real CRM hostname, e.g.
   * `MAP *.my.salesforce.com 127.0.0.1`.
   */
  hostResolverRules?: string;
  /** For emulators served over HTTPS with a test certificate (Salesforce domains are HSTS-preloaded). */
  ignoreCertificateErrors?: boolean;
};

/** The command line for `options`: the fixed flags, then the optional ones. */
export function chromiumArgs(options: LaunchChromiumOptions): string[] {
  const args: string[] = [...CHROMIUM_FLAGS];
  if (options.hostResolverRules) args.push(`--host-resolver-rules=${options.hostResolverRules}`);
  if (options.ignoreCertificateErrors) args.push('--ignore-certificate-errors');
  return args;
}

/** Launches Debian's Chromium through playwright-core. Close the browser in `afterAll`/`afterEach`. */
export function launchChromium(options: LaunchChromiumOptions = {}): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), headless: true, args: chromiumArgs(options) });
}
