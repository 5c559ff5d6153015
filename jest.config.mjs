import { readFileSync } from 'node:fs';

// One jest project per workspace package, all built the same way from this list.
const { workspaces } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** Packages with Chromium suites: their global setup finds or installs Chromium first. */
const BROWSER_PACKAGES = new Set(['test']);

/** Dependencies published only as ES modules, which jest's CommonJS runtime must have compiled. */
const ESM_ONLY_DEPENDENCIES = ['rettime', 'until-async', '@open-draft/deferred-promise', 'jose', 'cookie'];

const swcTransform = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

/** @param {string} folder */
function project(folder) {
  const { name } = JSON.parse(readFileSync(new URL(`./${folder}/package.json`, import.meta.url), 'utf8'));
  const browser = BROWSER_PACKAGES.has(folder);
  return {
    displayName: name,
    rootDir: `<rootDir>/${folder}`,
    testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/e2e/**/*.test.ts'],
    testEnvironment: 'node',
    // Resolve workspace packages to their TypeScript sources, as tsc and webpack do.
    testEnvironmentOptions: { customExportConditions: ['@patchbay/source', 'node', 'node-addons'] },
    transform: { '^.+\\.(ts|m?js)$': swcTransform },
    // Jest runs CommonJS (ESM in jest is still experimental); the few ESM-only dependencies are
    // compiled to CommonJS like our sources: msw 2 pulls in `rettime`, fastify's inject a cookie@2.
    // The lookahead also sees nested copies (light-my-request/node_modules/cookie).
    transformIgnorePatterns: [`/node_modules/(?!(?:.*/node_modules/)?(?:${ESM_ONLY_DEPENDENCIES.join('|')})/)`],
    // Sources import siblings as `./x.js` (Node ESM); jest resolves the `.ts` file behind it.
    moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
    ...(browser ? { globalSetup: '<rootDir>/jest/globalSetup.ts', slowTestThreshold: 30 } : {}),
  };
}

export default {
  projects: workspaces.map(project),
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/test/jest/FailOnSkippedTestsReporter.mjs'],
};
