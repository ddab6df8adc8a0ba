import { Alert, Empty, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState, type ReactElement } from 'react';
import {
  SHIPMENT_STATUSES,
  SHIPMENT_STATUS_LABELS,
  type ShipmentStatus,
} from '../../../../../domain/delivery/index.ts';
import { describeError } from '../../../shared/api.ts';
import { formatHallDateTime } from '../../../shared/format.ts';
import type { ShipmentSummary } from '../api/delivery-api.ts';
import { useShipments } from '../hooks/use-shipments.ts';

const STATUS_COLORS: Partial<Record<ShipmentStatus, string>> = {
  pending: 'default',
  booked: 'blue',
  accepted: 'blue',
  in_transit: 'processing',
  out_for_delivery: 'processing',
  delivered: 'green',
  delivery_failed: 'orange',
  returned: 'red',
  booking_failed: 'red',
};

export function ShipmentStatusTag({ status }: { status: ShipmentStatus }): ReactElement {
  return <Tag color={STATUS_COLORS[status]}>{SHIPMENT_STATUS_LABELS[status]}</Tag>;
}

/** 寄送管理: a center's shipments, newest first, filtered by status; a row opens the shipment. */
export function ShipmentTable({
  centerId,
  onOpen,
}: {
  centerId?: string;
  onOpen: (shipment: ShipmentSummary) => void;
}): ReactElement {
  const [status, setStatus] = useState<ShipmentStatus | undefined>();
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const query = useShipments({
    ...(status ? { status } : {}),
    ...(centerId ? { centerId } : {}),
    page,
    pageSize,
  });
  const columns: TableColumnsType<ShipmentSummary> = [
    { title: '办件编号', dataIndex: 'caseNumber', width: 180 },
    { title: '寄送物品', dataIndex: 'contents' },
    {
      title: '收件人',
      key: 'recipient',
      render: (_, row) => `${row.recipient.name} ${row.recipient.mobile}`,
    },
    {
      title: '运单号',
      dataIndex: 'trackingNumber',
      width: 160,
      render: (number: string | null, row) =>
        number ?? (row.bookingError ? `下单未成功：${row.bookingError}` : '待下单'),
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 100,
      render: (value: ShipmentStatus) => <ShipmentStatusTag status={value} />,
    },
    {
      title: '交寄时间',
      dataIndex: 'createdAt',
      width: 160,
      render: (at: string) => <span className="ow-nowrap">{formatHallDateTime(at)}</span>,
    },
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select
        allowClear
        placeholder="全部状态"
        style={{ width: 160 }}
        value={status}
        onChange={(value: ShipmentStatus | undefined) => {
          setStatus(value);
          setPage(1);
        }}
        options={SHIPMENT_STATUSES.map((value) => ({ value, label: SHIPMENT_STATUS_LABELS[value] }))}
      />
      {query.isError ? <Alert type="error" showIcon message={describeError(query.error)} /> : null}
      <Table<ShipmentSummary>
        rowKey="id"
        columns={columns}
        dataSource={query.data?.shipments ?? []}
        loading={query.isLoading}
        locale={{ emptyText: <Empty description="暂无寄送记录" /> }}
        onRow={(row) => ({ onClick: () => onOpen(row), style: { cursor: 'pointer' } })}
        pagination={{
          current: page,
          pageSize,
          total: query.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
        }}
      />
    </Space>
  );
}
