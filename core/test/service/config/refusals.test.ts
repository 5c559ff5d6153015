import { describe, expect, it } from '@jest/globals';
import type { ConfigService } from '../../../src/service/config/ConfigService.js';
import { ServiceError } from '../../../src/service/ServiceError.js';
import { cheapPasswords } from './cheapPasswords.js';
import {
  createTestService,
  entryPointBody,
  queueBody,
  SEED_NUMBER,
  seedTenant,
  TENANT_A,
} from './createTestService.js';
import { snapshotStore } from './snapshotStore.js';

type Refusal = [name: string, run: (service: ConfigService) => Promise<unknown>, code: string, state?: string];

/** One row per refusal; objects, because jest would take a missing 4th tuple item for `done`. */
const row = ([name, run, code, state]: Refusal) => ({ name, run, code, state });

const REFUSALS: Refusal[] = [
  ['create: body breaks the contract', (s) => s.create(TENANT_A, 'queues', { name: 'Q' }), 'INVALID_REQUEST'],
  ['create: unknown reference', (s) => s.create(TENANT_A, 'queues', queueBody('q2', ['t9'])), 'INVALID_REQUEST'],
  ['create: id taken', (s) => s.create(TENANT_A, 'sites', { id: 's1', name: 'X' }), 'CONFLICT', 'exists'],
  [
    'create: number in use',
    (s) => s.create(TENANT_A, 'entryPoints', entryPointBody('ep2', [SEED_NUMBER])),
    'CONFLICT',
    'number-in-use',
  ],
  [
    'create: number repeated',
    (s) => s.create(TENANT_A, 'entryPoints', entryPointBody('ep2', ['+390288888888', '+390288888888'])),
    'INVALID_REQUEST',
  ],
  ['create: unknown tenant', (s) => s.create('nobody', 'sites', { name: 'X' }), 'NOT_FOUND'],
  ['replace: absent', (s) => s.replace(TENANT_A, 'sites', 's9', { name: 'X' }), 'NOT_FOUND'],
  ['replace: other body id', (s) => s.replace(TENANT_A, 'sites', 's1', { id: 's2', name: 'X' }), 'INVALID_REQUEST'],
  [
    'replace: stale version',
    (s) => s.replace(TENANT_A, 'sites', 's1', { name: 'X' }, 9),
    'CONFLICT',
    'version-mismatch',
  ],
  [
    'replace: unknown reference',
    (s) => s.replace(TENANT_A, 'users', 'u1', { name: 'Ada', roles: ['agent'], teamId: 't9' }),
    'INVALID_REQUEST',
  ],
  [
    'replace: default code with a bad body',
    (s) => s.replace(TENANT_A, 'idleCodes', 'ic1', { name: '', isDefault: true }),
    'INVALID_REQUEST',
  ],
  ['remove: referenced', (s) => s.remove(TENANT_A, 'sites', 's1'), 'CONFLICT', 'referenced'],
  ['remove: stale version', (s) => s.remove(TENANT_A, 'wrapUpCodes', 'wc1', 2), 'CONFLICT', 'version-mismatch'],
  ['remove: absent', (s) => s.remove(TENANT_A, 'wrapUpCodes', 'wc9'), 'NOT_FOUND'],
  ['remove: queue an entry point uses', (s) => s.remove(TENANT_A, 'queues', 'q1'), 'CONFLICT', 'referenced'],
  ['createTenant: id taken', (s) => s.createTenant({ id: TENANT_A, name: 'X' }), 'CONFLICT', 'exists'],
  ['createTenant: bad body', (s) => s.createTenant({ name: 'X', plan: 'gold' }), 'INVALID_REQUEST'],
  ['setPassword: too short', (s) => s.setPassword(TENANT_A, 'u1', 'short'), 'INVALID_REQUEST'],
  ['setPassword: unknown user', (s) => s.setPassword(TENANT_A, 'u9', 'long enough password'), 'NOT_FOUND'],
];

describe('every refused operation', () => {
  it.each(REFUSALS.map(row))('$name → $code, store unchanged', async ({ run, code, state }) => {
    const { store, service } = createTestService({ passwords: cheapPasswords });
    await seedTenant(service);
    await service.setPassword(TENANT_A, 'u1', 'the original password');
    const before = await snapshotStore(store);
    const heard: unknown[] = [];
    service.subscribe((change) => heard.push(change));

    const error = await run(service).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code, state });
    expect(await snapshotStore(store)).toEqual(before);
    expect(heard).toEqual([]);
    await expect(service.verifyPassword(TENANT_A, 'u1', 'the original password')).resolves.toMatchObject({ id: 'u1' });
  });
});
