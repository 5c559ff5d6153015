/** Error codes of the manifests layer. Changing one is a breaking change. */
export const MANIFEST_ERROR_CODES = {
  /** A connector config failed its schema; `field` is the dotted path of the first failing field. */
  INVALID_CONFIG: 'INVALID_CONFIG',
} as const;

export type ManifestErrorCode = keyof typeof MANIFEST_ERROR_CODES;

/** One schema failure, as reported to an admin. */
export type ManifestIssue = { field: string; message: string };

/** A connector config or manifest that fails validation, with every failing field listed. */
export class ManifestError extends Error {
  override readonly name = 'ManifestError';
  readonly code: ManifestErrorCode = 'INVALID_CONFIG';
  /** The first failing field. */
  readonly field: string;
  readonly issues: readonly ManifestIssue[];

  constructor(issues: readonly [ManifestIssue, ...ManifestIssue[]]) {
    const [first] = issues;
    super(`[manifests] ${issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ')}`);
    this.field = first.field;
    this.issues = issues;
  }
}
