import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import smCrypto from 'sm-crypto';
import { maskIdCardNumber } from '../../domain/validators/index.ts';

const { sm4 } = smCrypto;
const KEY_FILE = 'data-key';
const FORMAT = 'sm4cbc1';

/**
 * Encrypts ID card numbers at rest with SM4 (CBC, a random IV per value) and derives an HMAC blind
 * index so a number can be found without decrypting the table. One 32-byte master key: the first
 * half is the SM4 key, the HMAC key is derived from the whole.
 */
export class PersonalDataCipher {
  private readonly sm4Key: string;
  private readonly indexKey: Buffer;

  constructor(masterKeyHex: string) {
    if (!/^[0-9a-f]{64}$/i.test(masterKeyHex))
      throw new Error('the data key must be 64 hexadecimal characters');
    this.sm4Key = masterKeyHex.slice(0, 32).toLowerCase();
    this.indexKey = createHmac('sha256', Buffer.from(masterKeyHex, 'hex'))
      .update('onewindow blind index v1')
      .digest();
  }

  encrypt(plain: string): string {
    const iv = randomBytes(16).toString('hex');
    return `${FORMAT}:${iv}:${sm4.encrypt(plain, this.sm4Key, { mode: 'cbc', iv })}`;
  }

  decrypt(stored: string): string {
    const [format, iv, cipher] = stored.split(':');
    if (format !== FORMAT || !iv || !cipher) throw new Error('not a value this cipher wrote');
    return sm4.decrypt(cipher, this.sm4Key, { mode: 'cbc', iv }) as string;
  }

  /** Deterministic: equal ID numbers (case of the final X ignored) give equal indexes. */
  blindIndex(idNumber: string): string {
    return createHmac('sha256', this.indexKey).update(idNumber.trim().toUpperCase()).digest('hex');
  }
}

/** The ID number as the caller may see it: whole for roles that need it, masked otherwise. */
export function presentIdNumber(idNumber: string, mayReadFull: boolean): string {
  return mayReadFull ? idNumber : maskIdCardNumber(idNumber);
}

/**
 * The master key: ONEWINDOW_DATA_KEY when set; in embedded mode, generated once into the data
 * directory (readable by the owner only). A PostgreSQL deployment must supply it explicitly, because
 * a key on one server's disk would not travel with the database.
 */
export function resolveDataKey(options: {
  envKey: string | undefined;
  dataDir: string;
  isEmbedded: boolean;
}): string {
  if (options.envKey) return options.envKey;
  if (!options.isEmbedded) {
    throw new Error('ONEWINDOW_DATA_KEY is required with DATABASE_URL (64 hexadecimal characters)');
  }
  const file = path.join(options.dataDir, KEY_FILE);
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(options.dataDir, { recursive: true });
  const key = randomBytes(32).toString('hex');
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}
