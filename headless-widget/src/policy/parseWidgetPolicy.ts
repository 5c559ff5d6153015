import type * as z from 'zod';
import { WidgetPolicyError, type WidgetPolicyIssue } from './WidgetPolicyError.js';
import { widgetPolicySchema, type WidgetPolicy } from './widgetPolicySchema.js';

/**
 * Validates a tenant's widget policy document and applies the defaults. Throws a
 * `WidgetPolicyError` (`INVALID_POLICY`) that lists every issue, not only the first, so an admin
 * fixes a document in one round.
 */
export function parseWidgetPolicy(input: unknown): WidgetPolicy {
  const result = widgetPolicySchema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw new WidgetPolicyError(result.error.issues.flatMap((issue) => toPolicyIssues(issue, [])));
}

type Path = readonly PropertyKey[];

function toPolicyIssues(issue: z.core.$ZodIssue, parent: Path): WidgetPolicyIssue[] {
  const path = [...parent, ...issue.path];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatPath([...path, key]),
        expected: 'no such key',
        got: 'unknown key',
      }));
    case 'invalid_type':
      return [{ path: formatPath(path), expected: issue.expected, got: kindOf(issue.input) }];
    case 'invalid_value':
      return [{ path: formatPath(path), expected: oneOf(issue.values), got: kindOf(issue.input) }];
    case 'invalid_union':
      return unionIssues(issue, path);
    default:
      return [{ path: formatPath(path), expected: issue.message, got: kindOf(issue.input) }];
  }
}

/**
 * A discriminated union names its discriminator; a plain union reports the branch the value was
 * meant for (the one that failed below its root), or else what any branch would have taken.
 */
function unionIssues(issue: z.core.$ZodIssueInvalidUnion, path: Path): WidgetPolicyIssue[] {
  if (issue.discriminator !== undefined && 'options' in issue) {
    const discriminated = isRecord(issue.input) ? issue.input[issue.discriminator] : undefined;
    return [{ path: formatPath(path), expected: oneOf(issue.options ?? []), got: kindOf(discriminated) }];
  }
  const meant = issue.errors.filter((branch) => branch.every((branchIssue) => branchIssue.path.length > 0));
  const [only] = meant;
  if (meant.length === 1 && only !== undefined) return only.flatMap((branchIssue) => toPolicyIssues(branchIssue, path));
  const expected = issue.errors.flatMap((branch) => branch.map(describeBranch));
  return [{ path: formatPath(path), expected: expected.join(' or '), got: kindOf(issue.input) }];
}

function describeBranch(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return issue.expected;
  if (issue.code === 'invalid_value') return oneOf(issue.values);
  return issue.message;
}

function oneOf(values: readonly unknown[]): string {
  return values.map((value) => (typeof value === 'string' ? `'${value}'` : String(value))).join(' | ');
}

/** The kind of a value, never the value: `string`, `number`, `array`, `null`, `undefined`... */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function isRecord(value: unknown): value is Record<PropertyKey, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `screenPop.noMatch.fieldMappings[0].field`. */
function formatPath(path: Path): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}
