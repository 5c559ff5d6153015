import { TEMPLATE_PLACEHOLDER_PATTERN } from '../policy/templatePlaceholders.js';

/**
 * Replaces each `{name}` of `template` with `valueOf(name)`; a placeholder without a value
 * becomes empty, so a missing CAD variable leaves a gap, not a literal `{cad.x}` in the CRM.
 */
export function renderTemplate(template: string, valueOf: (name: string) => string | undefined): string {
  return template.replace(TEMPLATE_PLACEHOLDER_PATTERN, (_match, name: string) => valueOf(name) ?? '');
}
