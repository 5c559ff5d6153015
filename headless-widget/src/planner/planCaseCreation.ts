import type { ContactView } from '@patchbay/core/contract';
import type { WidgetPolicy } from '../policy/widgetPolicySchema.js';
import { mapFields } from './readCallData.js';
import type { InteractionPlan, InteractionStep } from './WidgetPlannerState.js';

/**
 * Opens a case for a connected call when the policy asks for its direction (`<id>:case`). Only the
 * first agent does: a contact with former agents was transferred, and its case already exists.
 */
export function planCaseCreation(plan: InteractionPlan, contact: ContactView, policy: WidgetPolicy): InteractionStep {
  const { caseCreation } = policy;
  const wanted = contact.direction === 'inbound' ? caseCreation.inbound : caseCreation.outbound;
  const transferred = (contact.formerAgents?.length ?? 0) > 0;
  if (!wanted || plan.casePlanned || transferred) return { commands: [], plan };
  return {
    commands: [
      {
        target: 'crm',
        method: 'createRecord',
        params: { objectType: caseCreation.objectType, fields: mapFields(caseCreation.fieldMappings, contact) },
        durable: { key: `${contact.interactionId}:case` },
      },
    ],
    plan: { ...plan, casePlanned: true },
  };
}
