// The sealing thread started by `startSealingThread`: one PostgreSQL connection, one round per request.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/connection.ts';
import { sealAuditRecords } from './audit.ts';
import type { SealingReply, SealingRequest } from './audit-sealer.ts';

const port = parentPort!;
const database = await openDatabase({
  databaseUrl: (workerData as { databaseUrl: string }).databaseUrl,
  poolSize: 1,
});

port.on('message', (request: SealingRequest) => {
  if (request.kind === 'close') {
    void database.close().finally(() => port.close());
    return;
  }
  database.db
    .transaction((tx) => sealAuditRecords(tx))
    .then(
      (sealed) => port.postMessage({ sealed } satisfies SealingReply),
      (error: Error) => port.postMessage({ error: error.message } satisfies SealingReply),
    );
});
