import type { AppContext } from '../../../platform/context.ts';
import type { App } from '../../../platform/http.ts';
import { requireStaff } from '../../../platform/session.ts';
import { writeMetaOf } from '../../../platform/transaction.ts';
import * as schemas from '../schemas.ts';
import { listCenterKeys, rotateCenterKey } from '../service/keys.ts';
import { getLicenseForPrint } from '../service/read.ts';

/** Staff: a license as printed (打印证照), and a center's signing keys. */
export function licenseStaffRoutes(app: App, ctx: AppContext): void {
  const tags = ['licenses'];

  app.get(
    '/api/licenses/:id',
    {
      config: { access: { kind: 'staff', permission: 'licenses.read' } },
      schema: {
        tags,
        summary: 'An e-license as printed: holder in full, the signed text and the signature',
        params: schemas.LicenseIdParams,
        response: { 200: schemas.PrintableLicense, ...schemas.readErrors },
      },
    },
    async (request) => getLicenseForPrint(ctx, requireStaff(request), request.params.id),
  );

  app.get(
    '/api/admin/centers/:centerId/license-keys',
    {
      config: { access: { kind: 'staff', permission: 'licenses.keys' } },
      schema: {
        tags,
        summary: "A center's SM2 signing keys, oldest first; the newest signs",
        params: schemas.CenterIdParams,
        response: { 200: schemas.LicenseKeyList, ...schemas.readErrors },
      },
    },
    async (request) => listCenterKeys(ctx, requireStaff(request), request.params.centerId),
  );

  app.post(
    '/api/admin/centers/:centerId/license-keys',
    {
      config: { access: { kind: 'staff', permission: 'licenses.keys' } },
      schema: {
        tags,
        summary: 'Rotate: a new signing key; licenses signed before still verify with theirs',
        params: schemas.CenterIdParams,
        body: schemas.RotateKeyBody,
        response: { 201: schemas.LicenseKeyList, ...schemas.writeErrors },
      },
    },
    async (request, reply) => {
      const keys = await rotateCenterKey(
        ctx,
        requireStaff(request),
        request.params.centerId,
        request.body,
        writeMetaOf(request),
      );
      return reply.status(201).send(keys);
    },
  );
}
