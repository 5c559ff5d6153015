import type { OpenCtiMethod } from '../protocol/openCtiWire.js';

/**
 * The `args` each method puts on the wire (§1.2): named keys copied from the caller's object,
 * callbacks and listeners stripped, and saveLog's `value` renamed `object`.
 */
export function wireArgsOf(
  methodName: OpenCtiMethod,
  options: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const pick = (...keys: string[]) => Object.fromEntries(keys.map((key) => [key, options[key]]));
  switch (methodName) {
    case 'screenPop':
      // This library version does not forward a top-level defaultFieldValues (§1.2).
      return pick('type', 'params');
    case 'searchAndScreenPop':
      return pick('searchParams', 'callType', 'queryParams', 'defaultFieldValues', 'deferred', 'params');
    case 'saveLog':
      return { object: options['value'] };
    case 'setSoftphonePanelVisibility':
      return pick('visible');
    case 'setSoftphoneItemLabel':
    case 'setSoftphonePanelLabel':
      return pick('label');
    case 'setSoftphoneItemIcon':
    case 'setSoftphonePanelIcon':
      return pick('key');
    case 'setSoftphonePanelHeight':
      return pick('heightPX');
    case 'setSoftphonePanelWidth':
      return pick('widthPX');
    case 'runApex':
      return pick('apexClass', 'methodName', 'methodParams');
    default:
      return {};
  }
}
