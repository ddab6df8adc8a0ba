import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection.ts';
import { createPostgresTestDatabase, dialect } from '../test/harness.ts';
import { EventDispatcher, emitEvent, type OutboxEvent } from './events.ts';

describe.runIf(dialect === 'postgres')('events across server instances', () => {
  it('delivers an event committed by one instance to the subscribers of another, woken by NOTIFY', async () => {
    const url = await createPostgresTestDatabase();
    const [first, second] = await Promise.all([
      openDatabase({ databaseUrl: url }),
      openDatabase({ databaseUrl: url }),
    ]);
    // A long poll interval: delivery within the test's time can only come from NOTIFY.
    const writer = new EventDispatcher(first, 60_000);
    const reader = new EventDispatcher(second, 60_000);
    try {
      await Promise.all([writer.start(), reader.start()]);
      const received = new Promise<OutboxEvent>((resolve) => reader.subscribe(resolve));
      await first.db.transaction((tx) =>
        emitEvent(tx, {
          regionCode: '990101000000',
          topic: 'test.happened',
          payload: { n: 1 },
          now: new Date(),
        }),
      );
      writer.committed();
      const event = await received;
      expect(event).toMatchObject({ topic: 'test.happened', regionCode: '990101000000', payload: { n: 1 } });
    } finally {
      await writer.stop();
      await reader.stop();
      await first.close();
      await second.close();
    }
  });
});
