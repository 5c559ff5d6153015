import * as v from 'valibot';
import { boundedInt, memberNameSchema, plainObject, requiredString } from './primitives.js';

/**
 * The bridge protocol's version. Adding an optional field or a method keeps it (receivers strip
 * fields they do not know, and capabilities say which methods exist); anything else bumps it.
 */
export const BRIDGE_PROTOCOL_VERSION = 1;

/** The two sides of the bridge. */
export const BRIDGE_SIDES = ['shell', 'desktop'] as const;

/** The most capabilities one hello may list. */
export const MAX_CAPABILITIES = 64;

/** The handshake: each side says who it is and which of its methods it implements. */
export const bridgeHelloSchema = plainObject({
  protocolVersion: boundedInt(1, 1000),
  side: v.picklist(BRIDGE_SIDES),
  /** New on every page load, so the other side sees a reload (and fails calls it had in flight). */
  instanceId: requiredString(64),
  /** The names of the methods this side implements; calls to any other answer UNSUPPORTED. */
  capabilities: v.pipe(v.array(memberNameSchema), v.maxLength(MAX_CAPABILITIES)),
});

/** A side of the bridge. */
export type BridgeSide = (typeof BRIDGE_SIDES)[number];
/** A handshake message. */
export type BridgeHello = v.InferOutput<typeof bridgeHelloSchema>;
