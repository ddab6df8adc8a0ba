import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PersonalDataCipher, presentIdNumber, resolveDataKey } from './personal-data.ts';
import { dialect } from '../test/harness.ts';

const KEY = 'a'.repeat(64);
const ID = '11010519491231002X';

describe.runIf(dialect === 'pglite')('personal data at rest', () => {
  it('encrypts with a fresh IV each time and decrypts back', () => {
    const cipher = new PersonalDataCipher(KEY);
    const first = cipher.encrypt(ID);
    const second = cipher.encrypt(ID);
    expect(first).not.toBe(second);
    expect(first).not.toContain('1101051949');
    expect(cipher.decrypt(first)).toBe(ID);
    expect(cipher.decrypt(second)).toBe(ID);
  });

  it('finds a number by its blind index, which another key cannot reproduce', () => {
    const cipher = new PersonalDataCipher(KEY);
    expect(cipher.blindIndex(ID)).toBe(cipher.blindIndex(ID.toLowerCase()));
    expect(cipher.blindIndex(ID)).not.toBe(cipher.blindIndex('110105194912310038'));
    expect(new PersonalDataCipher('b'.repeat(64)).blindIndex(ID)).not.toBe(cipher.blindIndex(ID));
  });

  it('masks the number unless the role needs it whole', () => {
    expect(presentIdNumber(ID, false)).toBe('1101**********002X');
    expect(presentIdNumber(ID, true)).toBe(ID);
  });

  it('generates the embedded key once, owner-readable, and requires it with PostgreSQL', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onewindow-key-'));
    try {
      const key = resolveDataKey({ envKey: undefined, dataDir: dir, isEmbedded: true });
      expect(key).toMatch(/^[0-9a-f]{64}$/);
      expect(resolveDataKey({ envKey: undefined, dataDir: dir, isEmbedded: true })).toBe(key);
      expect(fs.statSync(path.join(dir, 'data-key')).mode & 0o777).toBe(0o600);
      expect(() => resolveDataKey({ envKey: undefined, dataDir: dir, isEmbedded: false })).toThrow(
        /ONEWINDOW_DATA_KEY/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
