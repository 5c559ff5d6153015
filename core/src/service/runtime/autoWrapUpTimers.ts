import type { RuntimeContext } from './RuntimeContext.js';
import type { FormerAgent, LiveContact } from './TenantState.js';
import { defaultWrapUpCodeId, finishWrapUp } from './callEnding.js';
import { finishFormerWrapUp } from './formerAgents.js';

// Automatic wrap-up: when the desktop profile sets a delay, wrap-up ends by itself with the
// tenant's default code. Armed when wrap-up starts, and again for wrap-ups restored after a restart.

/** Arms the owner's automatic wrap-up of `contact` at `dueAt`. */
export function armAutoWrapUp(ctx: RuntimeContext, tenantId: string, contact: LiveContact, dueAt: number): void {
  const contactId = contact.interactionId;
  contact.autoWrapUpAt = dueAt;
  contact.autoWrapUpTimer = ctx.setTimer(tenantId, dueAt, `auto wrap-up of ${contactId}`, async (tx, tenant) => {
    const current = tenant.contacts.get(contactId);
    if (current?.state !== 'wrapUp') return;
    // No manual wrap-up can come in between: it would wait on this lane.
    await finishWrapUp(ctx, tx, tenant, current, await defaultWrapUpCodeId(ctx, tenantId));
  });
}

/** Arms the automatic wrap-up at `dueAt` of an agent who left `contact` before it ended. */
export function armFormerAutoWrapUp(
  ctx: RuntimeContext,
  tenantId: string,
  contact: LiveContact,
  former: FormerAgent,
  dueAt: number,
): void {
  const contactId = contact.interactionId;
  former.autoWrapUpTimer = ctx.setTimer(
    tenantId,
    dueAt,
    `auto wrap-up of agent ${former.agentId} on ${contactId}`,
    async (tx, tenant) => {
      const current = tenant.contacts.get(contactId);
      if (!current?.formerAgents.includes(former) || former.wrappedUpAt !== undefined) return;
      await finishFormerWrapUp(ctx, tx, tenant, current, former, await defaultWrapUpCodeId(ctx, tenantId));
    },
  );
}
