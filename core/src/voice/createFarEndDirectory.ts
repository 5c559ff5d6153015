import type { LegEndReason } from './Leg.js';
import { NUMBER_BEHAVIOURS, type NumberBehaviour, type PhoneRegistration } from './SimulatorControls.js';
import { TelephonyError } from './TelephonyError.js';
import { requirePhoneNumber } from './isPhoneNumber.js';
import { requireDelay } from './requireDelay.js';

/** What the far end of a new outbound leg will do, decided when the dial starts. */
export type FarEndPlan =
  | { readonly kind: 'answer'; readonly afterMs: number }
  | { readonly kind: 'end'; readonly reason: Extract<LegEndReason, 'busy' | 'rejected'>; readonly afterMs: number }
  /** Rings until someone answers or rejects by hand, or the dial times out. */
  | { readonly kind: 'wait' };

/** The simulated far ends: agents' phones and configured PSTN numbers. */
export type FarEndDirectory = {
  registerPhone(number: string, registration: PhoneRegistration): void;
  unregisterPhone(number: string): void;
  setNumberBehaviour(number: string, behaviour: NumberBehaviour, delayMs?: number): void;
  planFor(number: string): FarEndPlan;
};

/**
 * An empty directory. Numbers nobody registered or configured behave like the PSTN: they answer
 * after `pstnAnswerDelayMs`.
 */
export function createFarEndDirectory(options: { pstnAnswerDelayMs: number }): FarEndDirectory {
  const phones = new Map<string, FarEndPlan>();
  const numbers = new Map<string, FarEndPlan>();

  return {
    registerPhone(number, registration) {
      requirePhoneNumber(number, 'number');
      // Checked at run time too: the registration comes from the admins' REST controls.
      const answer: unknown = registration.answer;
      if (answer === 'auto') {
        phones.set(number, {
          kind: 'answer',
          afterMs: requireDelay(registration.autoAnswerDelayMs ?? 0, 'autoAnswerDelayMs'),
        });
      } else if (answer === 'manual') {
        phones.set(number, { kind: 'wait' });
      } else {
        throw new TelephonyError({ code: 'INVALID_INPUT', field: 'answer', message: 'answer must be manual or auto' });
      }
    },

    unregisterPhone(number) {
      phones.delete(requirePhoneNumber(number, 'number'));
    },

    setNumberBehaviour(number, behaviour, delayMs) {
      requirePhoneNumber(number, 'number');
      if (!NUMBER_BEHAVIOURS.includes(behaviour)) {
        throw new TelephonyError({
          code: 'INVALID_INPUT',
          field: 'behaviour',
          message: `behaviour must be one of ${NUMBER_BEHAVIOURS.join(', ')}`,
        });
      }
      const afterMs = requireDelay(delayMs ?? (behaviour === 'answer' ? options.pstnAnswerDelayMs : 0), 'delayMs');
      const plans: Record<NumberBehaviour, FarEndPlan> = {
        answer: { kind: 'answer', afterMs },
        busy: { kind: 'end', reason: 'busy', afterMs },
        reject: { kind: 'end', reason: 'rejected', afterMs },
        'no-answer': { kind: 'wait' },
      };
      numbers.set(number, plans[behaviour]);
    },

    planFor(number) {
      return phones.get(number) ?? numbers.get(number) ?? { kind: 'answer', afterMs: options.pstnAnswerDelayMs };
    },
  };
}
