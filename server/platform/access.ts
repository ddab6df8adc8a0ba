import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';
import { can, type Permission } from './policy.ts';

/**
 * Every API route declares who may call it in `config.access`; the hook in app.ts enforces it before
 * validation, so an unauthorised caller learns nothing from error details. Services check again with
 * `assertCan` and add data scope (404 for records outside the caller's regions).
 */
export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'staff'; permission?: Permission }
  | { kind: 'applicant' }
  | { kind: 'device'; scope?: DeviceScope };

export const DEVICE_SCOPES = ['kiosk', 'display', 'evaluation_pad'] as const;
export type DeviceScope = (typeof DEVICE_SCOPES)[number];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

export function enforceAccess(request: FastifyRequest): void {
  const access = request.routeOptions.config.access;
  if (!access || access.kind === 'public') return;
  switch (access.kind) {
    case 'staff':
      if (!request.actor) throw new AppError('UNAUTHENTICATED', '请先登录');
      if (access.permission && !can(request.actor, access.permission)) {
        throw new AppError('FORBIDDEN', '您没有执行此操作的权限');
      }
      return;
    case 'applicant':
      if (!request.applicant) throw new AppError('UNAUTHENTICATED', '请先登录');
      return;
    case 'device':
      if (!request.device || (access.scope && !request.device.scopes.includes(access.scope))) {
        throw new AppError('UNAUTHENTICATED', '设备未授权');
      }
      return;
    default: {
      const unreachable: never = access;
      throw new Error(`unknown access ${JSON.stringify(unreachable)}`);
    }
  }
}

export interface ApplicantActor {
  kind: 'applicant';
  id: string;
  mobile: string;
  name: string | null;
}

export interface DeviceActor {
  kind: 'device';
  id: string;
  regionCode: string;
  centerId: string;
  name: string;
  scopes: DeviceScope[];
}

declare module 'fastify' {
  interface FastifyRequest {
    applicant: ApplicantActor | null;
    device: DeviceActor | null;
  }
}
