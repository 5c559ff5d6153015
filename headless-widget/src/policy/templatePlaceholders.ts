/** A `{name}` placeholder in a template; the name is what the braces enclose. */
export const TEMPLATE_PLACEHOLDER_PATTERN = /\{([^{}]*)\}/g;

/** A call-associated data variable name, as the bridge accepts it. */
export const CAD_VARIABLE_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

/** The prefix that names a call-associated data variable in a placeholder or a field mapping. */
export const CAD_PREFIX = 'cad.';

/**
 * Whether `template` only uses the given placeholders (plus `{cad.NAME}` when `allowCad`) and
 * has no stray brace, so a typo fails when the policy is saved instead of showing up in the CRM.
 */
export function isValidTemplate(template: string, names: readonly string[], allowCad: boolean): boolean {
  for (const match of template.matchAll(TEMPLATE_PLACEHOLDER_PATTERN)) {
    const name = match[1] ?? '';
    const isCad =
      allowCad && name.startsWith(CAD_PREFIX) && CAD_VARIABLE_NAME_PATTERN.test(name.slice(CAD_PREFIX.length));
    if (!isCad && !names.includes(name)) return false;
  }
  return !/[{}]/.test(template.replace(TEMPLATE_PLACEHOLDER_PATTERN, ''));
}

/** How a policy error describes the placeholders a template may use. */
export function describePlaceholders(names: readonly string[], allowCad: boolean): string {
  const listed = [...names.map((name) => `{${name}}`), ...(allowCad ? ['{cad.NAME}'] : [])];
  return `a template using only the placeholders ${listed.join(', ')}`;
}
