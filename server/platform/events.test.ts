import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection.ts';
import { auditEntry } from '../test/factories.ts';
import { createPostgresTestDatabase, dialect } from '../test/harness.ts';
import { recordChange } from './audit.ts';
import { EventDispatcher, type OutboxEvent } from './events.ts';

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
      await first.transaction(async (tx) =>
        recordChange(
          tx,
          { now: new Date(), timeZone: 'Asia/Shanghai' },
          {
            ...auditEntry({ action: 'test.happen', targetId: 't1', summary: '测试事件' }),
            event: { topic: 'test.happened', payload: { n: 1 } },
          },
        ),
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
