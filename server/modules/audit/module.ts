import type { ModuleDescriptor } from '../../platform/module.ts';
import { auditRoutes } from './routes.ts';

/** The tamper-evident audit log, read by the audit admin. */
export const auditModule: ModuleDescriptor = {
  name: 'audit',
  tags: [{ name: 'audit', description: 'Tamper-evident audit log' }],
  routes: auditRoutes,
  jobs: [
    {
      name: 'audit.seal',
      everyMs: 1000,
      async run(tx, ctx) {
        await ctx.auditSealer.seal(tx);
      },
    },
  ],
  // The audit admin alone reads the log (三员分立).
  permissions: { 'audit.read': ['audit_admin'] },
};

declare module '../../platform/policy.ts' {
  interface Permissions {
    'audit.read': true;
  }
}
