import type { FastifyRequest, RouteOptions } from 'fastify';
import { isIsoDate } from '../../domain/calendar/index.ts';
import { AppError } from './errors.ts';

/**
 * Rules every HTTP input obeys, whatever its route schema says; app.ts applies them to every route,
 * including routes written later.
 */

// A NUL character, or a UTF-16 surrogate without its partner: PostgreSQL stores neither in text or jsonb.
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The path of the first string (value or key) in `value` that PostgreSQL cannot store, or null. */
export function findUnstorableText(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path || '/' : null;
  if (value === null || typeof value !== 'object') return null;
  // A file body (forms, workbooks) is bytes, not text: walking its millions of indexes took seconds.
  if (value instanceof Uint8Array) return null;
  for (const [key, item] of Object.entries(value)) {
    const here = `${path}/${key}`;
    if (UNSTORABLE.test(key)) return here;
    const found = findUnstorableText(item, here);
    if (found) return found;
  }
  return null;
}

/**
 * A preValidation hook: the parsed params, query and body hold no NUL and no unpaired surrogate.
 * One walk over the parsed input rather than a keyword on each string schema, because it also covers
 * free-form JSON (`Type.Unknown`, records and their keys) that no string schema describes.
 */
export async function rejectUnstorableText(request: FastifyRequest): Promise<void> {
  for (const [part, value] of [
    ['params', request.params],
    ['querystring', request.query],
    ['body', request.body],
  ] as const) {
    const field = findUnstorableText(value);
    if (field) {
      throw new AppError(
        'TEXT_INVALID',
        `请求中含有无法保存的字符（空字符或不完整的字符）：${part}${field}`,
        {
          field: `${part}${field}`,
        },
      );
    }
  }
}

/** Calendar dates are real dates with a four-digit year: `format: 'date'` in every schema means this. */
export function addDateFormat(ajv: { addFormat(name: string, format: (text: string) => boolean): unknown }) {
  ajv.addFormat('date', (text: string) => isIsoDate(text));
}

/**
 * An update (a PATCH, or a PUT whose fields are all optional) names at least one field the route
 * knows: unknown fields are refused instead of ignored, so an update that would change nothing is a
 * 400, never an empty UPDATE.
 */
export function requireSomethingToUpdate(route: RouteOptions): void {
  const methods = [route.method].flat();
  const body = route.schema?.body as
    { type?: string; properties?: object; required?: string[]; minProperties?: number } | undefined;
  if (!body || body.type !== 'object' || !body.properties) return;
  const isUpdate = methods.includes('PATCH') || (methods.includes('PUT') && !body.required?.length);
  if (!isUpdate) return;
  route.schema!.body = {
    additionalProperties: false,
    ...body,
    minProperties: Math.max(1, body.minProperties ?? 0),
  };
}
