import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type, type TLiteral, type TSchema, type TUnion } from 'typebox';

/** The Fastify instance with TypeBox typing, as modules see it. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export const ErrorResponse = Type.Object({
  error: Type.Object({
    code: Type.String({ description: 'Stable machine-readable code' }),
    message: Type.String({ description: 'Chinese message for people' }),
    details: Type.Optional(Type.Unknown()),
  }),
});

/** A real calendar date, `YYYY-MM-DD` with a four-digit year: app.ts gives ajv's `date` format this meaning. */
export const IsoDateString = Type.String({ format: 'date', description: 'YYYY-MM-DD, a real calendar date' });
export const RegionCode = Type.String({ pattern: '^\\d{12}$', description: '12-digit division code' });

/** A union of string literals from a constant list, keeping the literal types. */
export function LiteralUnion<const T extends readonly string[]>(values: T) {
  return Type.Union(values.map((value) => Type.Literal(value))) as unknown as TUnion<{
    -readonly [K in keyof T]: TLiteral<T[K]>;
  }>;
}

/**
 * A schema that also accepts null. Null comes first: the validator coerces types, and with the value
 * schema first a null would be coerced (to 0 or '') before the null branch is tried.
 */
export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([Type.Null(), schema]);
}
