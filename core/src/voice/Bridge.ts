/**
 * Two or more legs whose parties hear each other (three or more: a conference). A frozen snapshot,
 * like `Leg`. Held legs stay members: they are parked, not removed.
 */
export type Bridge = {
  readonly id: string;
  readonly tenantId: string;
  /** Members in the order they joined. */
  readonly legIds: readonly string[];
  readonly createdAt: number;
};
