import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from './errors.ts';

/**
 * Where files live: downloadable forms today, applicants' materials and results later. Keys are
 * opaque paths chosen by the caller ("forms/<item>/<material>-blank.xlsx"); one store per
 * deployment. The local disk is the default; an S3-compatible object store implements the same
 * interface.
 */
export interface FileStore {
  /** Writes (or replaces) the file under the key. */
  put(key: string, content: Buffer | Readable, meta: { contentType: string }): Promise<StoredFile>;
  /** The file and a stream of its bytes, or null when there is none. */
  get(key: string): Promise<{ file: StoredFile; body: Readable } | null>;
  /** Removes the file; no error when there was none. */
  delete(key: string): Promise<void>;
}

export interface StoredFile {
  key: string;
  contentType: string;
  size: number;
}

/** Letters, digits, `-`, `_`, `.` in segments joined by `/`: no `..`, no absolute paths. */
const KEY = /^(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*$/;

export function assertFileKey(key: string): void {
  if (key.length > 300 || !KEY.test(key)) throw new AppError('BAD_REQUEST', '文件标识不正确');
}

/**
 * Files under a directory (`ONEWINDOW_DATA_DIR/files`), each with a `.meta.json` beside it for the
 * content type. Writes go to a temporary name and are renamed into place, so a reader never sees half
 * a file.
 */
export class LocalDiskFileStore implements FileStore {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    assertFileKey(key);
    return path.join(this.root, ...key.split('/'));
  }

  async put(key: string, content: Buffer | Readable, meta: { contentType: string }): Promise<StoredFile> {
    const target = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
    await pipeline(
      Buffer.isBuffer(content) ? Readable.from([content]) : content,
      fs.createWriteStream(temporary),
    );
    const size = (await fs.promises.stat(temporary)).size;
    await fs.promises.writeFile(`${target}.meta.json`, JSON.stringify({ contentType: meta.contentType }));
    await fs.promises.rename(temporary, target);
    return { key, contentType: meta.contentType, size };
  }

  async get(key: string): Promise<{ file: StoredFile; body: Readable } | null> {
    const target = this.pathOf(key);
    try {
      const [stat, meta] = await Promise.all([
        fs.promises.stat(target),
        fs.promises.readFile(`${target}.meta.json`, 'utf8'),
      ]);
      const { contentType } = JSON.parse(meta) as { contentType: string };
      return { file: { key, contentType, size: stat.size }, body: fs.createReadStream(target) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const target = this.pathOf(key);
    await fs.promises.rm(target, { force: true });
    await fs.promises.rm(`${target}.meta.json`, { force: true });
  }
}

/** The deployment's store: the local disk under the data directory. */
export function localFileStore(dataDir: string): LocalDiskFileStore {
  return new LocalDiskFileStore(path.join(dataDir, 'files'));
}

/** Files in memory: for tests, where each app gets a store of its own and nothing touches the disk. */
export class MemoryFileStore implements FileStore {
  private readonly files = new Map<string, { content: Buffer; contentType: string }>();

  async put(key: string, content: Buffer | Readable, meta: { contentType: string }): Promise<StoredFile> {
    assertFileKey(key);
    const chunks: Buffer[] = [];
    if (Buffer.isBuffer(content)) chunks.push(content);
    else for await (const chunk of content) chunks.push(Buffer.from(chunk as Uint8Array));
    const bytes = Buffer.concat(chunks);
    this.files.set(key, { content: bytes, contentType: meta.contentType });
    return { key, contentType: meta.contentType, size: bytes.length };
  }

  async get(key: string): Promise<{ file: StoredFile; body: Readable } | null> {
    assertFileKey(key);
    const found = this.files.get(key);
    if (!found) return null;
    return {
      file: { key, contentType: found.contentType, size: found.content.length },
      body: Readable.from([found.content]),
    };
  }

  async delete(key: string): Promise<void> {
    assertFileKey(key);
    this.files.delete(key);
  }
}
