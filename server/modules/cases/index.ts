// What other modules may use of cases: its topics.
export { CASE_TOPICS, type CaseTopic } from './events.ts';
