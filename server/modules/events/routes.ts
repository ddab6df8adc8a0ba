import { Type } from 'typebox';
import type { AppContext } from '../../platform/context.ts';
import { listEventsAfter, type OutboxEvent } from '../../platform/events.ts';
import { ErrorResponse, type App } from '../../platform/http.ts';
import { isWithinRegion } from '../../platform/policy.ts';
import { requireStaff } from '../../platform/session.ts';

const HEARTBEAT_MS = 15_000;

function frame(event: OutboxEvent): string {
  return `id: ${event.id}\nevent: ${event.topic}\ndata: ${JSON.stringify(event.payload)}\n\n`;
}

/** Server-Sent Events: live changes of the caller's regions, resumable with Last-Event-ID. */
export function eventRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/events',
    {
      config: { access: { kind: 'staff', permission: 'events.subscribe' } },
      schema: {
        tags: ['events'],
        summary: 'Event stream (text/event-stream) of the given topics in my regions',
        querystring: Type.Object({
          topics: Type.String({ pattern: '^[a-z_.]+(,[a-z_.]+)*$', maxLength: 500 }),
          lastEventId: Type.Optional(Type.Integer({ minimum: 0 })),
        }),
        headers: Type.Object({ 'last-event-id': Type.Optional(Type.Integer({ minimum: 0 })) }),
        response: { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request);
      const topics = request.query.topics.split(',');
      const resumeFrom = request.headers['last-event-id'] ?? request.query.lastEventId;
      const isVisible = (event: OutboxEvent) =>
        topics.includes(event.topic) && isWithinRegion(event.regionCode, actor.regionCode);

      reply.hijack();
      const stream = reply.raw;
      stream.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      stream.write(': connected\n\n');

      // Subscribe before replaying, hold live events until the replay is written, then drop duplicates.
      let lastSent = resumeFrom ?? Number.MAX_SAFE_INTEGER;
      const held: OutboxEvent[] = [];
      let replaying = resumeFrom !== undefined;
      const unsubscribe = ctx.events.subscribe((event) => {
        if (!isVisible(event)) return;
        if (replaying) held.push(event);
        else if (resumeFrom === undefined || event.id > lastSent) {
          lastSent = event.id;
          stream.write(frame(event));
        }
      });
      if (resumeFrom !== undefined) {
        const missed = await listEventsAfter(ctx.db, resumeFrom, { topics, within: actor, limit: 1000 });
        for (const event of missed) stream.write(frame(event));
        lastSent = missed.at(-1)?.id ?? resumeFrom;
        for (const event of held) {
          if (event.id > lastSent) {
            lastSent = event.id;
            stream.write(frame(event));
          }
        }
        replaying = false;
      }
      const heartbeat = setInterval(() => stream.write(': heartbeat\n\n'), HEARTBEAT_MS);
      request.raw.once('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
      });
    },
  );
}
