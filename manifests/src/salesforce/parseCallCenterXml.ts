import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { CallCenterProblem } from './CallCenterProblem.js';

export type XmlNode = Record<string, unknown>;

const ARRAY_TAGS: ReadonlySet<string> = new Set(['callCenter', 'section', 'item', 'sections', 'items']);

/** Parses a call center file, keeping every value a string; a malformed file is one problem with its line. */
export function parseCallCenterXml(xml: string): XmlNode | CallCenterProblem {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- fast-xml-parser 5 is the declared XML dependency; its split-out packages are not
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { path: `line ${valid.err.line}`, message: `is not well-formed XML: ${valid.err.msg}` };
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => ARRAY_TAGS.has(name),
  });
  return parser.parse(xml) as XmlNode;
}

export function isXmlNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The nodes under `key` (always an array thanks to ARRAY_TAGS); text-only nodes become `{ '#text' }`. */
export function childNodes(node: XmlNode, key: string): XmlNode[] {
  const value = node[key];
  if (!Array.isArray(value)) return [];
  return value.map((child: unknown) =>
    isXmlNode(child) ? child : { '#text': typeof child === 'string' ? child : '' },
  );
}

/** The text of an element or attribute, or undefined when absent. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isXmlNode(value)) return typeof value['#text'] === 'string' ? value['#text'] : '';
  return undefined;
}

export function isProblem(value: XmlNode | CallCenterProblem): value is CallCenterProblem {
  return typeof value.path === 'string' && typeof value.message === 'string' && Object.keys(value).length === 2;
}
