import { desktopProfileSchema, parseContract, type DesktopProfile, type User } from '../../contract/index.js';
import type { RuntimeConfig } from './RuntimeConfig.js';

/** The contract's defaults, for agents without a desktop profile (or with one since deleted). */
export function defaultDesktopProfile(): DesktopProfile {
  const parsed = parseContract(desktopProfileSchema, { id: 'default', name: 'Default' });
  if (!parsed.ok) throw new Error('the default desktop profile breaks the contract');
  return parsed.value;
}

/** The agent's desktop profile as configured now: RONA timeout, auto wrap-up, answer by phone. */
export async function desktopProfileFor(config: RuntimeConfig, tenantId: string, user: User): Promise<DesktopProfile> {
  const profile =
    user.desktopProfileId === undefined ? undefined : await config.getDesktopProfile(tenantId, user.desktopProfileId);
  return profile ?? defaultDesktopProfile();
}
