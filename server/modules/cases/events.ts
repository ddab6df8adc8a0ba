import { CASE_EVENTS, type CaseEvent } from '../../../domain/cases/machine.ts';

/** What a timeline entry records: an event of the machine, or `receive` (a case opened at the window). */
export type CaseEntryAction = CaseEvent | 'receive';

/** Audit actions of case writes; each is also the topic of its event (payload: ids and states). */
export const CASE_TOPICS = [...CASE_EVENTS, 'receive' as const].map(topicOf);
export type CaseTopic = ReturnType<typeof topicOf>;

export function topicOf<Action extends CaseEntryAction>(action: Action): `cases.case.${Action}` {
  return `cases.case.${action}`;
}
