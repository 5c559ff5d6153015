import { ensureChromium } from '../src/browser/ensureChromium.ts';

// Installs Chromium once, before any browser suite starts, so a missing browser fails (or is
// installed) up front instead of inside every suite's beforeAll.
export default function globalSetup(): void {
  ensureChromium();
}
