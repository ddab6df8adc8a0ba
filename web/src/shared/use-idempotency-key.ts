import { useRef } from 'react';
import { randomUuid } from './uuid.ts';

/**
 * One Idempotency-Key per intended submission: a double click or a retry of the same form sends the
 * same key, so the server acts once; a changed or reopened form gets a new one.
 */
export function useIdempotencyKey(): { current(): string; renew(): void } {
  const key = useRef(randomUuid());
  return {
    current: () => key.current,
    renew: () => {
      key.current = randomUuid();
    },
  };
}
