import type { ContactView } from '../../contract/index.js';
import type { ConsultState } from '../../contract/index.js';
import type { RuntimeContext } from './RuntimeContext.js';
import type { LiveConsult, LiveContact, TenantState } from './TenantState.js';
import { requireSession } from './agentCommands.js';
import { conferenceConsult, dropConsult, startConsult } from './consultLifecycle.js';
import { roleOf } from './contactRoles.js';
import { resolveTarget } from './contactTargets.js';
import { contactView } from './contactViews.js';
import type { RuntimeTransaction } from './createTransaction.js';
import { asServiceError, conflict, notFound } from './runtimeErrors.js';
import { blindTransfer, handOverConsult } from './transferHandling.js';

/** What the owner of a contact asks to consult, conference or transfer it. */
export type TransferCommand =
  | { readonly type: 'consult' | 'transfer'; readonly target: unknown }
  | { readonly type: 'consultTransfer' | 'conference' | 'consultEnd' };

/**
 * Runs the owner's consult or transfer command: a contact the agent has no part in is NOT_FOUND,
 * one they are consulted on or wrap up after leaving is a CONFLICT (`consulted`, `wrapUp`): only
 * the owner hands the customer on. Resolves with the contact as the command left it.
 */
export function runTransferCommand(
  ctx: RuntimeContext,
  target: { tenantId: string; agentId: string; interactionId: string },
  command: TransferCommand,
  at: number,
): Promise<ContactView> {
  return ctx.run(target.tenantId, at, async (tx) => {
    const { tenant } = requireSession(ctx, target.tenantId, target.agentId);
    const contact = tenant.contacts.get(target.interactionId);
    const role = contact && roleOf(contact, target.agentId);
    if (!contact || !role) throw notFound(`contact ${target.interactionId}`);
    if (role !== 'owner') {
      throw conflict(role === 'former' ? 'wrapUp' : 'consulted', `only the contact's owner can ${command.type}`);
    }
    try {
      await perform(ctx, tx, tenant, contact, target.agentId, command);
      return contactView(contact);
    } catch (error) {
      throw asServiceError(error);
    }
  });
}

async function perform(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  contact: LiveContact,
  agentId: string,
  command: TransferCommand,
): Promise<void> {
  switch (command.type) {
    case 'consult':
    case 'transfer': {
      const { target, resolved } = await resolveTarget(ctx, tenant, command.target, agentId);
      if (contact.consult) {
        throw conflict(contact.consult.state, `cannot ${command.type} while the consult is ${contact.consult.state}`);
      }
      if (contact.state !== 'connected' && contact.state !== 'held') {
        throw conflict(contact.state, `cannot ${command.type} while ${contact.state}`);
      }
      if (command.type === 'consult') {
        await startConsult(ctx, tx, tenant, contact, target, resolved);
        return;
      }
      if (resolved.kind === 'agent' && contact.queueId === undefined) {
        throw conflict('no-queue', 'a contact without a queue cannot wait for an agent');
      }
      await blindTransfer(ctx, tx, tenant, contact, target, resolved);
      return;
    }
    case 'consultTransfer':
      requireConsult(contact, command.type, 'consulting', 'conferenced');
      await handOverConsult(ctx, tx, tenant, contact);
      return;
    case 'conference':
      requireConsult(contact, command.type, 'consulting');
      conferenceConsult(ctx, tx, contact);
      return;
    case 'consultEnd':
      requireConsult(contact, command.type, 'requested', 'offered', 'ringing', 'consulting', 'conferenced');
      await dropConsult(ctx, tx, tenant, contact, 'ended');
      return;
  }
}

/** The consult, in one of `states`; else CONFLICT with its state (`no-consult` without one). */
function requireConsult(contact: LiveContact, action: string, ...states: ConsultState[]): LiveConsult {
  const consult = contact.consult;
  if (!consult) throw conflict('no-consult', `cannot ${action} without a consult`);
  if (!states.includes(consult.state))
    throw conflict(consult.state, `cannot ${action} while the consult is ${consult.state}`);
  return consult;
}
