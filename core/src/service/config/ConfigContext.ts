import type { CoreStore } from '../../store/CoreStore.js';
import type { ConfigReader } from './createConfigReader.js';
import type { PasswordHasher } from './PasswordHasher.js';

/** What the configuration service's operations share: the store and the injected host globals. */
export type ConfigContext = {
  readonly store: CoreStore;
  readonly reader: ConfigReader;
  /** Ids for entities created without one. */
  readonly newId: () => string;
  /** Milliseconds since the Unix epoch, stamping `config.changed` events. */
  readonly now: () => number;
  readonly passwords: PasswordHasher;
};
