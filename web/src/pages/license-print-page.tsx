import { PrinterOutlined } from '@ant-design/icons';
import { Button, QRCode, Result, Tag } from 'antd';
import { useEffect, type ReactElement } from 'react';
import { Link, useParams } from 'react-router';
import { SignatureVerdict } from '../features/licenses/components/license-verification-view.tsx';
import { usePrintableLicense } from '../features/licenses/hooks/use-licenses.ts';
import {
  LICENSE_STATUS_COLORS,
  LICENSE_STATUS_LABELS,
  formatVerificationCode,
  shortFingerprint,
  validityText,
} from '../features/licenses/labels.ts';
import { describeError, isApiError } from '../shared/api.ts';
import { ErrorState, FullPageLoading } from '../shared/page-states.tsx';

/** /licenses/:id/print — the e-license on A4 for 出件 at the window (staff of its region). */
export function LicensePrintPage(): ReactElement {
  const { id } = useParams();
  const license = usePrintableLicense(id);
  const title = license.data?.licenseName;

  useEffect(() => {
    if (!title) return undefined;
    const previous = document.title;
    document.title = `${title} - 打印`;
    return () => {
      document.title = previous;
    };
  }, [title]);

  if (license.isPending) return <FullPageLoading label="正在加载电子证照…" />;
  if (license.isError) {
    if (isApiError(license.error, 401)) {
      return (
        <Result
          status="403"
          title="请先登录"
          subTitle="打印电子证照需要工作人员登录"
          extra={
            <Link to="/login">
              <Button type="primary">登录</Button>
            </Link>
          }
        />
      );
    }
    if (isApiError(license.error, 404) || isApiError(license.error, 400) || isApiError(license.error, 403)) {
      return <Result status="404" title="无法打印该电子证照" subTitle={describeError(license.error)} />;
    }
    return <ErrorState error={license.error} onRetry={() => void license.refetch()} />;
  }

  const data = license.data;
  const url = `${window.location.origin}${data.verificationPath}`;
  return (
    <div className="ow-license-print-page">
      <div className="ow-license-print-toolbar">
        <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
          打印
        </Button>
        <Tag color={LICENSE_STATUS_COLORS[data.status]}>{LICENSE_STATUS_LABELS[data.status]}</Tag>
        <div style={{ flex: 1, minWidth: 240 }}>
          <SignatureVerdict isValid={data.signatureValid} />
        </div>
      </div>
      <article className="ow-license-paper" aria-label={data.licenseName}>
        <h1>{data.licenseName}</h1>
        <div className="ow-license-paper-number">证照编号：{data.licenseNumber}</div>
        <table>
          <tbody>
            <tr>
              <th scope="row">持证人</th>
              <td>{data.holderName}</td>
            </tr>
            {data.holderIdNumber && (
              <tr>
                <th scope="row">证件号码</th>
                <td>{data.holderIdNumber}</td>
              </tr>
            )}
            {data.content.map(({ label, value }) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">办理事项</th>
              <td>{data.itemName}</td>
            </tr>
            <tr>
              <th scope="row">有效期</th>
              <td>
                {validityText(data.issuedOn, data.validUntil)}
                {data.deemedRenewal ? `（${data.deemedRenewal.basis}）` : ''}
              </td>
            </tr>
            <tr>
              <th scope="row">办件编号</th>
              <td>{data.caseNumber}</td>
            </tr>
          </tbody>
        </table>
        <div className="ow-license-paper-footer">
          <div className="ow-license-paper-verify">
            <QRCode value={url} size={110} bordered={false} type="svg" aria-hidden />
            <div>
              扫码或访问 {window.location.host}/verify 核验
              <br />
              验证码：<strong>{formatVerificationCode(data.verificationCode)}</strong>
              <br />
              签名公钥指纹（SM3）：{shortFingerprint(data.signature.publicKeyFingerprint)}
              <br />
              密钥编号：{data.signature.keyId}
            </div>
          </div>
          <div className="ow-license-paper-issuer">
            {data.departmentName}
            <br />
            {data.centerName}
            <br />
            发证日期：{data.issuedOn}
          </div>
        </div>
        <div className="ow-license-paper-signature">
          SM2 签名（DER，十六进制，用户标识 {data.signature.userId}）：{data.signature.value}
        </div>
      </article>
    </div>
  );
}
