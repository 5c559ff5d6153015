/** Error codes of the core's configuration layer. Changing one is a breaking change. */
export const CONFIG_ERROR_CODES = {
  /** A setting is missing, malformed or out of range; `field` names it. */
  INVALID_CONFIG: 'INVALID_CONFIG',
} as const;

export type ConfigErrorCode = keyof typeof CONFIG_ERROR_CODES;

/** A configuration value the core refuses to start with. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly code: ConfigErrorCode = 'INVALID_CONFIG';
  /** The failing setting, named as the user wrote it (e.g. the environment variable `PORT`). */
  readonly field: string;

  constructor(field: string, message: string) {
    super(`[config] ${field}: ${message}`);
    this.field = field;
  }
}
