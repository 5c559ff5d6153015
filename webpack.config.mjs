import { fileURLToPath } from 'node:url';

/**
 * Every browser bundle of the repository, built by one factory so they share loader, resolution
 * and output rules. A bundle is an ES module library: pages import it with
 * `<script type="module">`, and CRM shells will load it from the core.
 */
const BUNDLES = [
  {
    folder: 'desktop',
    name: 'patchbay-desktop',
    // The library (for hosts that mount the desktop themselves) and the page the core serves.
    entries: { 'patchbay-desktop': './src/index.ts', 'patchbay-desktop-page': './src/page/main.ts' },
  },
  {
    folder: 'headless-widget',
    name: 'patchbay-headless-widget',
    entries: { 'patchbay-headless-widget': './src/index.ts' },
  },
  {
    folder: 'core-bridge',
    name: 'patchbay-bridge',
    // Two entries, two files: webpack shares no chunk between entries unless told to, so the shell
    // side (loaded by every CRM page) never carries desktop code.
    entries: {
      'patchbay-bridge-shell': './src/bridge/shell/index.ts',
      'patchbay-bridge-desktop': './src/bridge/desktop/index.ts',
    },
  },
];

/**
 * @param {{ folder: string, name: string, entries: Record<string, string> }} bundle
 * @returns {import('webpack').Configuration}
 */
function browserBundle({ folder, name, entries }) {
  const context = fileURLToPath(new URL(`./${folder}/`, import.meta.url));
  return {
    name,
    mode: 'production',
    context,
    target: ['web', 'es2022'],
    devtool: 'source-map',
    entry: entries,
    experiments: { outputModule: true },
    output: {
      path: `${context}dist/browser`,
      filename: '[name].js',
      library: { type: 'module' },
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.js'],
      // Sources import siblings as `./x.js` (Node ESM); the file behind it is `./x.ts`.
      extensionAlias: { '.js': ['.ts', '.js'] },
      // Bundle workspace packages from their TypeScript sources.
      conditionNames: ['@patchbay/source', '...'],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } },
          },
        },
      ],
    },
    performance: { hints: 'error', maxEntrypointSize: 250_000, maxAssetSize: 250_000 },
    stats: 'errors-warnings',
  };
}

export default BUNDLES.map(browserBundle);
