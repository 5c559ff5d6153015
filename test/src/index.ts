export { CHROMIUM_PATHS, ensureChromium, nodeChromiumHost, type ChromiumHost } from './browser/ensureChromium.js';
export { CHROMIUM_FLAGS, chromiumArgs, launchChromium, type LaunchChromiumOptions } from './browser/launchChromium.js';
export { launchChromiumProfile, type ChromiumProfile } from './browser/launchChromiumProfile.js';
export { startBrowserFixture, type BrowserFixture } from './browser/startBrowserFixture.js';
export { readBrowserBundle } from './readBrowserBundle.js';
export { startFixtureServer, type FixtureFile, type FixtureServer } from './startFixtureServer.js';
export {
  BUILT_DESKTOP_DIR,
  startDesktopCore,
  type AdminApi,
  type DesktopCore,
  type StartDesktopCoreOptions,
} from './startDesktopCore.js';
