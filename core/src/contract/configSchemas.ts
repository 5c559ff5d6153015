import * as z from 'zod/mini';
import {
  dialNumberSchema,
  e164Schema,
  idSchema,
  nameSchema,
  prioritySchema,
  secondsSchema,
  skillNameSchema,
  skillValueSchema,
} from './primitives.js';

// Configuration entities of a tenant, as the REST API accepts and returns them. Every entity has an
// `id`; create bodies are the same shapes without it (see `createBodySchemas`).

export const siteSchema = z.strictObject({ id: idSchema, name: nameSchema });

export const teamSchema = z.strictObject({ id: idSchema, name: nameSchema, siteId: idSchema });

export const USER_ROLES = ['agent', 'supervisor', 'admin'] as const;

export const userSchema = z
  .strictObject({
    id: idSchema,
    name: nameSchema,
    email: z.optional(z.email()),
    roles: z.array(z.enum(USER_ROLES)).check(z.minLength(1), z.maxLength(3)),
    /** Required for agents: every agent belongs to exactly one team. */
    teamId: z.optional(idSchema),
    skills: z._default(z.record(skillNameSchema, skillValueSchema), {}),
    /** The sites and teams a supervisor may see and act on. */
    supervisedSiteIds: z._default(z.array(idSchema), []),
    supervisedTeamIds: z._default(z.array(idSchema), []),
    desktopProfileId: z.optional(idSchema),
  })
  .check(
    z.refine((user) => !user.roles.includes('agent') || user.teamId !== undefined, {
      message: 'an agent must belong to a team',
      path: ['teamId'],
    }),
  );

export const skillRequirementSchema = z.strictObject({
  skill: skillNameSchema,
  minProficiency: z.optional(z.number().check(z.int(), z.gte(1), z.lte(10))),
});

export const queueRoutingSchema = z.discriminatedUnion('strategy', [
  z.strictObject({ strategy: z.literal('longest-available-agent') }),
  z.strictObject({
    strategy: z.literal('skills'),
    selection: z.enum(['longest-available-agent', 'best-available-agent']),
    requirements: z.array(skillRequirementSchema).check(z.minLength(1), z.maxLength(20)),
  }),
]);

export const distributionStepSchema = z.strictObject({
  teamIds: z.array(idSchema).check(z.minLength(1), z.maxLength(100)),
  afterSeconds: secondsSchema,
});

export const queueSchema = z
  .strictObject({
    id: idSchema,
    name: nameSchema,
    routing: queueRoutingSchema,
    /** Call distribution groups, each widening the search after its delay. */
    distribution: z.array(distributionStepSchema).check(z.minLength(1), z.maxLength(20)),
    maxWaitSeconds: z.optional(z.number().check(z.int(), z.gte(1), z.lte(86_400))),
    defaultPriority: z._default(prioritySchema, 5),
  })
  .check(
    z.refine((queue) => isAscending(queue.distribution.map((step) => step.afterSeconds)), {
      message: 'steps must be in increasing afterSeconds order',
      path: ['distribution'],
    }),
  );

/** A call-associated data (CAD) variable a flow sets. Sensitive ones are never stored or logged in clear. */
export const cadVariableSchema = z.strictObject({
  value: z.union([z.string().check(z.maxLength(2_000)), z.number(), z.boolean()]),
  agentViewable: z._default(z.boolean(), true),
  agentEditable: z._default(z.boolean(), false),
  sensitive: z._default(z.boolean(), false),
});

/** The minimal flow: set CAD variables, then queue the contact. The full IVR comes later. */
export const queueFlowSchema = z.strictObject({
  type: z.literal('queue'),
  queueId: idSchema,
  priority: z.optional(prioritySchema),
  variables: z._default(z.record(skillNameSchema, cadVariableSchema), {}),
});

export const entryPointSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  /** The dialled numbers (DNIS) this entry point answers. */
  numbers: z.array(e164Schema).check(z.minLength(1), z.maxLength(50)),
  flow: queueFlowSchema,
});

/** An idle (aux) code or a wrap-up code. */
export const reasonCodeSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  isDefault: z._default(z.boolean(), false),
});

export const desktopProfileSchema = z.strictObject({
  id: idSchema,
  name: nameSchema,
  /** How long an offer rings before RONA. */
  ronaTimeoutSeconds: z._default(z.number().check(z.int(), z.gte(5), z.lte(600)), 18),
  /** Wrap-up ends by itself after this long, with the default wrap-up code; absent = never. */
  autoWrapUpSeconds: z.optional(z.number().check(z.int(), z.gte(1), z.lte(3_600))),
  outdialEntryPointId: z.optional(idSchema),
  outdialAni: z.optional(e164Schema),
  /** Whether the agent's phone must be answered to accept an offer (else the desktop accept suffices). */
  agentPhoneMustAnswer: z._default(z.boolean(), false),
});

export const tenantSchema = z.strictObject({ id: idSchema, name: nameSchema });

/** Station login: where the agent's phone rings for this session. */
export const stationLoginSchema = z.strictObject({ dialNumber: dialNumberSchema, teamId: z.optional(idSchema) });

export type Site = z.infer<typeof siteSchema>;
export type Team = z.infer<typeof teamSchema>;
export type UserRole = (typeof USER_ROLES)[number];
export type User = z.infer<typeof userSchema>;
export type Queue = z.infer<typeof queueSchema>;
export type CadVariable = z.infer<typeof cadVariableSchema>;
export type EntryPoint = z.infer<typeof entryPointSchema>;
export type ReasonCode = z.infer<typeof reasonCodeSchema>;
export type DesktopProfile = z.infer<typeof desktopProfileSchema>;
export type Tenant = z.infer<typeof tenantSchema>;
export type StationLogin = z.infer<typeof stationLoginSchema>;

function isAscending(values: readonly number[]): boolean {
  return values.every((value, index) => index === 0 || value > (values[index - 1] ?? -1));
}
