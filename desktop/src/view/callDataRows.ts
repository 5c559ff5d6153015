import type { ContactView } from '@patchbay/core-bridge/client';

/** One call-associated data variable as the call view lists it. */
export type CallDataRow = {
  readonly name: string;
  readonly value: string | number | boolean;
  /** Editable by the agent; sensitive values arrive masked, so they are never offered for editing. */
  readonly editable: boolean;
  readonly sensitive: boolean;
};

/** The variables the agent may see, by name. */
export function callDataRows(contact: ContactView): CallDataRow[] {
  return Object.entries(contact.callAssociatedData)
    .filter(([, variable]) => variable.agentViewable)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, variable]) => ({
      name,
      value: variable.value,
      editable: variable.agentEditable && !variable.sensitive,
      sensitive: variable.sensitive,
    }));
}

/**
 * The edited text as the variable's type: numbers stay numbers and booleans booleans, since the
 * core keeps the type a flow gave. Undefined when the text does not fit the type.
 */
export function parseCallDataValue(
  previous: string | number | boolean,
  text: string,
): string | number | boolean | undefined {
  if (typeof previous === 'string') return text;
  if (typeof previous === 'boolean') return text === 'true' ? true : text === 'false' ? false : undefined;
  const trimmed = text.trim();
  const number = Number(trimmed);
  return trimmed === '' || !Number.isFinite(number) ? undefined : number;
}
