import { CheckCircleFilled, CloseCircleFilled, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Collapse, Descriptions, Tag } from 'antd';
import type { ReactElement } from 'react';
import type { LicenseVerification } from '../api/licenses-api.ts';
import {
  LICENSE_STATUS_COLORS,
  LICENSE_STATUS_LABELS,
  RENEWAL_OUTCOME_LABELS,
  formatVerificationCode,
  shortFingerprint,
  validityText,
} from '../labels.ts';
import './licenses.css';

/** 签名验证通过 in green or 签名无效 in red: the first thing the person checking reads. */
export function SignatureVerdict({ isValid }: { isValid: boolean }): ReactElement {
  return isValid ? (
    <div className="ow-license-verdict ow-license-verdict-valid" role="status">
      <CheckCircleFilled aria-hidden />
      <div>
        <strong>签名验证通过</strong>
        <span>证照内容与发证机关签发时一致，未被篡改</span>
      </div>
    </div>
  ) : (
    <div className="ow-license-verdict ow-license-verdict-invalid" role="alert">
      <CloseCircleFilled aria-hidden />
      <div>
        <strong>签名无效</strong>
        <span>证照内容与签发时不一致，可能已被篡改，请勿采信，并向发证机关核实</span>
      </div>
    </div>
  );
}

/** What the public verification page shows of a license: the verdict, its status and its fields. */
export function LicenseVerificationView({ license }: { license: LicenseVerification }): ReactElement {
  const contentItems = license.content.map(({ label, value }) => ({
    key: `content-${label}`,
    label,
    children: value,
  }));
  return (
    <div className="ow-license">
      <SignatureVerdict isValid={license.signatureValid} />
      {license.status === 'revoked' && (
        <Alert
          type="error"
          showIcon
          title="该证照已被撤销"
          description={license.revocationReason ? `撤销原因：${license.revocationReason}` : undefined}
        />
      )}
      {license.status === 'expired' && (
        <Alert type="warning" showIcon title={`该证照已于 ${license.validUntil} 有效期届满`} />
      )}
      {license.deemedRenewal && license.status === 'valid' && (
        <Alert
          type="info"
          showIcon
          title={license.deemedRenewal.basis}
          description={`持证人依法提出延续申请，发证机关在有效期届满前未作决定，自 ${license.deemedRenewal.decidedOn} 起延续有效期。`}
        />
      )}
      <section className="ow-portal-card" aria-labelledby="license-info">
        <h2 id="license-info" className="ow-license-heading">
          <SafetyCertificateOutlined aria-hidden /> 证照信息
        </h2>
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'name', label: '证照名称', children: license.licenseName },
            {
              key: 'number',
              label: '证照编号',
              children: <span className="ow-license-mono">{license.licenseNumber}</span>,
            },
            {
              key: 'status',
              label: '状态',
              children: (
                <Tag color={LICENSE_STATUS_COLORS[license.status]}>
                  {LICENSE_STATUS_LABELS[license.status]}
                </Tag>
              ),
            },
            {
              key: 'validity',
              label: '有效期',
              children: validityText(license.issuedOn, license.validUntil),
            },
            { key: 'holder', label: '持证人', children: license.holderName },
            ...(license.holderIdNumber
              ? [
                  {
                    key: 'id',
                    label: '证件号码',
                    children: <span className="ow-license-mono">{license.holderIdNumber}</span>,
                  },
                ]
              : []),
            ...contentItems,
            { key: 'item', label: '办理事项', children: license.itemName },
            { key: 'issuer', label: '发证机关', children: license.departmentName },
            { key: 'center', label: '签发中心', children: license.centerName },
            {
              key: 'code',
              label: '验证码',
              children: (
                <span className="ow-license-mono">{formatVerificationCode(license.verificationCode)}</span>
              ),
            },
          ]}
        />
      </section>
      {license.renewals.length > 0 && (
        <section className="ow-portal-card" aria-labelledby="license-renewals">
          <h2 id="license-renewals" className="ow-license-heading">
            延续记录
          </h2>
          <ol className="ow-license-renewals">
            {license.renewals.map((renewal) => (
              <li key={`${renewal.appliedOn}-${renewal.validUntilAtApplication}`}>
                <strong>{RENEWAL_OUTCOME_LABELS[renewal.outcome]}</strong>
                <span>
                  {renewal.appliedOn} 申请
                  {renewal.decidedOn
                    ? `，${renewal.decidedOn} ${renewal.outcome === 'deemed' ? '依法延续' : '决定'}`
                    : ''}
                  {renewal.newValidUntil ? `，有效期延至 ${renewal.newValidUntil}` : ''}
                </span>
                {renewal.reason && <span className="ow-license-reason">{renewal.reason}</span>}
              </li>
            ))}
          </ol>
        </section>
      )}
      <Collapse
        className="ow-license-signature"
        size="small"
        items={[
          {
            key: 'signature',
            label: '签名信息（供第三方核验）',
            children: (
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'alg', label: '签名算法', children: 'SM2 / SM3（GB/T 32918）' },
                  {
                    key: 'key',
                    label: '密钥编号',
                    children: `第 ${license.signature.keySequence ?? '—'} 号 · ${license.signature.keyId}`,
                  },
                  {
                    key: 'fingerprint',
                    label: '公钥指纹',
                    children: (
                      <span className="ow-license-mono">
                        {shortFingerprint(license.signature.publicKeyFingerprint)}
                      </span>
                    ),
                  },
                  {
                    key: 'signedAt',
                    label: '签名时间',
                    children: new Date(license.signature.signedAt).toLocaleString('zh-CN'),
                  },
                  {
                    key: 'checkedAt',
                    label: '核验时间',
                    children: new Date(license.checkedAt).toLocaleString('zh-CN'),
                  },
                ]}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
