import { decide, refusalsIn, type Decision, type Refusal, type TransitionTable } from '../machine.ts';

/*
 * The life of a case (办件), from an online draft or a walk-in at the window to the result in the
 * applicant's hands. DOMAIN.md §4.2 gives the vocabulary: pre-review → accepted → steps → concluded,
 * with suspension and correction beside them. Steps (承办/审核/批准), countersigns and the clock are
 * data of the processing state, not states of their own.
 */

export const CASE_STATES = [
  /** 草稿: an online application the applicant is still filling in. */
  'draft',
  /** 待预审: submitted online, waiting for a clerk's pre-review. */
  'submitted',
  /** 预审退回: returned with reasons per material; the applicant fixes and submits again. */
  'returned',
  /** 待受理: materials received (at the window, or online after pre-review); §32's 5 days run. */
  'received',
  /** 待补正: the one-time correction notice was given before acceptance; waiting for the applicant. */
  'correcting',
  /** 办理中: accepted, the clock runs, the item's steps are worked. */
  'processing',
  /** 挂起: accepted, the clock is paused (correction after acceptance or a special procedure, §45). */
  'suspended',
  /** 已办结: decided (approved or denied); the result waits to be released. */
  'concluded',
  /** 已出件: the result was collected at the window or posted. */
  'released',
  /** 不予受理: refused at acceptance, with reason and legal basis. */
  'rejected',
  /** 已撤回: withdrawn by the applicant. */
  'withdrawn',
  /** 已终止: ended by the organ without a decision (终止办理). */
  'terminated',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const CASE_EVENTS = [
  'save_draft',
  'submit',
  'pass_pre_review',
  'return_pre_review',
  'request_correction',
  'complete_correction',
  'accept',
  'deem_accepted',
  'reject',
  'complete_step',
  'suspend',
  'resume',
  'extend',
  'conclude',
  'release',
  'withdraw',
  'terminate',
] as const;
export type CaseEvent = (typeof CASE_EVENTS)[number];

export type CaseRefusalCode =
  'CASE_STATE_INVALID' | 'CASE_CLOSED' | 'CASE_NOT_ACCEPTED' | 'CASE_ALREADY_ACCEPTED' | 'CASE_SUSPENDED';
export type CaseRefusal = Refusal<CaseRefusalCode>;

export const CASE_STATE_LABELS: Readonly<Record<CaseState, string>> = {
  draft: '草稿',
  submitted: '待预审',
  returned: '预审退回',
  received: '待受理',
  correcting: '待补正',
  processing: '办理中',
  suspended: '挂起',
  concluded: '已办结',
  released: '已出件',
  rejected: '不予受理',
  withdrawn: '已撤回',
  terminated: '已终止',
};

export const CASE_EVENT_LABELS: Readonly<Record<CaseEvent, string>> = {
  save_draft: '保存草稿',
  submit: '提交申请',
  pass_pre_review: '预审通过',
  return_pre_review: '预审退回',
  request_correction: '一次性告知补正',
  complete_correction: '补正完成',
  accept: '受理',
  deem_accepted: '视为受理',
  reject: '不予受理',
  complete_step: '环节办理',
  suspend: '挂起',
  resume: '恢复办理',
  extend: '延长期限',
  conclude: '办结',
  release: '出件',
  withdraw: '撤回申请',
  terminate: '终止办理',
};

const TERMINAL: readonly CaseState[] = ['released', 'rejected', 'withdrawn', 'terminated'];

function closed(state: CaseState): CaseRefusal {
  return { code: 'CASE_CLOSED', message: `办件已${CASE_STATE_LABELS[state]}，不能再办理` };
}
const wrong = (state: CaseState, event: CaseEvent): CaseRefusal => ({
  code: 'CASE_STATE_INVALID',
  message: `办件当前为「${CASE_STATE_LABELS[state]}」，不能${CASE_EVENT_LABELS[event]}`,
});
const notAccepted = (event: CaseEvent): CaseRefusal => ({
  code: 'CASE_NOT_ACCEPTED',
  message: `办件尚未受理，不能${CASE_EVENT_LABELS[event]}`,
});
const alreadyAccepted = (event: CaseEvent): CaseRefusal => ({
  code: 'CASE_ALREADY_ACCEPTED',
  message: `办件已受理，不能再${CASE_EVENT_LABELS[event]}`,
});
const suspendedNow = (event: CaseEvent): CaseRefusal => ({
  code: 'CASE_SUSPENDED',
  message: `办件挂起中（暂停计时），请先恢复办理再${CASE_EVENT_LABELS[event]}`,
});

/** The allowed cells; every other cell is filled with the refusal that explains it. */
const ALLOWED: { readonly [S in CaseState]: Partial<Record<CaseEvent, CaseState>> } = {
  draft: { save_draft: 'draft', submit: 'submitted', withdraw: 'withdrawn' },
  submitted: {
    pass_pre_review: 'received',
    return_pre_review: 'returned',
    withdraw: 'withdrawn',
  },
  returned: { save_draft: 'returned', submit: 'submitted', withdraw: 'withdrawn' },
  received: {
    request_correction: 'correcting',
    accept: 'processing',
    deem_accepted: 'processing',
    reject: 'rejected',
    withdraw: 'withdrawn',
  },
  correcting: {
    complete_correction: 'received',
    reject: 'rejected',
    withdraw: 'withdrawn',
  },
  processing: {
    complete_step: 'processing',
    suspend: 'suspended',
    extend: 'processing',
    conclude: 'concluded',
    withdraw: 'withdrawn',
    terminate: 'terminated',
  },
  suspended: {
    resume: 'processing',
    extend: 'suspended',
    withdraw: 'withdrawn',
    terminate: 'terminated',
  },
  concluded: { release: 'released' },
  released: {},
  rejected: {},
  withdrawn: {},
  terminated: {},
};

const BEFORE_ACCEPTANCE: readonly CaseState[] = ['draft', 'submitted', 'returned', 'received', 'correcting'];
const ACCEPTED_EVENTS: readonly CaseEvent[] = [
  'complete_step',
  'suspend',
  'resume',
  'extend',
  'conclude',
  'release',
  'terminate',
];
const ACCEPTANCE_EVENTS: readonly CaseEvent[] = [
  'save_draft',
  'submit',
  'pass_pre_review',
  'return_pre_review',
  'request_correction',
  'complete_correction',
  'accept',
  'deem_accepted',
  'reject',
];

function refusalFor(state: CaseState, event: CaseEvent): CaseRefusal {
  if (TERMINAL.includes(state)) return closed(state);
  if (BEFORE_ACCEPTANCE.includes(state) && ACCEPTED_EVENTS.includes(event)) return notAccepted(event);
  if (!BEFORE_ACCEPTANCE.includes(state) && ACCEPTANCE_EVENTS.includes(event)) return alreadyAccepted(event);
  if (state === 'suspended' && event !== 'suspend') return suspendedNow(event);
  return wrong(state, event);
}

export const CASE_TRANSITIONS: TransitionTable<CaseState, CaseEvent, CaseRefusalCode> = Object.fromEntries(
  CASE_STATES.map((state) => [
    state,
    Object.fromEntries(
      CASE_EVENTS.map((event) => [event, ALLOWED[state][event] ?? refusalFor(state, event)]),
    ),
  ]),
) as TransitionTable<CaseState, CaseEvent, CaseRefusalCode>;

export function decideCaseEvent(state: CaseState, event: CaseEvent): Decision<CaseState, CaseRefusalCode> {
  return decide(CASE_TRANSITIONS, state, event);
}

export function caseRefusals(state: CaseState) {
  return refusalsIn(CASE_TRANSITIONS, state);
}

export const isCaseClosed = (state: CaseState) => TERMINAL.includes(state);
/** States whose legal clock runs or is paused: what the time-left badge and the alerts watch. */
export const isClockOpen = (state: CaseState) => state === 'processing' || state === 'suspended';
