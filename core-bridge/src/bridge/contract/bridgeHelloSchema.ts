import * as z from 'zod/mini';
import { memberNameSchema } from './primitives.js';

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
export const bridgeHelloSchema = z.object({
  protocolVersion: z.number().check(z.int(), z.gte(1), z.lte(1000)),
  side: z.enum(BRIDGE_SIDES),
  /** New on every page load, so the other side sees a reload (and fails calls it had in flight). */
  instanceId: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The names of the methods this side implements; calls to any other answer UNSUPPORTED. */
  capabilities: z.array(memberNameSchema).check(z.maxLength(MAX_CAPABILITIES)),
});

/** A side of the bridge. */
export type BridgeSide = (typeof BRIDGE_SIDES)[number];
/** A handshake message. */
export type BridgeHello = z.infer<typeof bridgeHelloSchema>;
