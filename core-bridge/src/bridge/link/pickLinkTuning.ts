import type { LinkTimers } from './LinkTimers.js';

/** The optional settings of a link that its shell and desktop entries pass through. */
export type LinkTuning = {
  timers?: LinkTimers;
  connectTimeoutMs?: number;
  retryDelayMs?: number;
  heartbeat?: { readonly intervalMs: number; readonly missedBeats: number };
  onError?: (error: unknown, during: string) => void;
};

/** The settings that were given, without undefined ones (the options type allows no explicit undefined). */
export function pickLinkTuning(options: LinkTuning): LinkTuning {
  const picked: LinkTuning = {};
  if (options.timers) picked.timers = options.timers;
  if (options.connectTimeoutMs !== undefined) picked.connectTimeoutMs = options.connectTimeoutMs;
  if (options.retryDelayMs !== undefined) picked.retryDelayMs = options.retryDelayMs;
  if (options.heartbeat) picked.heartbeat = options.heartbeat;
  if (options.onError) picked.onError = options.onError;
  return picked;
}
