import compress from '@fastify/compress';
import type { FastifyReply } from 'fastify';
import type { App } from './http.ts';

/**
 * Brotli or gzip for HTML, scripts, styles and JSON above 1 KB (brotli at quality 4: most of the gain
 * for a fraction of the CPU of 11). The web app's files come precompressed at quality 11 from the
 * build and pass through untouched; Server-Sent Events are never compressed.
 */
export async function registerCompression(app: App): Promise<void> {
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
}

/** A year for files whose name carries their content hash; every other file revalidates. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

export function staticFileHeaders(reply: FastifyReply, filePath: string): void {
  const isHashed = /[\\/]assets[\\/][^\\/]+-[\w-]{8}\.\w+(\.br|\.gz)?$/.test(filePath);
  reply.header('cache-control', isHashed ? IMMUTABLE : 'no-cache');
}
