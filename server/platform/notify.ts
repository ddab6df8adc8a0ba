import { desc, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { v7 as uuidv7 } from 'uuid';
import type { Executor, Tx } from '../db/connection.ts';
import { notificationOutbox } from './schema.ts';
import type { AppContext } from './context.ts';
import { AppError } from './errors.ts';
import { ErrorResponse, type App } from './http.ts';

export type NotificationChannel = 'sms' | 'wechat' | 'post';

export interface NotificationMessage {
  channel: NotificationChannel;
  /** A mobile number for SMS, an OpenID for WeChat, an address for post. */
  recipient: string;
  /** The gateway's template name; `params` fill it. `body` is the same text rendered, for people. */
  template: string;
  params: Record<string, string>;
  body: string;
  now: Date;
}

/**
 * Sends messages to people. `send` runs inside the caller's transaction, so a message exists if and
 * only if the change that caused it committed: a rolled-back sign-in sends no SMS.
 */
export interface Notifier {
  send(tx: Tx, message: NotificationMessage): Promise<void>;
}

/**
 * The local notifier: every message becomes a row of `notification_outbox` and stays there. A gateway
 * adapter (an SMS provider, the WeChat template-message API, the post office) is a worker that reads
 * rows with `sent_at IS NULL` after commit, delivers them with the row id as its idempotency key, and
 * stamps `sent_at`; a crash between delivery and stamping may resend, never lose, a message.
 */
export const outboxNotifier: Notifier = {
  async send(tx, message) {
    await tx.insert(notificationOutbox).values({
      id: uuidv7(),
      channel: message.channel,
      recipient: message.recipient,
      template: message.template,
      params: message.params,
      body: message.body,
      createdAt: message.now,
    });
  },
};

export interface OutboxMessage {
  id: string;
  channel: NotificationChannel;
  recipient: string;
  template: string;
  params: Record<string, string>;
  body: string;
  createdAt: Date;
  sentAt: Date | null;
}

/** The latest messages, newest first; for tests and the development outbox page. */
export async function listOutboxMessages(
  db: Executor,
  options: { recipient?: string | undefined; limit?: number } = {},
): Promise<OutboxMessage[]> {
  const rows = await db
    .select()
    .from(notificationOutbox)
    .where(options.recipient === undefined ? undefined : eq(notificationOutbox.recipient, options.recipient))
    .orderBy(desc(notificationOutbox.createdAt), desc(notificationOutbox.id))
    .limit(options.limit ?? 50);
  return rows.map((row) => ({ ...row, params: row.params as Record<string, string> }));
}

const OutboxMessageSchema = Type.Object({
  id: Type.String(),
  channel: Type.Union([Type.Literal('sms'), Type.Literal('wechat'), Type.Literal('post')]),
  recipient: Type.String(),
  template: Type.String(),
  params: Type.Record(Type.String(), Type.String()),
  body: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  sentAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/** Whether a request comes from this machine: the TCP peer and (behind a trusted proxy) the client. */
export function isLoopbackRequest(request: FastifyRequest): boolean {
  return LOOPBACK.test(request.socket.remoteAddress ?? '') && LOOPBACK.test(request.ip);
}

/**
 * `GET /api/dev/outbox`: what would have been sent, so a developer can sign in with an SMS code
 * without a gateway. It shows every code in clear: registered only when ONEWINDOW_DEV_OUTBOX is on
 * (never in production), and it answers callers on this machine only.
 */
export function devOutboxRoutes(app: App, ctx: AppContext): void {
  if (!ctx.config.devOutbox) return;
  app.get(
    '/api/dev/outbox',
    {
      config: { access: { kind: 'public' } },
      schema: {
        tags: ['dev'],
        summary: 'Development only: the latest 50 outgoing messages (SMS codes included)',
        querystring: Type.Object({ recipient: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })) }),
        response: {
          200: Type.Object({ messages: Type.Array(OutboxMessageSchema) }),
          400: ErrorResponse,
          403: ErrorResponse,
        },
      },
    },
    async (request) => {
      if (!isLoopbackRequest(request)) {
        throw new AppError('FORBIDDEN', '开发发件箱只对本机开放');
      }
      const messages = await listOutboxMessages(ctx.db, { recipient: request.query.recipient, limit: 50 });
      return {
        messages: messages.map((m) => ({
          ...m,
          createdAt: m.createdAt.toISOString(),
          sentAt: m.sentAt?.toISOString() ?? null,
        })),
      };
    },
  );
}
