import type { RuntimeContext } from './RuntimeContext.js';

// Bridge moves for consults and transfers. A leg is in at most one bridge, so joining legs first
// takes them out of the bridges they are in (a two-leg bridge dissolves, leaving its other leg
// alone and, if held, parked). Failures are reported, not thrown: a party hanging up at the same
// moment must not undo the state change, and its `leg:ended` follows in the lane.

/** Bridges the legs after taking each out of its current bridge; skipped if one has ended. */
export function joinLegs(ctx: RuntimeContext, legIds: readonly (string | undefined)[]): void {
  const ids = legIds.filter((legId) => legId !== undefined);
  try {
    const legs = ids.map((legId) => ctx.telephony.getLeg(legId));
    if (legs.some((leg) => leg.state === 'ended')) return;
    for (const leg of legs) if (leg.bridgeId !== undefined) ctx.telephony.removeFromBridge(leg.id);
    ctx.telephony.bridge(ids);
  } catch (error) {
    ctx.report(error, `bridging legs ${ids.join(', ')}`);
  }
}

/** Adds `legId` to the bridge `hostLegId` is in (a conference), or bridges the two. */
export function addToHostBridge(ctx: RuntimeContext, hostLegId: string | undefined, legId: string | undefined): void {
  if (hostLegId === undefined || legId === undefined) return;
  try {
    const host = ctx.telephony.getLeg(hostLegId);
    const leg = ctx.telephony.getLeg(legId);
    if (host.state === 'ended' || leg.state === 'ended') return;
    if (host.bridgeId === undefined) {
      joinLegs(ctx, [legId, hostLegId]);
      return;
    }
    if (leg.bridgeId !== undefined) ctx.telephony.removeFromBridge(legId);
    ctx.telephony.addToBridge(host.bridgeId, legId);
  } catch (error) {
    ctx.report(error, `adding leg ${legId} to the bridge of leg ${hostLegId}`);
  }
}

/** Parks a connected leg (the customer while their agent consults); reported, not thrown. */
export function holdLeg(ctx: RuntimeContext, legId: string | undefined): void {
  if (legId === undefined) return;
  try {
    if (ctx.telephony.getLeg(legId).state === 'connected') ctx.telephony.hold(legId);
  } catch (error) {
    ctx.report(error, `holding leg ${legId}`);
  }
}

/** Takes a held leg back; reported, not thrown. */
export function resumeLeg(ctx: RuntimeContext, legId: string | undefined): void {
  if (legId === undefined) return;
  try {
    if (ctx.telephony.getLeg(legId).state === 'held') ctx.telephony.resume(legId);
  } catch (error) {
    ctx.report(error, `resuming leg ${legId}`);
  }
}
