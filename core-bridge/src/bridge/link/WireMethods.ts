/**
 * What each side exposes through penpal: four generic methods under our own typed layer. Answers
 * are values, never thrown errors, because penpal keeps only an error's name and message: our
 * codes, fields and details travel explicitly (see `toWireError`).
 */
export type WireMethods = {
  /** The handshake: takes the caller's hello, answers with ours. */
  hello(hello: unknown): Promise<WireAnswer>;
  /** Runs one of our methods for the other side. */
  invoke(method: unknown, params: unknown): Promise<WireAnswer>;
  /** Delivers one of the other side's events. */
  event(name: unknown, payload: unknown): void;
  /** The heartbeat. */
  ping(): string;
};

/** An answer over the wire: a value, or a serialized BridgeError. */
export type WireAnswer =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

/** The penpal channel of the bridge, so other penpal users on the same windows never cross it. */
export const WIRE_CHANNEL = 'patchbay-bridge';
