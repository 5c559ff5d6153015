import type { z } from 'zod';
import { connectorConfigSchema, type ConnectorConfig } from './connectorConfigSchema.js';
import { ManifestError, type ManifestIssue } from './ManifestError.js';

/**
 * Validates a connector config read from a file or an API. Returns the config with defaults
 * applied, or throws a ManifestError listing every failing field (all at once, so an admin fixes
 * a file in one pass).
 */
export function parseConnectorConfig(input: unknown): ConnectorConfig {
  const result = connectorConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const [first, ...rest] = result.error.issues.flatMap(toManifestIssues);
  throw new ManifestError(first ? [first, ...rest] : [{ field: '(root)', message: 'is invalid' }]);
}

// An unknown key is reported at the key itself: it is usually a typo of a real field.
function toManifestIssues(issue: z.core.$ZodIssue): ManifestIssue[] {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ field: [...path, key].join('.'), message: 'is not a known field' }));
  }
  return [{ field: path.join('.') || '(root)', message: issue.message }];
}
