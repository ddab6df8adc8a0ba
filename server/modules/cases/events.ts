import { CASE_EVENTS, type CaseEvent } from '../../../domain/cases/machine.ts';

/** Audit actions of case writes; each is also the topic of its event (payload: ids and states). */
export const CASE_TOPICS = [
  ...CASE_EVENTS.map((event) => `cases.case.${event}` as const),
  'cases.material.uploaded',
  'cases.step.claimed',
  'cases.step.assigned',
  'cases.case.recomputed',
] as const;
export type CaseTopic = (typeof CASE_TOPICS)[number];

export const topicOf = (event: CaseEvent) => `cases.case.${event}` as const;
