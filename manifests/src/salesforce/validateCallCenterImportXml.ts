import type { CallCenterProblem } from './CallCenterProblem.js';
import { checkCallCenterSections, type ParsedCallCenterSection } from './checkCallCenterSections.js';
import { childNodes, isProblem, parseCallCenterXml, textOf, type XmlNode } from './parseCallCenterXml.js';

/**
 * Checks a call center definition file (Setup → Call Centers → Import) offline, with the rules
 * Setup applies. Returns every problem found; an empty list means the file should import.
 */
export function validateCallCenterImportXml(xml: string): CallCenterProblem[] {
  const document = parseCallCenterXml(xml);
  if (isProblem(document)) return [document];
  const callCenters = childNodes(document, 'callCenter');
  const [callCenter] = callCenters;
  if (callCenter === undefined) return [{ path: '/', message: 'must have a callCenter root element' }];
  if (callCenters.length > 1) return [{ path: '/callCenter[2]', message: 'Patchbay files hold one callCenter' }];
  return checkCallCenterSections(readSections(callCenter), 'import');
}

function readSections(callCenter: XmlNode): ParsedCallCenterSection[] {
  return childNodes(callCenter, 'section').map((section, sectionIndex) => {
    const path = `/callCenter/${step('section', section, sectionIndex)}`;
    return {
      ...attributes(section),
      path,
      items: childNodes(section, 'item').map((item, itemIndex) => ({
        ...attributes(item),
        path: `${path}/${step('item', item, itemIndex)}`,
        value: textOf(item) ?? '',
      })),
    };
  });
}

function attributes(node: XmlNode) {
  return { name: textOf(node['@_name']), label: textOf(node['@_label']), sortOrder: textOf(node['@_sortOrder']) };
}

/** `section[@name='x']`, or `section[3]` (1-based, as XPath counts) when the name is missing. */
function step(tag: string, node: XmlNode, index: number): string {
  const name = textOf(node['@_name']);
  return name ? `${tag}[@name='${name}']` : `${tag}[${index + 1}]`;
}
