/** One item of a call center section, as Setup stores it: every value is a string. */
export type CallCenterItem = {
  readonly name: string;
  readonly label: string;
  readonly value: string;
};

/** One section of a call center definition; items keep their order (Setup's `sortOrder`). */
export type CallCenterSection = {
  readonly name: string;
  readonly label: string;
  readonly items: readonly CallCenterItem[];
};
