import { ADMIN_PASSWORD, startTestCore } from './coreFixture.js';

/** The second tenant's id; its administrator is `admin` with {@link ADMIN_PASSWORD} too. */
export const OTHER_TENANT = 'other';

/**
 * A real core on an ephemeral port with two tenants: `default`, seeded like every API test's
 * (`seedTestTenant`, agent `ada` on phone 1001), and {@link OTHER_TENANT}, provisioned by the
 * operator over the tenant API with only its starting site, team, codes and admin.
 */
export async function startTwoTenantCore() {
  const fixture = await startTestCore();
  const admin = await fixture.tokenFor('admin', ADMIN_PASSWORD);
  await fixture.configureTenant(admin);
  const provisioned = await fixture.call('POST', '/api/v1/tenants', admin, {
    id: OTHER_TENANT,
    name: 'Other tenant',
    admin: { id: 'admin', name: 'Other admin', password: ADMIN_PASSWORD },
  });
  if (provisioned.status !== 201) throw new Error(`provisioning ${OTHER_TENANT} answered ${provisioned.status}`);
  return { ...fixture, admin };
}
