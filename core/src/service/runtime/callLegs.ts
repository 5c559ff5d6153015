import type { LegBinding } from './TenantState.js';
import type { RuntimeContext } from './RuntimeContext.js';

/** Remembers a leg the runtime answered or dialled, so its events find their contact. */
export function bindLeg(
  ctx: RuntimeContext,
  legId: string,
  binding: Omit<LegBinding, 'released'> & { released?: boolean },
): void {
  ctx.legs.set(legId, { ...binding, released: binding.released ?? false });
}

/** From now on the leg's events change nothing (its offer or contact is over). */
export function releaseLeg(ctx: RuntimeContext, legId: string | undefined): void {
  const binding = legId === undefined ? undefined : ctx.legs.get(legId);
  if (binding) binding.released = true;
}

/**
 * Releases and hangs up a leg. Its party may be hanging up at the same moment, and a failure here
 * must not undo the state change that asked for it, so errors are reported, not thrown.
 */
export function hangUpLeg(ctx: RuntimeContext, legId: string | undefined): void {
  if (legId === undefined) return;
  releaseLeg(ctx, legId);
  try {
    ctx.telephony.hangup(legId);
  } catch (error) {
    ctx.report(error, `hanging up leg ${legId}`);
  }
}
