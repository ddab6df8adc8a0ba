import { addCalendarDays } from '../../../domain/calendar/index.ts';
import { maskHolderName } from '../../../domain/licenses/index.ts';
import type { Tx } from '../../db/connection.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Job } from '../../platform/jobs.ts';
import { outboxNotifier, type Notifier } from '../../platform/notify.ts';
import { auditContextOf } from '../../platform/transaction.ts';
import { todayIn } from '../calendar/index.ts';
import { deemRenewal } from './service/lifecycle.ts';
import * as store from './store.ts';

const BATCH = 200;

const maskMobile = (mobile: string) => `${mobile.slice(0, 3)}****${mobile.slice(7)}`;

/**
 * Reminds holders whose license expires within the configured days (ONEWINDOW_LICENSE_REMINDER_DAYS),
 * once per period: the license remembers the `validUntil` it reminded for, so a second run (or a
 * second instance) sends nothing, and a renewed license is reminded again before its new date.
 */
export async function sendExpiryReminders(tx: Tx, ctx: AppContext, notifier: Notifier = outboxNotifier) {
  const today = todayIn(ctx);
  const due = await store.listLicensesToRemind(tx, {
    from: today,
    to: addCalendarDays(today, ctx.config.licenseReminderDays),
    limit: BATCH,
  });
  let sent = 0;
  for (const candidate of due) {
    const license = await store.lockLicense(tx, candidate.id);
    if (!license?.holderMobileEncrypted || license.revokedAt || license.validUntil === null) continue;
    if (license.remindedForValidUntil === license.validUntil) continue;
    const mobile = ctx.personalData.decrypt(license.holderMobileEncrypted);
    const params = {
      licenseName: license.licenseName,
      licenseNumber: license.licenseNumber,
      validUntil: license.validUntil,
    };
    await notifier.send(tx, {
      channel: 'sms',
      recipient: mobile,
      template: 'license_expiry_reminder',
      params,
      body:
        `【一窗通】您的${params.licenseName}（证照编号 ${params.licenseNumber}）有效期至 ${params.validUntil}。` +
        '需要延续的，请在有效期届满三十日前向发证机关提出延续申请。',
      now: ctx.clock.now(),
    });
    await store.updateLicense(tx, license, { remindedForValidUntil: license.validUntil });
    recordAudit(tx, auditContextOf(ctx), {
      actor: { kind: 'system', name: '证照到期提醒' },
      action: 'license.reminder.sent',
      targetType: 'license',
      targetId: license.id,
      regionCode: license.regionCode,
      summary: `向 ${maskMobile(mobile)} 发送电子证照 ${license.licenseNumber} 到期提醒（持证人 ${maskHolderName(license.holderName, license.holderKind)}）`,
    });
    sent++;
  }
  return sent;
}

/** 视为准予延续 for every timely, undecided application whose license has expired. */
export async function deemOverdueRenewals(tx: Tx, ctx: AppContext) {
  const due = await store.listRenewalsDeemedDue(tx, todayIn(ctx), BATCH);
  let deemed = 0;
  for (const { licenseId } of due) if (await deemRenewal(tx, ctx, licenseId)) deemed++;
  return deemed;
}

export const LICENSE_JOBS: readonly Job[] = [
  {
    // Daily work, run hourly: both halves are idempotent, and a missed hour is caught up on the next.
    name: 'licenses.expiry',
    everyMs: 60 * 60_000,
    async run(tx, ctx) {
      await deemOverdueRenewals(tx, ctx);
      await sendExpiryReminders(tx, ctx);
    },
  },
];
