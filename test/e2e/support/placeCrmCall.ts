import { TEST_ENTRY_NUMBER } from '@patchbay/core/testing';
import type { DesktopCore } from '@patchbay/test';

/** The caller of the CRM tests: a number no CRM record has, so the pop is a no-match. */
export const CRM_CALLER = '+393331234567';

/** A customer calls the test entry point, through the core's simulator. */
export async function placeCrmCall(desktopCore: DesktopCore): Promise<void> {
  await desktopCore.admin.send('POST', '/api/v1/simulator/calls', { ani: CRM_CALLER, dnis: TEST_ENTRY_NUMBER });
}
