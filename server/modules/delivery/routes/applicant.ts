import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.ts';
import { ErrorResponse, type App } from '../../../platform/http.ts';
import * as schemas from '../schemas.ts';
import { getApplicantShipment } from '../service/read-shipments.ts';

/** The applicant follows the posting of their own case's result. */
export function deliveryApplicantRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/applicant/shipments/:id',
    {
      config: { access: { kind: 'applicant' } },
      schema: {
        tags: ['delivery'],
        summary: "The shipment of one of my cases with its tracking trail (another's is not found)",
        params: schemas.ShipmentParams,
        response: {
          200: Type.Object({ shipment: schemas.ApplicantShipment }),
          400: ErrorResponse,
          401: ErrorResponse,
          404: ErrorResponse,
        },
      },
    },
    async (request) => ({ shipment: await getApplicantShipment(ctx, request.applicant!, request.params.id) }),
  );
}
