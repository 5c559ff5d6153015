import type { ShellLink } from '@patchbay/core-bridge/desktop';
import { parseWidgetPolicy } from '../policy/parseWidgetPolicy.js';
import { WidgetPolicyError } from '../policy/WidgetPolicyError.js';
import type { WidgetPolicy } from '../policy/widgetPolicySchema.js';
import type { WidgetCoreClient } from './createHeadlessWidget.js';
import { HeadlessWidgetError } from './HeadlessWidgetError.js';

/** The element's attributes, as `getAttribute` gives them. */
export type HeadlessAttributes = {
  readonly agentId: string | null;
  readonly leaderName: string | null;
  /** A JSON policy document, for layouts that can only write attributes. */
  readonly policy: string | null;
};

/** The element's properties, set by the desktop that hosts it. */
export type HeadlessProperties = {
  /** A policy document (parsed here) or one already parsed; wins over the attribute. */
  readonly policy?: unknown;
  readonly client?: WidgetCoreClient | undefined;
  readonly shell?: Pick<ShellLink, 'call' | 'on'> | undefined;
};

/** What the element starts a widget with. */
export type HeadlessConfig = {
  readonly agentId: string;
  /** The tab election, and the prefix of the outbox and channel names. */
  readonly leaderName: string;
  readonly policy: WidgetPolicy;
  readonly client: WidgetCoreClient;
  readonly shell: Pick<ShellLink, 'call' | 'on'>;
};

/**
 * The element's configuration, or why there is none: MISSING_CONFIG while the desktop has not set
 * everything yet (the element waits), INVALID_CONFIG for a value it cannot use. Either names the
 * attribute or property in `field`, or the policy path as `policy.<path>`.
 */
export function readHeadlessConfig(attributes: HeadlessAttributes, properties: HeadlessProperties): HeadlessConfig {
  const agentId = attributes.agentId?.trim() ?? '';
  if (agentId === '') throw missing('agent-id');
  const leaderName = attributes.leaderName?.trim() || `patchbay:leader:${agentId}`;
  const policy = readPolicy(attributes.policy, properties.policy);
  if (properties.client === undefined) throw missing('client');
  if (properties.shell === undefined) throw missing('shell');
  return { agentId, leaderName, policy, client: properties.client, shell: properties.shell };
}

function readPolicy(attribute: string | null, property: unknown): WidgetPolicy {
  let document = property;
  if (document === undefined) {
    if (attribute === null) throw missing('policy');
    try {
      document = JSON.parse(attribute) as unknown;
    } catch (error) {
      throw new HeadlessWidgetError({
        code: 'INVALID_CONFIG',
        field: 'policy',
        message: 'the policy attribute is not JSON',
        cause: error,
      });
    }
  }
  try {
    return parseWidgetPolicy(document);
  } catch (error) {
    if (!(error instanceof WidgetPolicyError)) throw error;
    const field = error.field === undefined || error.field === '' ? 'policy' : `policy.${error.field}`;
    throw new HeadlessWidgetError({ code: 'INVALID_CONFIG', field, message: error.message, cause: error });
  }
}

const missing = (field: string) =>
  new HeadlessWidgetError({ code: 'MISSING_CONFIG', field, message: `${field} is not set yet` });
