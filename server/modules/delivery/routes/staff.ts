import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.ts';
import type { App } from '../../../platform/http.ts';
import { requireStaff } from '../../../platform/session.ts';
import * as schemas from '../schemas.ts';
import { getShipment, listShipments } from '../service/read-shipments.ts';
import { refreshShipment } from '../service/refresh-shipment.ts';
import { getShipmentSlip } from '../service/slip.ts';

/** Staff routes: a center's shipments, one shipment's trail, polling now, and the slip to print. */
export function deliveryStaffRoutes(app: App, ctx: AppContext): void {
  const tags = ['delivery'];
  const read = { access: { kind: 'staff', permission: 'delivery.read' } } as const;
  const ShipmentReply = Type.Object({ shipment: schemas.ShipmentDetail });

  app.get(
    '/api/delivery/shipments',
    {
      config: read,
      schema: {
        tags,
        summary:
          'Shipments in my regions (one center with centerId), newest first; recipient masked unless my role needs it',
        querystring: schemas.ShipmentListQuery,
        response: { 200: schemas.ShipmentList, ...schemas.readErrors },
      },
    },
    async (request) => listShipments(ctx, requireStaff(request), request.query),
  );

  app.get(
    '/api/delivery/shipments/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A shipment with its tracking trail and the actions I may take',
        params: schemas.ShipmentParams,
        response: { 200: ShipmentReply, ...schemas.readErrors },
      },
    },
    async (request) => ({ shipment: await getShipment(ctx, requireStaff(request), request.params.id) }),
  );

  app.post(
    '/api/delivery/shipments/:id/refresh',
    {
      config: { access: { kind: 'staff', permission: 'delivery.refresh' } },
      schema: {
        tags,
        summary: 'Read the tracking trail from the carrier now and record what is new',
        params: schemas.ShipmentParams,
        response: { 200: ShipmentReply, ...schemas.writeErrors },
      },
    },
    async (request) => ({
      shipment: await refreshShipment(ctx, requireStaff(request), request.params.id, {
        clientAddress: request.ip,
      }),
    }),
  );

  app.get(
    '/api/delivery/shipments/:id/slip',
    {
      config: { access: { kind: 'staff', permission: 'delivery.print' } },
      schema: {
        tags,
        summary: 'The delivery slip (寄送单 / 送达回证) to print on A4, recipient in full (audited)',
        params: schemas.ShipmentParams,
        response: { 200: Type.Object({ slip: schemas.ShipmentSlip }), ...schemas.readErrors },
      },
    },
    async (request) => ({
      slip: await getShipmentSlip(ctx, requireStaff(request), request.params.id, {
        clientAddress: request.ip,
      }),
    }),
  );
}
