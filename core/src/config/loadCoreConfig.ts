import { z } from 'zod';
import { ConfigError } from './ConfigError.js';

/** Settings of the core process, read from the environment. */
export type CoreConfig = {
  /** Interface to listen on. Loopback by default: the embedded default is for one machine. */
  readonly host: string;
  /** TCP port; 0 picks a free one (tests). */
  readonly port: number;
  readonly logLevel: LogLevel;
  /** Folder of the SQLite file and the token key; created on first start. */
  readonly dataDir: string;
  /** Token signing key (base64url, ≥ 32 bytes); when absent one is generated in `dataDir`. Secret. */
  readonly tokenSecret: string | undefined;
  /** Password of the first admin, used only when the store is empty. Secret. */
  readonly adminPassword: string | undefined;
  /**
   * Access-token lifetime in seconds (60..86400). Optional so hand-built configs (tests, benchmarks)
   * keep the default; `loadCoreConfig` always sets it.
   */
  readonly tokenTtlSeconds?: number;
  /** Days events stay replayable before retention trims them; undefined keeps the default. */
  readonly eventRetentionDays?: number;
  /** The built desktop (its browser bundles); undefined serves no desktop page. */
  readonly desktopDir?: string | undefined;
  /**
   * CRM shell origins allowed to frame the desktop and talk to it over the bridge: exact origins or
   * `https://*.domain` patterns. Empty: the desktop may be framed only by the core's own pages.
   */
  readonly desktopShellOrigins?: readonly string[];
};

/**
 * A shell origin as the bridge allowlist takes it: an exact `https://host[:port]` origin, a
 * `https://*.domain` pattern, or plain http on loopback for local development.
 */
const SHELL_ORIGIN_PATTERN =
  /^(?:https:\/\/(?:\*\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|http:\/\/(?:localhost|127\.0\.0\.1))(?::\d{1,5})?$/;

/** Events stay replayable a week unless `EVENT_RETENTION_DAYS` says otherwise. */
export const DEFAULT_EVENT_RETENTION_DAYS = 7;

/** Access tokens live 15 minutes unless `TOKEN_TTL_SECONDS` says otherwise. */
export const DEFAULT_TOKEN_TTL_SECONDS = 900;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

// Keys are the environment variable names, so a failure reports the variable the user must fix.
const environmentSchema = z.object({
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PORT: z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(0).max(65535, 'must be at most 65535'))
    .default(8080),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  DATA_DIR: z.string().trim().min(1).default('.patchbay-data'),
  TOKEN_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43,}$/, 'must be at least 32 bytes in base64url (43+ characters)')
    .optional(),
  PATCHBAY_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').max(200).optional(),
  // A minute at least, so a refresh (a minute before expiry) has time; a day at most, because an
  // access token outlives a sign-out until it expires.
  TOKEN_TTL_SECONDS: z
    .string()
    .regex(/^\d+$/, 'must be a whole number of seconds')
    .transform(Number)
    .pipe(z.number().int().min(60, 'must be at least 60').max(86400, 'must be at most 86400'))
    .default(DEFAULT_TOKEN_TTL_SECONDS),
  EVENT_RETENTION_DAYS: z
    .string()
    .regex(/^\d+$/, 'must be a whole number of days')
    .transform(Number)
    .pipe(z.number().int().min(1, 'must be at least 1').max(3650, 'must be at most 3650'))
    .default(DEFAULT_EVENT_RETENTION_DAYS),
  DESKTOP_DIR: z.string().trim().min(1).optional(),
  DESKTOP_SHELL_ORIGINS: z
    .string()
    .transform((text) => text.split(/\s+/).filter((origin) => origin !== ''))
    .pipe(
      z
        .array(z.string().regex(SHELL_ORIGIN_PATTERN, 'must list origins such as https://acme.my.salesforce.com'))
        .max(50),
    )
    .default([]),
});

/**
 * Reads and validates the core settings from environment variables (`HOST`, `PORT`, `LOG_LEVEL`,
 * `DATA_DIR`, `TOKEN_SECRET`, `PATCHBAY_ADMIN_PASSWORD`, `TOKEN_TTL_SECONDS`,
 * `EVENT_RETENTION_DAYS`, `DESKTOP_DIR`, `DESKTOP_SHELL_ORIGINS`). Throws a ConfigError naming the first bad variable; unrelated variables
 * are ignored.
 */
export function loadCoreConfig(environment: Readonly<Record<string, string | undefined>>): CoreConfig {
  const parsed = environmentSchema.safeParse(withoutEmptyValues(environment));
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw new ConfigError(String(issue?.path[0] ?? 'environment'), issue?.message ?? 'is invalid');
  }
  const { HOST, PORT, LOG_LEVEL, DATA_DIR, TOKEN_SECRET, PATCHBAY_ADMIN_PASSWORD, TOKEN_TTL_SECONDS } = parsed.data;
  const { EVENT_RETENTION_DAYS, DESKTOP_DIR, DESKTOP_SHELL_ORIGINS } = parsed.data;
  return {
    host: HOST,
    port: PORT,
    logLevel: LOG_LEVEL,
    dataDir: DATA_DIR,
    tokenSecret: TOKEN_SECRET,
    adminPassword: PATCHBAY_ADMIN_PASSWORD,
    tokenTtlSeconds: TOKEN_TTL_SECONDS,
    eventRetentionDays: EVENT_RETENTION_DAYS,
    desktopDir: DESKTOP_DIR,
    desktopShellOrigins: DESKTOP_SHELL_ORIGINS,
  };
}

// `PORT=` in a shell means "unset", as most tools treat it.
function withoutEmptyValues(environment: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(environment).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''),
  );
}
