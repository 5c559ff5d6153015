import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config/loadCoreConfig.js';

/**
 * Paths never written to the log in clear. Tokens and credentials travel in these places;
 * sensitive flow variables get their own redaction where flows are logged.
 */
export const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.password',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.clientSecret',
];

/** The core's JSON logger. Logs go to stderr so stdout stays for the start-up banner. */
export function createLogger(level: LogLevel, destination: DestinationStream = pino.destination(2)): Logger {
  return pino({ level, redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' } }, destination);
}
