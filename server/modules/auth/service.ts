import { verify } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { staff } from '../../db/schema.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { StaffActor } from '../../platform/policy.ts';
import { createSession, deleteSession, toActor } from '../../platform/session.ts';

// Verifying against a fixed hash when the user does not exist keeps the timing of both failures alike.
const ABSENT_USER_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$wGneBxWah/JS/sB3rbyHXQ$8SZbcZWGPfSShXAUe3DSelqAt9P3P4UWAVSf3DC0nN8';

export async function signIn(
  ctx: AppContext,
  input: { username: string; password: string },
): Promise<{ token: string; actor: StaffActor }> {
  const rows = await ctx.db.select().from(staff).where(eq(staff.username, input.username.trim())).limit(1);
  const user = rows[0];
  const isValid = await verify(user?.passwordHash ?? ABSENT_USER_HASH, input.password);
  if (!user || !isValid || !user.isActive) {
    throw new AppError('INVALID_CREDENTIALS', '用户名或密码错误');
  }
  const token = await createSession(ctx.db, ctx.clock, user);
  return { token, actor: toActor(user) };
}

export async function signOut(ctx: AppContext, token: string | undefined): Promise<void> {
  if (token) await deleteSession(ctx.db, token);
}
