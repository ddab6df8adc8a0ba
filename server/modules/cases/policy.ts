import { caseRefusals, type CaseEvent, type CaseState } from '../../../domain/cases/machine.ts';
import { AppError } from '../../platform/errors.ts';
import {
  can as hasPermission,
  isWithinRegion,
  type Permission,
  type StaffActor,
} from '../../platform/policy.ts';

/*
 * Who may do what to a case: the role's permission, the case inside the caller's regions, the
 * department for back-office work, and the case's state (domain/cases/machine.ts). Responses carry the
 * answer for each action, so the workbench never works it out again.
 */

export const CASE_ACTIONS = [
  'preReview',
  'requestCorrection',
  'accept',
  'reject',
  'processStep',
  'suspend',
  'resume',
  'extend',
  'conclude',
  'release',
  'terminate',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** The permission and the machine event behind each action; `department` when the work is the department's. */
const RULES: Record<CaseAction, { permission: Permission; event: CaseEvent; department: boolean }> = {
  preReview: { permission: 'cases.intake', event: 'pass_pre_review', department: false },
  requestCorrection: { permission: 'cases.intake', event: 'request_correction', department: false },
  accept: { permission: 'cases.intake', event: 'accept', department: false },
  reject: { permission: 'cases.intake', event: 'reject', department: false },
  processStep: { permission: 'cases.process', event: 'complete_step', department: true },
  suspend: { permission: 'cases.process', event: 'suspend', department: true },
  resume: { permission: 'cases.process', event: 'resume', department: true },
  extend: { permission: 'cases.approve_extension', event: 'extend', department: true },
  conclude: { permission: 'cases.process', event: 'conclude', department: true },
  release: { permission: 'cases.intake', event: 'release', department: false },
  terminate: { permission: 'cases.approve_extension', event: 'terminate', department: true },
};

export interface CaseRecord {
  regionCode: string;
  departmentId: string;
  state: CaseState;
}

export type CaseDecision =
  | { allowed: true }
  | { allowed: false; reason: 'forbidden' | 'out_of_scope' | 'other_department' }
  | { allowed: false; reason: 'state'; refusal: { code: string; message: string } };

/** A department's staff work its cases; staff without a department (a center's general clerks) do intake only. */
const worksFor = (actor: StaffActor, record: CaseRecord) => actor.departmentId === record.departmentId;

export function decide(actor: StaffActor, action: CaseAction | 'read', record: CaseRecord): CaseDecision {
  if (!isWithinRegion(record.regionCode, actor.regionCode)) return { allowed: false, reason: 'out_of_scope' };
  if (action === 'read') {
    return hasPermission(actor, 'cases.read') ? { allowed: true } : { allowed: false, reason: 'forbidden' };
  }
  const rule = RULES[action];
  if (!hasPermission(actor, rule.permission)) return { allowed: false, reason: 'forbidden' };
  if (rule.department && !worksFor(actor, record)) return { allowed: false, reason: 'other_department' };
  const refusal = caseRefusals(record.state)[rule.event];
  return refusal ? { allowed: false, reason: 'state', refusal } : { allowed: true };
}

export function assertCan(actor: StaffActor, action: CaseAction | 'read', record: CaseRecord): void {
  const decision = decide(actor, action, record);
  if (decision.allowed) return;
  switch (decision.reason) {
    case 'out_of_scope':
      throw new AppError('NOT_FOUND', '未找到该办件');
    case 'forbidden':
      throw new AppError('FORBIDDEN', '您没有执行此操作的权限');
    case 'other_department':
      throw new AppError('FORBIDDEN', '该办件由其他部门办理');
    case 'state':
      throw new AppError(decision.refusal.code as 'CASE_STATE_INVALID', decision.refusal.message);
    default: {
      const unreachable: never = decision;
      throw new Error(`unknown decision ${JSON.stringify(unreachable)}`);
    }
  }
}

/** For a response: each action the caller may take now, and why the state refuses the others. */
export function presentActions(actor: StaffActor, record: CaseRecord) {
  const actions = {} as Record<CaseAction, boolean>;
  const refusals: Partial<Record<CaseAction, string>> = {};
  for (const action of CASE_ACTIONS) {
    const decision = decide(actor, action, record);
    actions[action] = decision.allowed;
    if (!decision.allowed && decision.reason === 'state') refusals[action] = decision.refusal.message;
  }
  return { actions, refusals };
}
