import type { RoutingAgent, SkillRequirement } from './routingModel.js';

/** True when the agent has every required skill at the required level. */
export function agentQualifies(agent: RoutingAgent, requirements: readonly SkillRequirement[]): boolean {
  return requirements.every((requirement) => {
    const value = agent.skills[requirement.skill];
    if (typeof value === 'boolean') return value;
    return value !== undefined && value >= (requirement.minProficiency ?? 1);
  });
}

/** Best-available-agent score: the sum of the agent's proficiencies in the required skills. */
export function proficiencyScore(agent: RoutingAgent, requirements: readonly SkillRequirement[]): number {
  let score = 0;
  for (const requirement of requirements) {
    const value = agent.skills[requirement.skill];
    if (typeof value === 'number') score += value;
  }
  return score;
}
