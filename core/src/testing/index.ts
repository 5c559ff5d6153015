export { TEST_ENTRY_NUMBER, seedTestTenant, type SeedTestTenantOptions } from './seedTestTenant.js';
