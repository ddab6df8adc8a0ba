import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.ts';
import { ErrorResponse, type App } from '../../platform/http.ts';
import { requireStaff } from '../../platform/session.ts';
import * as service from './service.ts';

const Applicant = Type.Object({
  id: Type.String(),
  mobile: Type.String(),
  name: Type.Union([Type.String(), Type.Null()]),
  /** Masked (3301**********1234) unless the caller's role needs the whole number. */
  idNumber: Type.Union([Type.String(), Type.Null()]),
});
const IdNumber = Type.String({ pattern: '^\\d{17}[\\dXx]$', description: '18-digit resident ID number' });

export function applicantRoutes(app: App, ctx: AppContext): void {
  const tags = ['applicants'];
  app.put(
    '/api/applicant/me/identity',
    {
      config: { access: { kind: 'applicant' } },
      schema: {
        tags,
        summary: 'Record my real name and ID number (stored SM4-encrypted)',
        body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 40 }), idNumber: IdNumber }),
        response: {
          200: Type.Object({ applicant: Applicant }),
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
        },
      },
    },
    async (request) => ({
      applicant: await service.saveIdentity(ctx, request.applicant!, request.body, {
        clientAddress: request.ip,
      }),
    }),
  );

  app.get(
    '/api/applicants',
    {
      config: { access: { kind: 'staff', permission: 'applicants.lookup' } },
      schema: {
        tags,
        summary: 'Find applicants by ID number (audited; masked unless the role needs it)',
        querystring: Type.Object({ idNumber: IdNumber }),
        response: {
          200: Type.Object({ applicants: Type.Array(Applicant) }),
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
        },
      },
    },
    async (request) => ({
      applicants: await service.findApplicantByIdNumber(ctx, requireStaff(request), request.query.idNumber, {
        clientAddress: request.ip,
      }),
    }),
  );
}
