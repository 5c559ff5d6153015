import { tenantProvisionSchema } from '../../contract/index.js';
import { AuthError } from '../../auth/AuthError.js';
import type { Principal } from '../../auth/Principal.js';
import { SCOPES } from '../../auth/scopes.js';
import type { ConfigService } from '../../service/config/ConfigService.js';
import { defineRoute, type AnyApiRoute } from '../ApiRoute.js';

/**
 * Tenant administration. Every caller reads their own tenant. Operators, the admins of the
 * operator tenant (the one the first start created), list tenants and provision new ones; no other
 * token reaches beyond its own tenant.
 */
export function tenantRoutes(config: ConfigService, options: { operatorTenantId: string }): AnyApiRoute[] {
  const requireOperator = (principal: Principal | undefined): void => {
    if (principal?.tenantId !== options.operatorTenantId || !principal.roles.includes('admin')) {
      throw new AuthError('FORBIDDEN', 'only admins of the operator tenant manage tenants');
    }
  };
  const common = { tag: 'tenants' } as const;

  return [
    defineRoute({
      ...common,
      method: 'GET',
      path: '/api/v1/tenant',
      summary: 'Your own tenant',
      scope: SCOPES.CONFIG_READ,
      handler: async ({ principal }) => ({ body: principal && (await config.getTenant(principal.tenantId)) }),
    }),
    defineRoute({
      ...common,
      method: 'GET',
      path: '/api/v1/tenants',
      summary: 'Every tenant (operators only)',
      scope: SCOPES.CONFIG_WRITE,
      handler: async ({ principal }) => {
        requireOperator(principal);
        return { body: await config.listTenants() };
      },
    }),
    defineRoute({
      ...common,
      method: 'POST',
      path: '/api/v1/tenants',
      summary: 'Provision a tenant with its first admin, site and team `main`, default codes (operators only)',
      scope: SCOPES.CONFIG_WRITE,
      body: tenantProvisionSchema,
      successStatus: 201,
      handler: async ({ principal, body }) => {
        requireOperator(principal);
        const tenant = await config.provisionTenant({
          tenantId: body.id,
          tenantName: body.name,
          adminId: body.admin.id,
          adminName: body.admin.name,
          adminPassword: body.admin.password,
        });
        return { status: 201, body: tenant };
      },
    }),
  ];
}
