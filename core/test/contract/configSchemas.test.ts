import { describe, expect, it } from '@jest/globals';
import {
  desktopProfileSchema,
  entryPointSchema,
  parseContract,
  queueSchema,
  stationLoginSchema,
  userSchema,
} from '../../src/contract/index.js';

const fieldsOf = (result: ReturnType<typeof parseContract>) =>
  result.ok ? [] : result.issues.map((issue) => issue.field);

describe('userSchema', () => {
  it('accepts an agent with a team and skills, applying defaults', () => {
    const result = parseContract(userSchema, {
      id: 'u1',
      name: ' Ada ',
      roles: ['agent'],
      teamId: 't1',
      skills: { italian: 8, vip: true },
    });
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'u1',
        name: 'Ada',
        roles: ['agent'],
        teamId: 't1',
        skills: { italian: 8, vip: true },
        supervisedSiteIds: [],
        supervisedTeamIds: [],
      },
    });
  });

  it.each([
    [{ id: 'u1', name: 'Ada', roles: ['agent'] }, 'teamId'],
    [{ id: 'u1', name: 'Ada', roles: [] }, 'roles'],
    [{ id: 'u1', name: 'Ada', roles: ['root'] }, 'roles.0'],
    [{ id: 'u1', name: 'Ada', roles: ['admin'], skills: { italian: 11 } }, 'skills.italian'],
    [{ id: 'u1', name: 'Ada', roles: ['admin'], skills: { '1bad': 3 } }, 'skills.1bad'],
    [{ id: 'u 1', name: 'Ada', roles: ['admin'] }, 'id'],
    [{ id: 'u1', name: '   ', roles: ['admin'] }, 'name'],
    [{ id: 'u1', name: 'Ada', roles: ['admin'], email: 'nope' }, 'email'],
    [{ id: 'u1', name: 'Ada', roles: ['admin'], team: 't1' }, 'team'],
  ])('rejects %p at %s', (input, field) => {
    expect(fieldsOf(parseContract(userSchema, input))).toContain(field);
  });
});

describe('queueSchema', () => {
  const queue = {
    id: 'q1',
    name: 'Support',
    routing: {
      strategy: 'skills',
      selection: 'best-available-agent',
      requirements: [{ skill: 'italian', minProficiency: 5 }],
    },
    distribution: [
      { teamIds: ['t1'], afterSeconds: 0 },
      { teamIds: ['t2'], afterSeconds: 30 },
    ],
  };

  it('accepts skills routing with distribution groups and defaults the priority', () => {
    expect(parseContract(queueSchema, queue)).toEqual({ ok: true, value: { ...queue, defaultPriority: 5 } });
  });

  it.each([
    [{ ...queue, routing: { strategy: 'random' } }, 'routing.strategy'],
    [
      { ...queue, routing: { strategy: 'skills', selection: 'best-available-agent', requirements: [] } },
      'routing.requirements',
    ],
    [{ ...queue, distribution: [] }, 'distribution'],
    [
      {
        ...queue,
        distribution: [
          { teamIds: ['t1'], afterSeconds: 30 },
          { teamIds: ['t2'], afterSeconds: 0 },
        ],
      },
      'distribution',
    ],
    [{ ...queue, distribution: [{ teamIds: ['t1'], afterSeconds: -1 }] }, 'distribution.0.afterSeconds'],
    [{ ...queue, defaultPriority: 0 }, 'defaultPriority'],
    [{ ...queue, maxWaitSeconds: 1.5 }, 'maxWaitSeconds'],
  ])('rejects %p at %s', (input, field) => {
    expect(fieldsOf(parseContract(queueSchema, input))).toContain(field);
  });
});

describe('entryPointSchema', () => {
  it('accepts numbers and a queueing flow with CAD variables', () => {
    const result = parseContract(entryPointSchema, {
      id: 'ep1',
      name: 'Main line',
      numbers: ['+390212345678'],
      flow: {
        type: 'queue',
        queueId: 'q1',
        variables: { customerTier: { value: 'gold' }, pin: { value: '1234', sensitive: true } },
      },
    });
    expect(result.ok && result.value.flow.variables).toEqual({
      customerTier: { value: 'gold', agentViewable: true, agentEditable: false, sensitive: false },
      pin: { value: '1234', agentViewable: true, agentEditable: false, sensitive: true },
    });
  });

  it.each([
    [{ id: 'ep1', name: 'x', numbers: ['0212345678'], flow: { type: 'queue', queueId: 'q1' } }, 'numbers.0'],
    [{ id: 'ep1', name: 'x', numbers: [], flow: { type: 'queue', queueId: 'q1' } }, 'numbers'],
    [{ id: 'ep1', name: 'x', numbers: ['+390212345678'], flow: { type: 'ivr' } }, 'flow.type'],
  ])('rejects %p at %s', (input, field) => {
    expect(fieldsOf(parseContract(entryPointSchema, input))).toContain(field);
  });
});

describe('desktopProfileSchema and stationLoginSchema', () => {
  it('defaults the RONA timeout and phone answering', () => {
    expect(parseContract(desktopProfileSchema, { id: 'p1', name: 'Default' })).toEqual({
      ok: true,
      value: { id: 'p1', name: 'Default', ronaTimeoutSeconds: 18, agentPhoneMustAnswer: false },
    });
  });

  it.each([['+390212345678'], ['1234']])('accepts dial number %s', (dialNumber) => {
    expect(parseContract(stationLoginSchema, { dialNumber }).ok).toBe(true);
  });

  it.each([['12345678901234567'], ['0039 02 1234'], ['1'], ['sip:agent@example.com'], ['']])(
    'refuses dial number %p',
    (dialNumber) => {
      expect(fieldsOf(parseContract(stationLoginSchema, { dialNumber }))).toEqual(['dialNumber']);
    },
  );
});

describe('parseContract', () => {
  it('reports every problem with an English message', () => {
    const result = parseContract(desktopProfileSchema, { id: 'p1', ronaTimeoutSeconds: 2, extra: true });
    expect(result).toEqual({
      ok: false,
      issues: [
        { field: 'name', message: 'Invalid input: expected string, received undefined' },
        { field: 'ronaTimeoutSeconds', message: 'Too small: expected number to be >=5' },
        { field: 'extra', message: 'is not a known field' },
      ],
    });
  });

  it.each([[null], ['text'], [42], [[]]])('rejects a non-object body %p at the root', (input) => {
    expect(fieldsOf(parseContract(desktopProfileSchema, input))).toEqual(['(root)']);
  });
});
