import { describe, expect, it } from 'vitest';
import {
  CASE_EVENTS,
  CASE_STATES,
  caseRefusals,
  decideCaseEvent,
  type CaseEvent,
  type CaseState,
} from './machine.ts';

// Written out by hand from the rules of DOMAIN.md §2 and §4, independently of the table in machine.ts.
// "→ x" is allowed and leads to x; otherwise the refusal code.
const C = 'CASE_CLOSED';
const NA = 'CASE_NOT_ACCEPTED';
const AA = 'CASE_ALREADY_ACCEPTED';
const W = 'CASE_STATE_INVALID';
const S = 'CASE_SUSPENDED';
const closedRow = Object.fromEntries(CASE_EVENTS.map((e) => [e, C])) as Record<CaseEvent, string>;

const EXPECTED: Record<CaseState, Record<CaseEvent, string>> = {
  draft: {
    save_draft: '→ draft',
    submit: '→ submitted',
    pass_pre_review: W,
    return_pre_review: W,
    request_correction: W,
    complete_correction: W,
    accept: W,
    deem_accepted: W,
    reject: W,
    complete_step: NA,
    suspend: NA,
    resume: NA,
    extend: NA,
    conclude: NA,
    release: NA,
    withdraw: '→ withdrawn',
    terminate: NA,
  },
  submitted: {
    save_draft: W,
    submit: W,
    pass_pre_review: '→ received',
    return_pre_review: '→ returned',
    request_correction: W,
    complete_correction: W,
    accept: W,
    deem_accepted: W,
    reject: W,
    complete_step: NA,
    suspend: NA,
    resume: NA,
    extend: NA,
    conclude: NA,
    release: NA,
    withdraw: '→ withdrawn',
    terminate: NA,
  },
  returned: {
    save_draft: '→ returned',
    submit: '→ submitted',
    pass_pre_review: W,
    return_pre_review: W,
    request_correction: W,
    complete_correction: W,
    accept: W,
    deem_accepted: W,
    reject: W,
    complete_step: NA,
    suspend: NA,
    resume: NA,
    extend: NA,
    conclude: NA,
    release: NA,
    withdraw: '→ withdrawn',
    terminate: NA,
  },
  received: {
    save_draft: W,
    submit: W,
    pass_pre_review: W,
    return_pre_review: W,
    request_correction: '→ correcting',
    complete_correction: W,
    accept: '→ processing',
    deem_accepted: '→ processing',
    reject: '→ rejected',
    complete_step: NA,
    suspend: NA,
    resume: NA,
    extend: NA,
    conclude: NA,
    release: NA,
    withdraw: '→ withdrawn',
    terminate: NA,
  },
  correcting: {
    save_draft: W,
    submit: W,
    pass_pre_review: W,
    return_pre_review: W,
    request_correction: W,
    complete_correction: '→ received',
    accept: W,
    deem_accepted: W,
    reject: '→ rejected',
    complete_step: NA,
    suspend: NA,
    resume: NA,
    extend: NA,
    conclude: NA,
    release: NA,
    withdraw: '→ withdrawn',
    terminate: NA,
  },
  processing: {
    save_draft: AA,
    submit: AA,
    pass_pre_review: AA,
    return_pre_review: AA,
    request_correction: AA,
    complete_correction: AA,
    accept: AA,
    deem_accepted: AA,
    reject: AA,
    complete_step: '→ processing',
    suspend: '→ suspended',
    resume: W,
    extend: '→ processing',
    conclude: '→ concluded',
    release: W,
    withdraw: '→ withdrawn',
    terminate: '→ terminated',
  },
  suspended: {
    save_draft: AA,
    submit: AA,
    pass_pre_review: AA,
    return_pre_review: AA,
    request_correction: AA,
    complete_correction: AA,
    accept: AA,
    deem_accepted: AA,
    reject: AA,
    complete_step: S,
    suspend: W,
    resume: '→ processing',
    extend: '→ suspended',
    conclude: S,
    release: S,
    withdraw: '→ withdrawn',
    terminate: '→ terminated',
  },
  concluded: {
    save_draft: AA,
    submit: AA,
    pass_pre_review: AA,
    return_pre_review: AA,
    request_correction: AA,
    complete_correction: AA,
    accept: AA,
    deem_accepted: AA,
    reject: AA,
    complete_step: W,
    suspend: W,
    resume: W,
    extend: W,
    conclude: W,
    release: '→ released',
    withdraw: W,
    terminate: W,
  },
  released: closedRow,
  rejected: closedRow,
  withdrawn: closedRow,
  terminated: closedRow,
};

describe('the case machine', () => {
  for (const state of CASE_STATES) {
    for (const event of CASE_EVENTS) {
      it(`${state} × ${event} → ${EXPECTED[state][event]}`, () => {
        const decision = decideCaseEvent(state, event);
        const shown = decision.ok ? `→ ${decision.to}` : decision.refusal.code;
        expect(shown).toBe(EXPECTED[state][event]);
        if (!decision.ok) expect(decision.refusal.message).toMatch(/[\u4e00-\u9fa5]/);
      });
    }
  }

  it('lists the refusals of a state for the UI, null where allowed', () => {
    const refusals = caseRefusals('received');
    expect(refusals.accept).toBeNull();
    expect(refusals.conclude?.code).toBe('CASE_NOT_ACCEPTED');
    expect(refusals.conclude?.message).toBe('办件尚未受理，不能办结');
  });
});
