import { Type, type Static } from 'typebox';
import { ErrorResponse, IsoDateString, LiteralUnion, Nullable } from '../../platform/http.ts';

/* Request and response contracts of the licenses module; the web takes its types from here. */

export const Uuid = Type.String({ format: 'uuid' });
export const LicenseStatus = LiteralUnion(['valid', 'expired', 'revoked'] as const);
export const HolderKind = LiteralUnion(['natural_person', 'legal_person'] as const);
export const RenewalOutcome = LiteralUnion(['pending', 'granted', 'denied', 'deemed'] as const);

export const VerificationCodeParams = Type.Object({
  // Dashes and spaces as printed are allowed; the service reads O as 0 and I, L as 1.
  code: Type.String({ minLength: 1, maxLength: 20, pattern: '^[0-9A-Za-z -]+$' }),
});
export const LicenseIdParams = Type.Object({ id: Uuid });
export const CenterIdParams = Type.Object({ centerId: Uuid });

const Renewal = Type.Object({
  appliedOn: IsoDateString,
  isTimely: Type.Boolean({ description: 'Filed at least 30 days before the last valid day' }),
  outcome: RenewalOutcome,
  decidedOn: Nullable(IsoDateString),
  validUntilAtApplication: IsoDateString,
  newValidUntil: Nullable(IsoDateString),
  reason: Nullable(Type.String()),
});

const SignatureInfo = {
  algorithm: Type.Literal('SM2-SM3'),
  userId: Type.String({ description: 'The SM2 distinguishing identifier used in Z' }),
  keyId: Uuid,
  keySequence: Nullable(Type.Integer()),
  publicKey: Nullable(Type.String({ description: 'Uncompressed, hex: 04 || x || y' })),
  publicKeyPem: Nullable(Type.String({ description: 'SubjectPublicKeyInfo (SM2 curve), PEM' })),
  publicKeyFingerprint: Nullable(Type.String({ description: 'SM3 of the 65 public key bytes, hex' })),
  signedAt: Type.String({ format: 'date-time' }),
};

const LicenseFields = {
  licenseNumber: Type.String(),
  verificationCode: Type.String(),
  licenseName: Type.String(),
  itemName: Type.String(),
  holderName: Type.String(),
  holderKind: HolderKind,
  holderIdNumber: Nullable(Type.String({ description: 'Masked as printed' })),
  centerName: Type.String(),
  departmentName: Type.String(),
  regionCode: Type.String(),
  caseNumber: Type.String(),
  issuedOn: IsoDateString,
  validUntil: Nullable(IsoDateString),
  content: Type.Array(Type.Object({ label: Type.String(), value: Type.String() }), {
    description: 'The printed fields, in their order',
  }),
  status: LicenseStatus,
  revokedAt: Nullable(Type.String({ format: 'date-time' })),
  revocationReason: Nullable(Type.String()),
  deemedRenewal: Nullable(Type.Object({ decidedOn: IsoDateString, basis: Type.String() })),
  renewals: Type.Array(Renewal),
  signatureValid: Type.Boolean({
    description: 'The stored signature verified now against the stored fields',
  }),
};

export const LicenseVerification = Type.Object({
  ...LicenseFields,
  signature: Type.Object(SignatureInfo),
  checkedAt: Type.String({ format: 'date-time' }),
});
export type LicenseVerification = Static<typeof LicenseVerification>;

export const PrintableLicense = Type.Object({
  id: Uuid,
  ...LicenseFields,
  signature: Type.Object({
    ...SignatureInfo,
    value: Type.String({ description: 'SM2 signature, DER, hex' }),
    signedText: Type.String({ description: 'The exact UTF-8 text signed (canonical JSON)' }),
  }),
  verificationPath: Type.String(),
});
export type PrintableLicense = Static<typeof PrintableLicense>;

export const LicenseKey = Type.Object({
  id: Uuid,
  sequence: Type.Integer(),
  publicKey: Type.String(),
  fingerprint: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  isSigning: Type.Boolean(),
});
export const RotateKeyBody = Type.Object(
  { replacesKeyId: Nullable(Uuid) },
  {
    additionalProperties: false,
    description: 'The signing key the admin saw (null: the center has none yet)',
  },
);
export const LicenseKeyList = Type.Object({ keys: Type.Array(LicenseKey) });

export const readErrors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
export const writeErrors = { ...readErrors, 409: ErrorResponse, 422: ErrorResponse };
