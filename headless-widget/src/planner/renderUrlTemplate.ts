import { CAD_PREFIX } from '../policy/templatePlaceholders.js';
import { renderTemplate } from './renderTemplate.js';

/** What a `screenPop.urlTemplate` placeholder may stand for. */
export type UrlTemplateValues = {
  readonly ani: string;
  readonly interactionId: string;
  /** Call-associated data the agent may see, as strings. */
  readonly callData: Readonly<Record<string, string>>;
};

/**
 * Renders a screen-pop URL template (`https://crm.example/search?phone={ani}&ref={cad.ticket}`).
 * Every value is URI-encoded: a CAD value comes from the caller's IVR input and must not be
 * able to add query parameters or change the path.
 */
export function renderUrlTemplate(template: string, values: UrlTemplateValues): string {
  return renderTemplate(template, (name) => {
    const value = name.startsWith(CAD_PREFIX)
      ? values.callData[name.slice(CAD_PREFIX.length)]
      : name === 'ani'
        ? values.ani
        : name === 'interactionId'
          ? values.interactionId
          : undefined;
    return value === undefined ? undefined : encodeURIComponent(value);
  });
}
