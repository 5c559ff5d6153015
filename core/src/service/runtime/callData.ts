import type { CadVariable, ContractIssue } from '../../contract/index.js';
import { ServiceError } from '../ServiceError.js';
import type { CallDataEntry } from './TenantState.js';

/** A CAD value agents may set. */
export type CallDataValue = string | number | boolean;

/** Longest string value, as the flow's variables allow. */
const MAX_STRING_LENGTH = 2_000;

/**
 * A new contact's call-associated data: the flow's variables, then what came with the call. A
 * value from the call for a variable the flow declares takes the declared flags (so a sensitive
 * variable stays masked); other values from the call are plain, read-only strings.
 */
export function initialCallData(
  variables: Readonly<Record<string, CadVariable>>,
  fromCall: Readonly<Record<string, string>> | undefined,
): Map<string, CallDataEntry> {
  const callData = new Map<string, CallDataEntry>();
  for (const [name, variable] of Object.entries(variables)) callData.set(name, { ...variable });
  for (const [name, value] of Object.entries(fromCall ?? {})) {
    const declared = callData.get(name);
    callData.set(
      name,
      declared ? { ...declared, value } : { value, agentViewable: true, agentEditable: false, sensitive: false },
    );
  }
  return callData;
}

/**
 * Checks an agent's update: only known, agent-editable variables, each with a value of the type
 * it already has. Every failing name is reported (`values.<name>`); nothing is applied on failure.
 */
export function parseCallDataUpdate(
  callData: ReadonlyMap<string, CallDataEntry>,
  values: unknown,
): Map<string, CallDataValue> {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    throw ServiceError.invalid([{ field: 'values', message: 'must be an object of variable values' }]);
  }
  const updates = new Map<string, CallDataValue>();
  const issues: ContractIssue[] = [];
  for (const [name, value] of Object.entries(values)) {
    const field = `values.${name}`;
    const entry = callData.get(name);
    if (!entry) issues.push({ field, message: 'is not a variable of this contact' });
    else if (!entry.agentEditable) issues.push({ field, message: 'is not editable by agents' });
    else {
      const problem = valueProblem(value, entry.value);
      if (problem === undefined) updates.set(name, value as CallDataValue);
      else issues.push({ field, message: problem });
    }
  }
  const [first, ...rest] = issues;
  if (first) throw ServiceError.invalid([first, ...rest]);
  if (updates.size === 0) throw ServiceError.invalid([{ field: 'values', message: 'must name at least one variable' }]);
  return updates;
}

function valueProblem(value: unknown, current: CallDataValue): string | undefined {
  if (typeof value !== typeof current) return `must be a ${typeof current}`;
  if (typeof value === 'string' && value.length > MAX_STRING_LENGTH) {
    return `must be at most ${MAX_STRING_LENGTH} characters`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return 'must be a finite number';
  return undefined;
}
