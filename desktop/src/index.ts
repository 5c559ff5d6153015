export { LOCALES, catalogs, type Locale } from './i18n/catalogs.js';
export { createTranslator, placeholdersOf, type MessageParams, type Translator } from './i18n/createTranslator.js';
export { enMessages, type MessageCatalog, type MessageKey } from './i18n/enMessages.js';
export { itMessages } from './i18n/itMessages.js';
export { negotiateLocale } from './i18n/negotiateLocale.js';
export type { DesktopAction } from './model/DesktopAction.js';
export {
  MAX_NOTIFICATIONS,
  SIGNED_OUT_REASONS,
  initialDesktopState,
  type AuthState,
  type Banners,
  type BridgeBanner,
  type Choice,
  type ContactEntry,
  type ContactPhase,
  type DesktopNotification,
  type DesktopState,
  type Lookups,
  type SessionState,
  type SignedOutReason,
} from './model/DesktopState.js';
export { contactPhase } from './model/contactPhase.js';
export { pickDesktopView, type DesktopView } from './model/pickDesktopView.js';
export { agentIdOf, reduceDesktopState } from './model/reduceDesktopState.js';
export type { DesktopController } from './controller/DesktopController.js';
export {
  createDesktopController,
  type BridgeHealthSource,
  type DesktopControllerOptions,
} from './controller/createDesktopController.js';
export {
  DEFAULT_TOKEN_KEY,
  createRefreshTokenStore,
  type RefreshTokenStore,
  type TokenStorage,
} from './controller/createRefreshTokenStore.js';
export { errorCodeOf, errorNotification } from './controller/errorNotification.js';
export { agentStateLabel } from './view/agentStateLabel.js';
export { bannerMessages, type BannerMessage } from './view/bannerMessages.js';
export { TARGET_KINDS, buildContactTarget, normalizeDialNumber, type TargetKind } from './view/buildContactTarget.js';
export { callControls, type CallControls } from './view/callControls.js';
export { callDataRows, parseCallDataValue, type CallDataRow } from './view/callDataRows.js';
export { COUNTDOWN_MILESTONES, formatClock, nextAnnouncement, secondsLeft } from './view/countdown.js';
export { systemClock, type DesktopClock } from './components/DesktopClock.js';
export { DESKTOP_ELEMENTS, defineDesktopElements } from './components/defineDesktopElements.js';
export { KEYPAD_KEYS, KEYPAD_EVENT } from './components/PatchbayKeypad.js';
export { parseDesktopPageConfig, type DesktopPageConfig } from './page/DesktopPageConfig.js';
export { startDesktopPage, type DesktopPage, type DesktopPageHost } from './page/startDesktopPage.js';
