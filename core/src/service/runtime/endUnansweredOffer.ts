import type { ContactView } from '../../contract/index.js';
import type { AgentState } from '../../engine/agentStateMachine.js';
import type { RuntimeContext } from './RuntimeContext.js';
import type { AgentSession, LiveContact, TenantState } from './TenantState.js';
import { enterAgentState } from './agentTransitions.js';
import { contactView } from './contactViews.js';
import type { RuntimeTransaction } from './createTransaction.js';
import { applyDecisions } from './offerLifecycle.js';

export type UnansweredOffer = {
  contact: LiveContact;
  session: AgentSession;
  /** The agent's state after the offer (RONA, or Available / pending idle after a decline). */
  next: AgentState;
  result: 'rona' | 'declined';
  /** Puts the work back where it waits: the contact in its queue, or a queue consult's request. */
  putBack: () => Promise<void>;
};

/**
 * The last step of an offer that rang out or was declined, for contacts and consults alike: tell
 * the agent, then free them and put the work back. After a decline the work goes back first, so it
 * keeps its place ahead of anything the freed agent could now be offered; after RONA the agent is
 * not routable, so the order does not matter.
 */
export async function endUnansweredOffer(
  ctx: RuntimeContext,
  tx: RuntimeTransaction,
  tenant: TenantState,
  { contact, session, next, result, putBack }: UnansweredOffer,
): Promise<ContactView> {
  const view = contactView(contact);
  tx.emit(
    {
      type: result === 'rona' ? 'contact.offerTimedOut' : 'contact.offerDeclined',
      contact: view,
      agentId: session.agentId,
    },
    session.agentId,
  );
  if (result === 'rona') {
    enterAgentState(tx, tenant, session, next);
    await putBack();
  } else {
    await putBack();
    await applyDecisions(ctx, tx, tenant, enterAgentState(tx, tenant, session, next));
  }
  return view;
}
