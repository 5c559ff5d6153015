import { describe, expect, it } from '@jest/globals';
import type { Queue, Team, User } from '../../../src/contract/index.js';
import type { ConfigCollection } from '../../../src/service/config/collections.js';
import { createKeyedLock } from '../../../src/service/config/createKeyedLock.js';
import { findReferenceProblems } from '../../../src/service/config/findReferenceProblems.js';
import { findReferrers } from '../../../src/service/config/findReferrers.js';
import { findRepeatedNumbers } from '../../../src/service/config/findRepeatedNumbers.js';
import { formatReferrers } from '../../../src/service/config/formatReferrers.js';
import { referencedCollections, referringCollections } from '../../../src/service/config/referenceRules.js';

const user = (id: string, fields: Partial<User>): User => ({
  id,
  name: id,
  roles: ['agent'],
  skills: {},
  supervisedSiteIds: [],
  supervisedTeamIds: [],
  ...fields,
});
const queue = (id: string, teamIds: string[][]): Queue => ({
  id,
  name: id,
  routing: { strategy: 'longest-available-agent' },
  distribution: teamIds.map((ids, index) => ({ teamIds: ids, afterSeconds: index * 10 })),
  defaultPriority: 5,
});

describe('the reference rule table', () => {
  it('derives what saving and removing must look up', () => {
    expect(referencedCollections('users')).toEqual(['teams', 'sites', 'desktopProfiles']);
    expect(referencedCollections('sites')).toEqual([]);
    expect(referringCollections('teams')).toEqual(['users', 'queues']);
    expect(referringCollections('entryPoints')).toEqual(['desktopProfiles']);
    expect(referringCollections('idleCodes')).toEqual([]);
  });
});

describe('findReferenceProblems', () => {
  const existing = new Map<ConfigCollection, Set<string>>([
    ['sites', new Set(['s1'])],
    ['teams', new Set(['t1'])],
  ]);

  it('reports each dangling id at its exact path', () => {
    const entity = user('u1', { teamId: 't1', supervisedTeamIds: ['t1', 't2'], supervisedSiteIds: ['s9'] });
    expect(findReferenceProblems('users', entity, existing)).toEqual([
      { field: 'supervisedSiteIds.0', message: 'unknown site s9' },
      { field: 'supervisedTeamIds.1', message: 'unknown team t2' },
    ]);
    expect(findReferenceProblems('queues', queue('q1', [['t1'], ['t1', 't3']]), existing)).toEqual([
      { field: 'distribution.1.teamIds.1', message: 'unknown team t3' },
    ]);
  });

  it('finds nothing wrong with absent optional references or a collection missing from the map', () => {
    expect(findReferenceProblems('users', user('u1', { roles: ['admin'] }), existing)).toEqual([]);
    const team: Team = { id: 't1', name: 'T', siteId: 's1' };
    expect(findReferenceProblems('teams', team, new Map())).toEqual([{ field: 'siteId', message: 'unknown site s1' }]);
  });
});

describe('findReferrers and formatReferrers', () => {
  it('group referrers by collection, each once, ids sorted', () => {
    const entities = new Map<ConfigCollection, User[] | Queue[]>([
      [
        'users',
        [
          user('u2', { teamId: 't1', supervisedTeamIds: ['t1'] }),
          user('u1', { teamId: 't1' }),
          user('u3', { teamId: 't2' }),
        ],
      ],
      ['queues', [queue('q1', [['t2'], ['t1']])]],
    ]);
    const referrers = findReferrers('teams', 't1', entities);
    expect(referrers).toEqual([
      { collection: 'users', ids: ['u1', 'u2'] },
      { collection: 'queues', ids: ['q1'] },
    ]);
    expect(formatReferrers(referrers)).toBe('users u1, u2 and queues q1');
    expect(findReferrers('teams', 't9', entities)).toEqual([]);
  });

  it('formats one, two and three groups', () => {
    expect(formatReferrers([])).toBe('');
    expect(formatReferrers([{ collection: 'entryPoints', ids: ['e1'] }])).toBe('entry points e1');
    expect(
      formatReferrers([
        { collection: 'users', ids: ['u1'] },
        { collection: 'queues', ids: ['q1'] },
        { collection: 'desktopProfiles', ids: ['d1', 'd2'] },
      ]),
    ).toBe('users u1, queues q1 and desktop profiles d1, d2');
  });
});

describe('findRepeatedNumbers', () => {
  it('points at each repeat and the first occurrence', () => {
    expect(findRepeatedNumbers(['+1', '+2', '+1', '+2', '+1'])).toEqual([
      { field: 'numbers.2', message: 'repeats numbers.0' },
      { field: 'numbers.3', message: 'repeats numbers.1' },
      { field: 'numbers.4', message: 'repeats numbers.0' },
    ]);
    expect(findRepeatedNumbers(['+1', '+2'])).toEqual([]);
  });
});

describe('createKeyedLock', () => {
  it('runs tasks of one key in turn, other keys alongside, and survives a failing task', async () => {
    const lock = createKeyedLock();
    const log: string[] = [];
    let releaseFirst: () => void = () => undefined;
    const first = lock.run('a', async () => {
      log.push('a1 start');
      await new Promise<void>((resolve) => (releaseFirst = resolve));
      log.push('a1 end');
      throw new Error('a1 failed');
    });
    const second = lock.run('a', () => {
      log.push('a2');
      return Promise.resolve(2);
    });
    await expect(lock.run('b', () => Promise.resolve('b'))).resolves.toBe('b');
    expect(log).toEqual(['a1 start']);
    releaseFirst();
    await expect(first).rejects.toThrow('a1 failed');
    await expect(second).resolves.toBe(2);
    expect(log).toEqual(['a1 start', 'a1 end', 'a2']);
  });
});
