import type { ContactTarget } from '@patchbay/core-bridge/client';

/** The kinds of consult and transfer targets the desktop offers (entry points stay admin-only). */
export const TARGET_KINDS = ['agent', 'queue', 'number'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** The core's dial numbers: E.164 or a 2-8 digit extension (the contract's `dialNumberSchema`). */
const DIAL_NUMBER = /^(?:\+[1-9]\d{7,14}|\d{2,8})$/;
const ENTITY_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Spaces, dashes, dots and brackets people type in phone numbers. */
const NUMBER_PUNCTUATION = /[\s().-]/g;

/** A target from the consult/transfer form, or undefined while the input cannot be one. */
export function buildContactTarget(kind: TargetKind, input: string): ContactTarget | undefined {
  const value = input.trim();
  switch (kind) {
    case 'agent':
      return ENTITY_ID.test(value) ? { kind, agentId: value } : undefined;
    case 'queue':
      return ENTITY_ID.test(value) ? { kind, queueId: value } : undefined;
    case 'number': {
      const number = normalizeDialNumber(value);
      return number === undefined ? undefined : { kind, number };
    }
  }
}

/** A dial number without the punctuation people type, or undefined when it is not one. */
export function normalizeDialNumber(input: string): string | undefined {
  const number = input.replace(NUMBER_PUNCTUATION, '');
  return DIAL_NUMBER.test(number) ? number : undefined;
}
