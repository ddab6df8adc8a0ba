import { eq } from 'drizzle-orm';
import { validateIdCardNumber } from '../../../domain/validators/index.ts';
import { applicants } from '../../platform/schema.ts';
import type { ApplicantActor } from '../../platform/access.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { presentIdNumber } from '../../platform/personal-data.ts';
import { assertCan, can, type StaffActor } from '../../platform/policy.ts';
import { auditContextOf, transact } from '../../platform/transaction.ts';
import { applicantAuditRegion, maskMobile } from '../applicant-auth/index.ts';
import { todayIn } from '../calendar/index.ts';


type ApplicantRow = typeof applicants.$inferSelect;

function present(ctx: AppContext, row: ApplicantRow, mayReadFull: boolean) {
  return {
    id: row.id,
    mobile: mayReadFull ? row.mobile : maskMobile(row.mobile),
    name: row.name,
    idNumber: row.idNumberCipher
      ? presentIdNumber(ctx.personalData.decrypt(row.idNumberCipher), mayReadFull)
      : null,
  };
}

/** The applicant records their real name and ID number; the number is kept encrypted. */
export async function saveIdentity(
  ctx: AppContext,
  actor: ApplicantActor,
  input: { name: string; idNumber: string },
  meta: { clientAddress: string },
) {
  const idNumber = input.idNumber.trim().toUpperCase();
  const check = validateIdCardNumber(idNumber, { today: todayIn(ctx) });
  if (!check.ok) throw new AppError('INVALID_ID_CARD', check.message);
  return transact(ctx, async (tx) => {
    const [row] = await tx
      .update(applicants)
      .set({
        name: input.name.trim(),
        idNumberCipher: ctx.personalData.encrypt(idNumber),
        idNumberIndex: ctx.personalData.blindIndex(idNumber),
      })
      .where(eq(applicants.id, actor.id))
      .returning();
    if (!row) throw new AppError('NOT_FOUND', '未找到该账号');
    recordAudit(tx, auditContextOf(ctx), {
      actor,
      action: 'applicant.identity_saved',
      targetType: 'applicant',
      targetId: actor.id,
      regionCode: await applicantAuditRegion(ctx, tx),
      summary: '办事人登记实名信息',
      clientAddress: meta.clientAddress,
    });
    // Shown back masked like everywhere else: a phone screen is easily overlooked.
    return present(ctx, row, false);
  });
}

/**
 * A clerk finds an applicant by ID number through the blind index. Every lookup of personal data is
 * audited; the number is shown whole only to roles that need it.
 */
export async function findApplicantByIdNumber(
  ctx: AppContext,
  actor: StaffActor,
  idNumber: string,
  meta: { clientAddress: string },
) {
  assertCan(actor, 'applicants.lookup');
  const normalized = idNumber.trim().toUpperCase();
  return transact(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(applicants)
      .where(eq(applicants.idNumberIndex, ctx.personalData.blindIndex(normalized)));
    recordAudit(tx, auditContextOf(ctx), {
      actor,
      action: 'applicant.looked_up',
      targetType: 'applicant',
      targetId: rows[0]?.id ?? '-',
      regionCode: actor.regionCode,
      summary: `按身份证号查询办事人（${rows.length} 条）`,
      clientAddress: meta.clientAddress,
    });
    return rows.map((row) => present(ctx, row, can(actor, 'personal_data.read_full')));
  });
}
