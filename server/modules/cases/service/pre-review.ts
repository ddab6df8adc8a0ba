import { type AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { type StaffActor } from '../../../platform/policy.ts';
import { changeCase, type WriteMeta, noticeDueOnFor } from './common.ts';
import { actOnCase } from './act.ts';
import { markToCorrect } from './checklist.ts';

/** 预审: pass (the application is received) or return with a reason per material. */
export async function preReview(
  ctx: AppContext,
  actor: StaffActor,
  id: string,
  input: {
    decision: 'pass' | 'return';
    materials?: { index: number; reason: string }[];
    note?: string;
    expectedVersion?: number;
  },
  meta: WriteMeta,
) {
  const noticeDue = await noticeDueOnFor(ctx, actor.regionCode);
  return actOnCase(
    ctx,
    actor,
    id,
    'preReview',
    { expectedVersion: input.expectedVersion, meta },
    async (tx, row) => {
      if (input.decision === 'pass') {
        await changeCase(tx, ctx, actor, meta, row, 'pass_pre_review', {
          set: { receivedAt: ctx.clock.now(), noticeDueOn: noticeDue },
          summary: '网上预审通过，待受理',
          note: input.note?.trim() || null,
          counters: ['received'],
          notify: '已通过网上预审，请按预约时间携带材料原件到窗口办理，或等待受理。',
        });
      } else {
        const listed = input.materials ?? [];
        if (listed.length === 0 && !input.note?.trim()) {
          throw new AppError('CASE_REASON_REQUIRED', '退回时请写明每项需修改的材料及原因');
        }
        await markToCorrect(tx, ctx, row, listed);
        await changeCase(tx, ctx, actor, meta, row, 'return_pre_review', {
          summary: `预审退回：${listed.length} 项材料需修改`,
          note: input.note?.trim() || null,
          details: { materials: listed },
          notify: '网上预审未通过，请登录查看需修改的材料及原因，修改后重新提交。',
        });
      }
    },
  );
}
