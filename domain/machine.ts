/*
 * The one convention for state machines (the catalog item now; cases and hall tickets next).
 *
 * A machine is a table: for every state and every event either the next state or a refusal with a
 * stable code and a Chinese reason. The table is exhaustive by type, so adding a state or an event
 * does not compile until every cell says what happens. Guards that need data beyond the state (a date,
 * a reason, a material list) are plain functions beside the table in `domain/<ctx>/machine.ts` (or
 * `lifecycle.ts`), returning a `Refusal` or null. The server applies `decide` under a row lock, turns a
 * refusal into its 409/422, and tells the UI what is allowed with `allowedEvents`.
 */

/** Why something may not happen now: a stable code and a sentence for people. */
export interface Refusal<Code extends string = string> {
  readonly code: Code;
  readonly message: string;
}

export type TransitionTable<State extends string, Event extends string, Code extends string> = {
  readonly [S in State]: { readonly [E in Event]: State | Refusal<Code> };
};

export type Decision<State extends string, Code extends string> =
  { readonly ok: true; readonly to: State } | { readonly ok: false; readonly refusal: Refusal<Code> };

export function isRefusal(cell: unknown): cell is Refusal {
  return typeof cell === 'object' && cell !== null && 'code' in cell;
}

/** The table's answer for one event in one state. */
export function decide<State extends string, Event extends string, Code extends string>(
  table: TransitionTable<State, Event, Code>,
  state: State,
  event: Event,
): Decision<State, Code> {
  const cell = table[state][event];
  return isRefusal(cell) ? { ok: false, refusal: cell } : { ok: true, to: cell as State };
}

/** For each event, null when the table allows it in this state, else the refusal. */
export function refusalsIn<State extends string, Event extends string, Code extends string>(
  table: TransitionTable<State, Event, Code>,
  state: State,
): { [E in Event]: Refusal<Code> | null } {
  const row = table[state];
  return Object.fromEntries(
    (Object.keys(row) as Event[]).map((event) => {
      const cell = row[event];
      return [event, isRefusal(cell) ? cell : null];
    }),
  ) as { [E in Event]: Refusal<Code> | null };
}
