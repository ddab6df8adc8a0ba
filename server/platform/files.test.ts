import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from './errors.ts';
import { localFileStore } from './files.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-files-'));
const store = localFileStore(dataDir);
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('the local file store', () => {
  it('keeps a file under its key with its type, from a buffer or a stream, until deleted', async () => {
    const stored = await store.put('forms/item-1/blank.csv', Buffer.from('姓名,身份证号\n'), {
      contentType: 'text/csv',
    });
    expect(stored).toEqual({
      key: 'forms/item-1/blank.csv',
      contentType: 'text/csv',
      size: Buffer.byteLength('姓名,身份证号\n'),
    });
    expect(fs.existsSync(path.join(dataDir, 'files', 'forms', 'item-1', 'blank.csv'))).toBe(true);

    await store.put('forms/item-1/sample.txt', Readable.from(['样表', '内容']), {
      contentType: 'text/plain',
    });
    const read = await store.get('forms/item-1/sample.txt');
    expect(read?.file.contentType).toBe('text/plain');
    expect(await text(read!.body)).toBe('样表内容');

    await store.put('forms/item-1/sample.txt', Buffer.from('新版'), { contentType: 'text/plain' });
    expect(await text((await store.get('forms/item-1/sample.txt'))!.body)).toBe('新版');

    await store.delete('forms/item-1/sample.txt');
    expect(await store.get('forms/item-1/sample.txt')).toBeNull();
    await store.delete('forms/item-1/sample.txt');
  });

  it('refuses keys that would leave its directory', async () => {
    for (const key of ['../secret', 'forms/../../etc/passwd', '/etc/passwd', 'forms//x', 'a/./b', ''])
      await expect(store.get(key)).rejects.toBeInstanceOf(AppError);
  });
});
