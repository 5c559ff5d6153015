import { PatchbayBanners } from './PatchbayBanners.js';
import { PatchbayCadVariables } from './PatchbayCadVariables.js';
import { PatchbayCallTarget } from './PatchbayCallTarget.js';
import { PatchbayCallView } from './PatchbayCallView.js';
import { PatchbayCountdown } from './PatchbayCountdown.js';
import { PatchbayCrmWrites } from './PatchbayCrmWrites.js';
import { PatchbayDesktop } from './PatchbayDesktop.js';
import { PatchbayDialpad } from './PatchbayDialpad.js';
import { PatchbayKeypad } from './PatchbayKeypad.js';
import { PatchbayNotifications } from './PatchbayNotifications.js';
import { PatchbayOfferCard } from './PatchbayOfferCard.js';
import { PatchbaySignIn } from './PatchbaySignIn.js';
import { PatchbayStateSelector } from './PatchbayStateSelector.js';
import { PatchbayStationLogin } from './PatchbayStationLogin.js';
import { PatchbayWrapUp } from './PatchbayWrapUp.js';

/** Every element of the desktop by its tag name. */
export const DESKTOP_ELEMENTS = {
  'patchbay-desktop': PatchbayDesktop,
  'patchbay-sign-in': PatchbaySignIn,
  'patchbay-station-login': PatchbayStationLogin,
  'patchbay-state-selector': PatchbayStateSelector,
  'patchbay-offer-card': PatchbayOfferCard,
  'patchbay-call-target': PatchbayCallTarget,
  'patchbay-call-view': PatchbayCallView,
  'patchbay-keypad': PatchbayKeypad,
  'patchbay-wrap-up': PatchbayWrapUp,
  'patchbay-dialpad': PatchbayDialpad,
  'patchbay-cad-variables': PatchbayCadVariables,
  'patchbay-countdown': PatchbayCountdown,
  'patchbay-banners': PatchbayBanners,
  'patchbay-notifications': PatchbayNotifications,
  'patchbay-crm-writes': PatchbayCrmWrites,
} as const;

/**
 * Registers every desktop element in `registry` (the page's by default). Idempotent: names already
 * defined, by an earlier call or another copy of the bundle, are left as they are.
 */
export function defineDesktopElements(registry: CustomElementRegistry = customElements): void {
  for (const [name, element] of Object.entries(DESKTOP_ELEMENTS)) {
    if (!registry.get(name)) registry.define(name, element);
  }
}
