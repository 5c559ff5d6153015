import { startDesktopPage } from './startDesktopPage.js';

// The entry of `patchbay-desktop-page.js`, the script of the page the core serves at `/desktop/`.
startDesktopPage(window);
