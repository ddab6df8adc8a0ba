import type { Job } from '../../platform/jobs.ts';
import { bookDueShipments } from './service/book-shipments.ts';
import { pollDueShipments } from './service/track-shipments.ts';

export const DELIVERY_JOBS: readonly Job[] = [
  // Books what the release transactions created, after they committed.
  { name: 'delivery.book', everyMs: 15_000, run: (tx, ctx) => bookDueShipments(tx, ctx).then(() => {}) },
  // Reads the trails of open shipments whose poll is due (every ONEWINDOW_DELIVERY_POLL_MINUTES each).
  { name: 'delivery.track', everyMs: 60_000, run: (tx, ctx) => pollDueShipments(tx, ctx).then(() => {}) },
];
