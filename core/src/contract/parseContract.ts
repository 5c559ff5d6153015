import * as z from 'zod/mini';
import { en } from 'zod/locales';

/** One way an input breaks the contract: the dotted path of the failing field and why. */
export type ContractIssue = { readonly field: string; readonly message: string };

export type ContractResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly [ContractIssue, ...ContractIssue[]] };

// zod/mini ships without messages to stay small; English ones are passed per parse rather than set
// globally, so importing the contract has no side effects.
const englishErrors = en().localeError;

/**
 * Validates untrusted input (a REST body, a WebSocket frame) against a contract schema. Unknown
 * keys are reported at the key itself, because they are usually typos of real fields.
 */
export function parseContract<S extends z.ZodMiniType>(schema: S, input: unknown): ContractResult<z.infer<S>> {
  const result = schema.safeParse(input, { error: englishErrors });
  if (result.success) return { ok: true, value: result.data };
  const [first, ...rest] = result.error.issues.flatMap(toContractIssues);
  return { ok: false, issues: first ? [first, ...rest] : [{ field: '(root)', message: 'is invalid' }] };
}

function toContractIssues(issue: z.core.$ZodIssue): ContractIssue[] {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ field: [...path, key].join('.'), message: 'is not a known field' }));
  }
  return [{ field: path.join('.') || '(root)', message: issue.message }];
}
