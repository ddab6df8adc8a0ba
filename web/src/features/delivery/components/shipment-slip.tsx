import { Alert, Button, Skeleton } from 'antd';
import type { ReactElement } from 'react';
import { describeError } from '../../../shared/api.ts';
import type { ShipmentSlip } from '../api/delivery-api.ts';
import { useShipmentSlip } from '../hooks/use-shipments.ts';

// A4 portrait with 15 mm margins; only the sheet prints.
const PRINT_CSS = `
@page { size: A4 portrait; margin: 15mm; }
.ow-slip { width: 180mm; margin: 0 auto; font-size: 12pt; color: #000; background: #fff; }
.ow-slip h1 { text-align: center; font-size: 18pt; margin: 0 0 6mm; letter-spacing: 2pt; }
.ow-slip table { width: 100%; border-collapse: collapse; }
.ow-slip th, .ow-slip td { border: 1px solid #000; padding: 2.5mm 3mm; text-align: left; vertical-align: top; }
.ow-slip th { width: 28mm; white-space: nowrap; font-weight: normal; background: #f5f5f5; }
.ow-slip .ow-slip-sign { height: 18mm; }
.ow-slip ol { margin: 4mm 0 0; padding-left: 6mm; font-size: 10pt; }
.ow-slip .ow-slip-meta { display: flex; justify-content: space-between; font-size: 10pt; margin-bottom: 2mm; }
@media print { body * { visibility: hidden; } .ow-slip, .ow-slip * { visibility: visible; }
  .ow-slip { position: absolute; left: 0; top: 0; } .ow-no-print { display: none; } }
`;

/** 2026年11月23日, from a local YYYY-MM-DD date. */
const day = (date: string | null) => {
  if (!date) return '';
  const [year, month, dayOfMonth] = date.split('-').map(Number);
  return `${year}年${month}月${dayOfMonth}日`;
};

/** The sheet itself, for the print view and for a test to render. */
export function ShipmentSlipSheet({ slip }: { slip: ShipmentSlip }): ReactElement {
  return (
    <div className="ow-slip">
      <h1>{slip.title}</h1>
      <div className="ow-slip-meta">
        <span>办件编号：{slip.caseNumber}</span>
        <span>
          {slip.carrierName ?? '承运单位待定'} 运单号：{slip.trackingNumber ?? '待下单'}
        </span>
      </div>
      <table>
        <tbody>
          <tr>
            <th>寄送单位</th>
            <td colSpan={3}>{slip.sender.organisation}</td>
          </tr>
          <tr>
            <th>寄件地址</th>
            <td colSpan={3}>{slip.sender.address}</td>
          </tr>
          <tr>
            <th>寄送人</th>
            <td>{slip.sender.staffName ?? ''}</td>
            <th>寄送日期</th>
            <td>{day(slip.sender.sentOn)}</td>
          </tr>
          <tr>
            <th>联系电话</th>
            <td colSpan={3}>{slip.sender.phone ?? ''}</td>
          </tr>
          <tr>
            <th>收件人</th>
            <td>{slip.recipient.name}</td>
            <th>手机号码</th>
            <td>{slip.recipient.mobile}</td>
          </tr>
          <tr>
            <th>收件地址</th>
            <td colSpan={3}>
              {slip.recipient.address}
              {slip.recipient.postcode ? `（邮编 ${slip.recipient.postcode}）` : ''}
            </td>
          </tr>
          <tr>
            <th>寄送物品</th>
            <td colSpan={3}>{slip.contents}</td>
          </tr>
          <tr>
            <th>内件品名</th>
            <td>{slip.declaredContent}</td>
            <th>付费方式</th>
            <td>
              {slip.payment}；代收货款：{slip.cashOnDelivery}
            </td>
          </tr>
          <tr>
            <th>接收人签名</th>
            <td className="ow-slip-sign">{slip.receipt.receivedBy ?? ''}</td>
            <th>接收日期</th>
            <td>{day(slip.receipt.receivedOn)}</td>
          </tr>
        </tbody>
      </table>
      <ol>
        {slip.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ol>
      <div className="ow-slip-meta" style={{ marginTop: '4mm' }}>
        <span>打印人：{slip.printedBy}</span>
        <span>打印日期：{day(slip.printedOn)}</span>
      </div>
    </div>
  );
}

/** 打印寄送单: loads the slip once (each load is audited) and prints it on A4. */
export function ShipmentSlipPrintView({ shipmentId }: { shipmentId: string }): ReactElement {
  const slip = useShipmentSlip(shipmentId);
  if (slip.isLoading) return <Skeleton active />;
  if (slip.isError) return <Alert type="error" showIcon message={describeError(slip.error)} />;
  return (
    <>
      <style>{PRINT_CSS}</style>
      <div className="ow-no-print" style={{ marginBottom: 16 }}>
        <Button type="primary" onClick={() => window.print()}>
          打印寄送单
        </Button>
      </div>
      <ShipmentSlipSheet slip={slip.data!} />
    </>
  );
}
