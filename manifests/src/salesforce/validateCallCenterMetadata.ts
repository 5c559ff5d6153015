import type { CallCenterProblem } from './CallCenterProblem.js';
import { checkCallCenterSections, MAX_LABEL_LENGTH, type ParsedCallCenterSection } from './checkCallCenterSections.js';
import { METADATA_NAMESPACE } from './generateCallCenterMetadataXml.js';
import { childNodes, isProblem, isXmlNode, parseCallCenterXml, textOf, type XmlNode } from './parseCallCenterXml.js';

export type ValidateCallCenterMetadataOptions = {
  /** The file's name, e.g. `AcmeCti.callCenter-meta.xml`: its stem is the internal name. */
  fileName?: string;
};

/** Checks a `CallCenter` metadata file (source or metadata format) offline. */
export function validateCallCenterMetadata(
  xml: string,
  options: ValidateCallCenterMetadataOptions = {},
): CallCenterProblem[] {
  const document = parseCallCenterXml(xml);
  if (isProblem(document)) return [document];
  const root = document['CallCenter'];
  if (!isXmlNode(root)) return [{ path: '/', message: 'must have a CallCenter root element' }];
  const problems: CallCenterProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });
  if (textOf(root['@_xmlns']) !== METADATA_NAMESPACE) report('/CallCenter/@xmlns', `must be ${METADATA_NAMESPACE}`);
  if (options.fileName !== undefined) {
    const internalName = /^(.*)\.callCenter(?:-meta\.xml)?$/.exec(options.fileName)?.[1] ?? '';
    if (!/^[A-Za-z][A-Za-z0-9]{0,39}$/.test(internalName)) {
      report(
        options.fileName,
        'must be <InternalName>.callCenter-meta.xml with 1-40 letters or digits, starting with a letter',
      );
    }
  }
  for (const element of ['displayName', 'displayNameLabel', 'internalNameLabel']) {
    const text = textOf(root[element]);
    if (!text) report(`/CallCenter/${element}`, 'is required');
    else if (text.length > MAX_LABEL_LENGTH)
      report(`/CallCenter/${element}`, `must be at most ${MAX_LABEL_LENGTH} characters`);
  }
  const sections = readSections(root);
  problems.push(...checkCallCenterSections(sections, 'metadata'));
  const adapterUrl = sections
    .find((section) => section.name === 'reqGeneralInfo')
    ?.items.find((item) => item.name === 'reqAdapterUrl');
  const adapterElement = textOf(root['adapterUrl']);
  if (adapterUrl && adapterElement !== undefined && adapterElement !== adapterUrl.value) {
    report('/CallCenter/adapterUrl', 'must equal the reqAdapterUrl item');
  }
  checkCustomSettings(textOf(root['customSettings']), report);
  return problems;
}

function checkCustomSettings(text: string | undefined, report: (path: string, message: string) => void): void {
  if (text === undefined) return;
  let settings: unknown;
  try {
    settings = JSON.parse(text);
  } catch {
    report('/CallCenter/customSettings', 'must be a JSON object of strings');
    return;
  }
  if (!isXmlNode(settings) || !Object.values(settings).every((value) => typeof value === 'string')) {
    report('/CallCenter/customSettings', 'must be a JSON object of strings');
  }
}

function readSections(root: XmlNode): ParsedCallCenterSection[] {
  return childNodes(root, 'sections').map((section, sectionIndex) => {
    const sectionName = textOf(section['name']);
    const path = `/CallCenter/${sectionName ? `sections[@name='${sectionName}']` : `sections[${sectionIndex + 1}]`}`;
    return {
      name: sectionName,
      label: textOf(section['label']),
      path,
      items: childNodes(section, 'items').map((item, itemIndex) => {
        const name = textOf(item['name']);
        return {
          name,
          label: textOf(item['label']),
          value: textOf(item['value']) ?? '',
          path: `${path}/${name ? `items[@name='${name}']` : `items[${itemIndex + 1}]`}`,
        };
      }),
    };
  });
}
