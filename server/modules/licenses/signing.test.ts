import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../platform/audit.ts';
import {
  publicKeyFingerprint,
  publicKeyPem,
  signLicense,
  SIGNED_FORMAT,
  verifyLicenseSignature,
  type SignedLicenseFields,
} from './signing.ts';

// A fixed key pair, so the test shows the signature against a key anyone can re-enter elsewhere.
const KEY = {
  privateKey: '3bff0a9d5caf6a332d621c79c1ea7f88027e4c0f47bc77edf2ba5c825748c922',
  publicKey:
    '0473c46d3177932a5095444cd53d99dc656cb5678e2ef61b10449f92e8f69286cf528aa78d2a6605a529614c5141f50cd8261c9fe615c45997bc8901f6fd77aa2d',
};

const FIELDS: SignedLicenseFields = {
  format: SIGNED_FORMAT,
  licenseNumber: '990101-2026-000001',
  verificationCode: '7K3MQ9TX2B4D',
  licenseName: '食品经营许可证',
  itemName: '食品经营许可（新办）',
  holderName: '张小三',
  holderKind: 'natural_person',
  holderIdNumber: '1101**********4513',
  centerName: '测试县政务服务中心',
  departmentName: '测试县市场监督管理局',
  regionCode: '990101000000',
  caseNumber: 'BJ-2026-000001',
  issuedOn: '2026-11-23',
  validUntil: '2031-11-22',
  content: [{ label: '经营场所', value: '测试县人民路 1 号' }],
  renewal: null,
  keyId: '019a0000-0000-7000-8000-000000000001',
  signedAt: '2026-11-23T01:00:00.000Z',
};

describe('SM2 license signature', () => {
  it('verifies what it signed and nothing else', () => {
    const signature = signLicense(FIELDS, KEY);
    expect(signature).toMatch(/^30[0-9a-f]+$/); // DER SEQUENCE
    expect(verifyLicenseSignature(FIELDS, signature, KEY.publicKey)).toBe(true);
    expect(verifyLicenseSignature({ ...FIELDS, holderName: '张小四' }, signature, KEY.publicKey)).toBe(false);
    expect(verifyLicenseSignature({ ...FIELDS, validUntil: '2099-12-31' }, signature, KEY.publicKey)).toBe(
      false,
    );
    expect(
      verifyLicenseSignature(
        { ...FIELDS, content: [{ label: '经营场所', value: '别处' }] },
        signature,
        KEY.publicKey,
      ),
    ).toBe(false);
    expect(
      verifyLicenseSignature(
        FIELDS,
        signature.replace(/.$/, (c) => (c === '0' ? '1' : '0')),
        KEY.publicKey,
      ),
    ).toBe(false);
    expect(verifyLicenseSignature(FIELDS, 'not hex', KEY.publicKey)).toBe(false);
  });

  it('signs with a fresh nonce each time', () => {
    expect(signLicense(FIELDS, KEY)).not.toBe(signLicense(FIELDS, KEY));
  });

  it('fingerprints the public key with SM3 of its bytes', () => {
    expect(publicKeyFingerprint(KEY.publicKey)).toMatch(/^[0-9a-f]{64}$/);
  });

  // A third party with OpenSSL 3 checks the same signature (docs/licenses.md).
  const openssl = (() => {
    try {
      return execFileSync('openssl', ['version']).toString().startsWith('OpenSSL 3');
    } catch {
      return false;
    }
  })();
  it.runIf(openssl)('verifies with OpenSSL as well', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'license-sig-'));
    try {
      fs.writeFileSync(path.join(dir, 'license.json'), canonicalJson(FIELDS));
      fs.writeFileSync(path.join(dir, 'license.sig'), Buffer.from(signLicense(FIELDS, KEY), 'hex'));
      fs.writeFileSync(path.join(dir, 'key.pem'), publicKeyPem(KEY.publicKey));
      const output = execFileSync('openssl', [
        'pkeyutl',
        '-verify',
        '-pubin',
        '-inkey',
        path.join(dir, 'key.pem'),
        '-rawin',
        '-in',
        path.join(dir, 'license.json'),
        '-sigfile',
        path.join(dir, 'license.sig'),
        '-digest',
        'sm3',
        '-pkeyopt',
        'distid:1234567812345678',
      ]).toString();
      expect(output).toContain('Signature Verified Successfully');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
