import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type DomainErrorCode } from '../../domain/errors.ts';
import { concurrencyConflictOf } from './conflicts.ts';
import { AppError, type ErrorBody } from './errors.ts';

/** Domain rule violations: malformed values are 400, values that break a rule are 422. */
export const DOMAIN_ERROR_STATUS: Record<DomainErrorCode, number> = {
  INVALID_DATE: 400,
  INVALID_INSTANT: 400,
  INVALID_TIME_ZONE: 400,
  INVALID_ARGUMENT: 400,
  CALENDAR_YEAR_UNKNOWN: 422,
  CALENDAR_INVALID: 422,
  CLOCK_INVALID_LIMIT: 422,
  CLOCK_NOW_BEFORE_ACCEPTANCE: 422,
  CLOCK_EVENT_BEFORE_ACCEPTANCE: 422,
  CLOCK_EVENTS_OUT_OF_ORDER: 422,
  CLOCK_ALREADY_PAUSED: 409,
  CLOCK_NOT_PAUSED: 409,
  CLOCK_ALREADY_CONCLUDED: 409,
  CLOCK_EXTENSION_ALREADY_USED: 409,
  CLOCK_EXTENSION_INVALID: 422,
};

/** Fastify's own client errors, by their codes, with a Chinese message. */
const FASTIFY_CLIENT_ERRORS: Record<string, { code: AppError['code']; message: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'BAD_REQUEST', message: '不支持的请求内容类型' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'BAD_REQUEST', message: '请求体不能为空' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: '请求体过大' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'BAD_REQUEST', message: '请求长度不正确' },
  // Raised by the router, before any route: app.ts passes them here through `frameworkErrors`.
  FST_ERR_BAD_URL: { code: 'BAD_REQUEST', message: '请求地址格式不正确' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'URL_TOO_LONG', message: '请求地址中的参数过长' },
};

export function toErrorResponse(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    return { status: error.status, body: errorBody(error.code, error.message, error.details) };
  }
  if (error instanceof DomainError) {
    return {
      status: DOMAIN_ERROR_STATUS[error.code],
      body: errorBody(error.code, error.message, error.details),
    };
  }
  const conflict = concurrencyConflictOf(error);
  if (conflict) return { status: conflict.status, body: errorBody(conflict.code, conflict.message) };
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const details = fastifyError.validation.map((issue) => ({
      field: `${fastifyError.validationContext ?? ''}${issue.instancePath}`,
      rule: issue.keyword,
      params: issue.params,
    }));
    const where = details[0]?.field ? `（${details[0].field}）` : '';
    return { status: 400, body: errorBody('VALIDATION_FAILED', `请求参数不符合要求${where}`, details) };
  }
  if (fastifyError.statusCode === 429) {
    return { status: 429, body: errorBody('RATE_LIMITED', '请求过于频繁，请稍后再试') };
  }
  const known = fastifyError.code ? FASTIFY_CLIENT_ERRORS[fastifyError.code] : undefined;
  if (known) {
    return { status: fastifyError.statusCode ?? 400, body: errorBody(known.code, known.message) };
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return { status: fastifyError.statusCode, body: errorBody('BAD_REQUEST', '请求格式不正确') };
  }
  return { status: 500, body: errorBody('INTERNAL', '服务器内部错误，请稍后再试') };
}

function errorBody(code: string, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { status, body } = toErrorResponse(error);
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  return reply.status(status).send(body);
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply
    .status(404)
    .send(errorBody('ROUTE_NOT_FOUND', `未找到接口 ${request.method} ${request.url.split('?')[0]}`));
}
