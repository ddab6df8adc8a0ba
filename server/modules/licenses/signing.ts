import { hash, randomBytes } from 'node:crypto';
import smCrypto, { type KeyPairHex, type KeyPairPoint } from 'sm-crypto';
import { canonicalJson } from '../../platform/audit.ts';

const { sm2 } = smCrypto;

/*
 * What an e-license's signature is, exactly (docs/licenses.md): SM2 (GB/T 32918) with SM3, over the
 * UTF-8 bytes of the canonical JSON of the signed fields (sorted keys, no spaces: `canonicalJson`),
 * with the standard's default user id 1234567812345678 in Z, the signature DER-encoded (GM/T 0009:
 * SEQUENCE of r and s), the public key uncompressed hex (04 || x || y). Any SM2 implementation checks
 * it: OpenSSL 3 `pkeyutl -verify -rawin -digest sm3 -pkeyopt distid:1234567812345678`.
 */

export const SIGNATURE_ALGORITHM = 'SM2-SM3' as const;
/** SM2's default distinguishing identifier (GB/T 35276 §5.3; sm-crypto's default too). */
export const SM2_USER_ID = '1234567812345678';
export const SIGNED_FORMAT = 'onewindow.e-license.v1';

/** The fields a license's signature covers, in the shape third parties rebuild them. */
export interface SignedLicenseFields {
  format: typeof SIGNED_FORMAT;
  licenseNumber: string;
  verificationCode: string;
  licenseName: string;
  itemName: string;
  holderName: string;
  holderKind: 'natural_person' | 'legal_person';
  /** As printed: masked (first 4, last 4), or null when the license names no document. */
  holderIdNumber: string | null;
  centerName: string;
  departmentName: string;
  regionCode: string;
  caseNumber: string;
  issuedOn: string;
  validUntil: string | null;
  /** The printed fields in their order of printing. */
  content: { label: string; value: string }[];
  /** The renewal the current period comes from, null for the first period. */
  renewal: { outcome: 'granted' | 'deemed'; decidedOn: string; previousValidUntil: string } | null;
  keyId: string;
  signedAt: string;
}

/** A CSPRNG for jsbn: sm-crypto's own generator is an RC4 stream seeded once per process. */
const secureRandom = {
  nextBytes(array: number[]) {
    const bytes = randomBytes(array.length);
    for (let i = 0; i < array.length; i++) array[i] = bytes[i]!;
  },
};
const generateKeyPair = sm2.generateKeyPairHex as unknown as (bits: number, rng: unknown) => KeyPairHex;
// jsbn's BigInteger, taken from a point the library makes, so no second copy of jsbn is needed.
const BigInteger = sm2.getPoint().k.constructor as new (text: string, radix: number) => KeyPairPoint['k'];

/** A signing nonce k with k·G from the operating system's random source. */
function secureNonce(): KeyPairPoint {
  const pair = generateKeyPair(256, secureRandom);
  return {
    ...pair,
    k: new BigInteger(pair.privateKey, 16),
    x1: new BigInteger(pair.publicKey.slice(2, 66), 16),
  };
}

export function generateSigningKeyPair(): KeyPairHex {
  return generateKeyPair(256, secureRandom);
}

/** SM3 of the public key's 65 bytes, hex: what the verification page and the print show. */
export function publicKeyFingerprint(publicKeyHex: string): string {
  return hash('sm3', Buffer.from(publicKeyHex, 'hex'));
}

/** SM3 of the signed text, hex: a quick check that a rebuilt payload is the same text. */
export function payloadDigest(fields: SignedLicenseFields): string {
  return hash('sm3', canonicalJson(fields));
}

export function signLicense(fields: SignedLicenseFields, key: KeyPairHex): string {
  return sm2.doSignature(canonicalJson(fields), key.privateKey, {
    hash: true,
    der: true,
    publicKey: key.publicKey,
    userId: SM2_USER_ID,
    pointPool: [secureNonce()],
  });
}

/** Whether `signature` is the key's signature of exactly these fields; never throws. */
export function verifyLicenseSignature(
  fields: SignedLicenseFields,
  signature: string,
  publicKeyHex: string,
): boolean {
  try {
    return sm2.doVerifySignature(canonicalJson(fields), signature, publicKeyHex, {
      hash: true,
      der: true,
      userId: SM2_USER_ID,
    });
  } catch {
    return false;
  }
}

/** SubjectPublicKeyInfo of an SM2 key (id-ecPublicKey with the SM2 curve 1.2.156.10197.1.301), as PEM. */
export function publicKeyPem(publicKeyHex: string): string {
  const spki = Buffer.from(`3059301306072a8648ce3d020106082a811ccf5501822d034200${publicKeyHex}`, 'hex');
  const lines = spki.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN PUBLIC KEY-----\n${lines.join('\n')}\n-----END PUBLIC KEY-----\n`;
}
