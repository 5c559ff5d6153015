import type { MessageKey } from '../i18n/enMessages.js';
import type { Banners } from '../model/DesktopState.js';

/** A banner line: `warning` while a link is coming (back), `error` while it is down. */
export type BannerMessage = { readonly key: MessageKey; readonly tone: 'warning' | 'error' };

/**
 * The banners to show: nothing while both links are fine. The core link matters only once signed
 * in (before that the socket is closed on purpose); the CRM bridge only when there is one.
 */
export function bannerMessages(banners: Banners, signedIn: boolean): BannerMessage[] {
  const messages: BannerMessage[] = [];
  if (signedIn && banners.core === 'connecting') messages.push({ key: 'banner.core.connecting', tone: 'warning' });
  if (signedIn && banners.core === 'closed') messages.push({ key: 'banner.core.closed', tone: 'error' });
  if (banners.bridge === 'connecting') messages.push({ key: 'banner.bridge.connecting', tone: 'warning' });
  if (banners.bridge === 'unhealthy') messages.push({ key: 'banner.bridge.unhealthy', tone: 'error' });
  if (banners.bridge === 'closed') messages.push({ key: 'banner.bridge.closed', tone: 'error' });
  return messages;
}
