/**
 * The closed set of policy error codes. Changing or removing a code is a breaking change: the
 * admin UI that edits a tenant's connector configuration shows them.
 */
export const WIDGET_POLICY_ERROR_CODES = {
  /** The configuration document does not match the schema; `issues` lists every problem. */
  INVALID_POLICY: 'INVALID_POLICY',
} as const;

export type WidgetPolicyErrorCode = keyof typeof WIDGET_POLICY_ERROR_CODES;

/**
 * One problem in a policy document. `got` names the kind of value found (`string`, `array`,
 * `undefined`, `unknown key`...), never the value itself: a configuration may be pasted into
 * logs and tickets, and a wrong value can be a secret typed into the wrong field.
 */
export type WidgetPolicyIssue = {
  /** Where, e.g. `screenPop.noMatch.fieldMappings[0].field`. */
  readonly path: string;
  readonly expected: string;
  readonly got: string;
};

/** The policy of the headless widget could not be used. */
export class WidgetPolicyError extends Error {
  override readonly name = 'WidgetPolicyError';
  readonly code: WidgetPolicyErrorCode;
  /** Path of the first issue, as the other layers' errors name their failing field. */
  readonly field: string | undefined;
  readonly issues: readonly WidgetPolicyIssue[];

  constructor(issues: readonly WidgetPolicyIssue[]) {
    const count = issues.length === 1 ? '1 issue' : `${issues.length} issues`;
    const listed = issues.map((issue) => `${issue.path || '(root)'}: expected ${issue.expected}, got ${issue.got}`);
    super(`[policy] INVALID_POLICY (${count}): ${listed.join('; ')}`);
    this.code = 'INVALID_POLICY';
    this.field = issues[0]?.path;
    this.issues = issues;
  }
}
