/** Facts the planner needs besides the event and its state: plain data, so planning stays pure. */
export type WidgetPlannerContext = {
  /** The agent this desktop is logged in as: events about other agents are ignored. */
  readonly agentId: string;
  /** The current time (epoch ms), from the injected clock. */
  readonly now: number;
  /** Wrap-up code id → label, for the activity's disposition. */
  readonly wrapUpCodeLabels: Readonly<Record<string, string>>;
  /** Queue id → name, for the subject's `{queue}`. */
  readonly queueNames: Readonly<Record<string, string>>;
};
