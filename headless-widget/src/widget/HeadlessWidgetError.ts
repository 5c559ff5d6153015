/** The closed set of the widget's own error codes (executor, outbox and bridge errors keep theirs). */
export const HEADLESS_WIDGET_ERROR_CODES = {
  /** A lookup the planner labels with (wrap-up codes, queues) could not be loaded; ids are used instead. */
  LOOKUP_FAILED: 'LOOKUP_FAILED',
  /** A command outside the outbox (a screen pop, a core command) failed; `field` names it. */
  COMMAND_FAILED: 'COMMAND_FAILED',
  /** The element's configuration lacks something it needs; `field` names it. */
  MISSING_CONFIG: 'MISSING_CONFIG',
  /** The element's configuration has a value it cannot use; `field` names it. */
  INVALID_CONFIG: 'INVALID_CONFIG',
} as const;

/** A headless widget error code. */
export type HeadlessWidgetErrorCode = keyof typeof HEADLESS_WIDGET_ERROR_CODES;

export type HeadlessWidgetErrorOptions = {
  code: HeadlessWidgetErrorCode;
  message?: string;
  /** The lookup, command, attribute or property concerned, e.g. `crm.screenPop` or `agent-id`. */
  field?: string;
  cause?: unknown;
};

/** An error the widget or its element raises. */
export class HeadlessWidgetError extends Error {
  override readonly name = 'HeadlessWidgetError';
  readonly code: HeadlessWidgetErrorCode;
  readonly field: string | undefined;

  constructor(options: HeadlessWidgetErrorOptions) {
    super(`[widget] ${options.message ?? options.code}`, { cause: options.cause });
    this.code = options.code;
    this.field = options.field;
  }
}
