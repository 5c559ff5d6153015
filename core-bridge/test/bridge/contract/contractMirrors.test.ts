import { describe, expect, it } from '@jest/globals';
import { CRM_IDS } from '@patchbay/connector-kit';
import { AGENT_STATE_NAMES } from '@patchbay/core/contract';
import { BRIDGE_ERROR_CODES as CODES_FROM_BRIDGE_ERROR } from '../../../src/BridgeError.js';
import {
  BRIDGE_AGENT_STATE_NAMES,
  BRIDGE_CRM_IDS,
  BRIDGE_ERROR_CODES,
  wireErrorSchema,
} from '../../../src/bridge/contract/index.js';

// The contract imports nothing but valibot, so it repeats a few lists other packages own. These
// tests keep the copies equal to the originals.

describe('lists the contract repeats', () => {
  it('names the CRMs connector-kit knows', () => {
    expect(BRIDGE_CRM_IDS).toEqual(CRM_IDS);
  });

  it("names the core's agent states", () => {
    expect(BRIDGE_AGENT_STATE_NAMES).toEqual(AGENT_STATE_NAMES);
  });

  it('has one list of error codes, used by BridgeError and the wire schema alike', () => {
    expect(CODES_FROM_BRIDGE_ERROR).toBe(BRIDGE_ERROR_CODES);
    expect([...wireErrorSchema.entries.code.options].sort()).toEqual(Object.keys(BRIDGE_ERROR_CODES).sort());
  });
});
