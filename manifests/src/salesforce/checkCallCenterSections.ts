import type { CallCenterProblem } from './CallCenterProblem.js';
import { SOFTPHONE_HEIGHT_RANGE, SOFTPHONE_WIDTH_RANGE } from './salesforceConfigSchema.js';

/** A section or item as read from either file form, with the path that names it in problems. */
export type ParsedCallCenterNode = {
  readonly path: string;
  readonly name: string | undefined;
  readonly label: string | undefined;
  /** Only in the import form. */
  readonly sortOrder?: string | undefined;
};
export type ParsedCallCenterItem = ParsedCallCenterNode & { readonly value: string };
export type ParsedCallCenterSection = ParsedCallCenterNode & { readonly items: readonly ParsedCallCenterItem[] };

const NAME_PATTERN = /^[A-Za-z0-9]{1,40}$/;
const RESERVED_NAMES: ReadonlySet<string> = new Set(['label', 'sortOrder', 'internalNameLabel', 'displayNameLabel']);
/** The `req...` names Salesforce defines; any other `req` name is refused at import. */
const SALESFORCE_NAMES: ReadonlySet<string> = new Set([
  'reqGeneralInfo',
  'reqInternalName',
  'reqDisplayName',
  'reqAdapterUrl',
  'reqUseApi',
  'reqSoftphoneHeight',
  'reqSoftphoneWidth',
  'reqSalesforceCompatibilityMode',
  'reqStandbyUrl',
  'reqTimeout',
  'reqCanvasApiName',
  'reqCanvasNamespace',
  'reqDialingOptions',
  'reqOutsidePrefix',
  'reqLongDistPrefix',
  'reqInternationalPrefix',
]);
export const MAX_LABEL_LENGTH = 1000;
const LIGHTNING_MODES: readonly string[] = ['Lightning', 'Classic_and_Lightning'];

/** The rules both forms share (§ "Call Center Definition File Format"), plus sortOrder when present. */
export function checkCallCenterSections(
  sections: readonly ParsedCallCenterSection[],
  form: 'import' | 'metadata',
): CallCenterProblem[] {
  const problems: CallCenterProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });
  checkScope(sections, form, report);
  for (const section of sections) checkScope(section.items, form, report);

  const general = sections.find((section) => section.name === 'reqGeneralInfo');
  if (general === undefined) {
    report(form === 'import' ? '/callCenter' : '/CallCenter', 'must have the section reqGeneralInfo');
    return problems;
  }
  const item = (name: string) => general.items.find((candidate) => candidate.name === name);
  const requireItem = (name: string) => {
    const found = item(name);
    if (found === undefined) report(general.path, `must have the item ${name}`);
    return found;
  };
  if (form === 'import') {
    const internalName = requireItem('reqInternalName');
    if (internalName) {
      if (internalName.sortOrder !== '0')
        report(`${internalName.path}/@sortOrder`, 'must be 0 (Salesforce requires it first)');
      if (!/^[A-Za-z][A-Za-z0-9]{0,39}$/.test(internalName.value)) {
        report(internalName.path, 'must be 1-40 letters or digits, starting with a letter');
      }
    }
    const displayName = requireItem('reqDisplayName');
    if (displayName) {
      if (displayName.sortOrder !== '1')
        report(`${displayName.path}/@sortOrder`, 'must be 1 (Salesforce requires it second)');
      if (displayName.value.length > MAX_LABEL_LENGTH)
        report(displayName.path, `must be at most ${MAX_LABEL_LENGTH} characters`);
    }
  }
  const adapterUrl = requireItem('reqAdapterUrl');
  if (adapterUrl && !isHttpsUrl(adapterUrl.value))
    report(adapterUrl.path, 'must be an absolute https URL (Lightning requires https)');
  const useApi = requireItem('reqUseApi');
  if (useApi && useApi.value !== 'true') report(useApi.path, 'must be true (Open CTI uses the CTI API)');
  const mode = requireItem('reqSalesforceCompatibilityMode');
  if (mode && !LIGHTNING_MODES.includes(mode.value)) {
    report(mode.path, `must be ${LIGHTNING_MODES.join(' or ')} to work in Lightning Experience`);
  }
  for (const [name, range] of [
    ['reqSoftphoneHeight', SOFTPHONE_HEIGHT_RANGE],
    ['reqSoftphoneWidth', SOFTPHONE_WIDTH_RANGE],
  ] as const) {
    const size = requireItem(name);
    if (size && !(/^\d+$/.test(size.value) && Number(size.value) >= range.min && Number(size.value) <= range.max)) {
      report(size.path, `must be a whole number of pixels from ${range.min} to ${range.max}`);
    }
  }
  const standbyUrl = item('reqStandbyUrl');
  const timeout = item('reqTimeout');
  if (Boolean(standbyUrl?.value) !== Boolean(timeout?.value)) {
    report(general.path, 'must set reqStandbyUrl and reqTimeout together');
  }
  if (timeout?.value && !/^\d+$/.test(timeout.value)) report(timeout.path, 'must be a whole number of milliseconds');
  return problems;
}

function checkScope(
  nodes: readonly ParsedCallCenterNode[],
  form: 'import' | 'metadata',
  report: (path: string, message: string) => void,
): void {
  const seen = new Set<string>();
  for (const node of nodes) {
    if (node.name === undefined || !NAME_PATTERN.test(node.name)) {
      report(`${node.path}/@name`, 'must be 1-40 letters or digits (no spaces or punctuation)');
    } else if (RESERVED_NAMES.has(node.name)) {
      report(`${node.path}/@name`, `${node.name} is reserved by Salesforce`);
    } else if (node.name.startsWith('req') && !SALESFORCE_NAMES.has(node.name)) {
      report(`${node.path}/@name`, 'names starting with req are reserved for Salesforce-defined items');
    } else if (seen.has(node.name)) {
      report(`${node.path}/@name`, 'is used twice in the same scope');
    }
    if (node.name !== undefined) seen.add(node.name);
    if (node.label !== undefined && node.label.length > MAX_LABEL_LENGTH) {
      report(`${node.path}/@label`, `must be at most ${MAX_LABEL_LENGTH} characters`);
    }
  }
  if (form === 'import') checkSortOrders(nodes, report);
}

// Setup refuses a file whose sortOrder values skip a number or repeat one.
function checkSortOrders(
  nodes: readonly ParsedCallCenterNode[],
  report: (path: string, message: string) => void,
): void {
  const orders = new Set<number>();
  for (const node of nodes) {
    if (node.sortOrder === undefined || !/^\d+$/.test(node.sortOrder)) {
      report(`${node.path}/@sortOrder`, 'must be a non-negative integer');
      continue;
    }
    const order = Number(node.sortOrder);
    if (order >= nodes.length) report(`${node.path}/@sortOrder`, `leaves a gap: expected 0 to ${nodes.length - 1}`);
    else if (orders.has(order))
      report(`${node.path}/@sortOrder`, `repeats ${order}: expected 0 to ${nodes.length - 1}, each once`);
    orders.add(order);
  }
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}
