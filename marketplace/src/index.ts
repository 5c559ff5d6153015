export type { CliIo } from './CliIo.js';
export { checkConfigCommand } from './checkConfigCommand.js';
export { runCli, type RunCliOptions } from './runCli.js';
