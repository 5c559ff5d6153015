/** An agent's skill: a proficiency from 1 to 10, or a yes/no skill. */
export type SkillValue = number | boolean;

/** A skill a queue requires: a yes/no skill must be true; a proficiency must reach `minProficiency`. */
export type SkillRequirement = { readonly skill: string; readonly minProficiency?: number };

/** How a queue picks among eligible agents. */
export type QueueRouting =
  | { readonly strategy: 'longest-available-agent' }
  | {
      readonly strategy: 'skills';
      /** LAA among agents with the skills, or BAA: highest summed proficiency, then longest available. */
      readonly selection: 'longest-available-agent' | 'best-available-agent';
      readonly requirements: readonly SkillRequirement[];
    };

/** A call distribution group: these teams join the queue's search once a contact has waited `afterSeconds`. */
export type DistributionStep = { readonly teamIds: readonly string[]; readonly afterSeconds: number };

/** What routing needs to know about a queue. */
export type RoutingQueue = {
  readonly queueId: string;
  readonly routing: QueueRouting;
  /** Ordered by `afterSeconds`; the first step usually starts at 0. */
  readonly distribution: readonly DistributionStep[];
  /** A contact waiting longer is reported as timed out (the flow then decides: overflow, voicemail...). */
  readonly maxWaitSeconds?: number;
};

/** What routing needs to know about a logged-in agent. */
export type RoutingAgent = {
  readonly agentId: string;
  readonly teamId: string;
  readonly skills: Readonly<Record<string, SkillValue>>;
};

/** A contact to route. */
export type ContactToRoute = {
  readonly contactId: string;
  readonly queueId: string;
  /** 1 (most urgent) to 10, as in the reference product. */
  readonly priority: number;
  /** When the contact entered the queue; kept on a re-queue (RONA, decline) so it keeps its place. */
  readonly enqueuedAt: number;
  /** Queue-to-agent: only this agent may take it, and the contact waits for them. */
  readonly targetAgentId?: string;
};

/** What the engine decided; the caller carries it out (offer the call, play the timeout treatment). */
export type RoutingDecision =
  | { readonly type: 'offer'; readonly contactId: string; readonly queueId: string; readonly agentId: string }
  | { readonly type: 'max-wait-exceeded'; readonly contactId: string; readonly queueId: string };
