import { StopOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Popconfirm, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useMemo, type ReactElement } from 'react';
import { describeError } from '../../../shared/api.ts';
import { formatHallDateTime } from '../../../shared/format.ts';
import type { Device, DeviceScope } from '../api/devices-api.ts';
import { useRevokeDevice } from '../hooks/use-devices.ts';
import { DEVICE_SCOPES, deviceScopeColor, deviceScopeLabel } from '../labels.ts';

/** Device tokens, those in use first; each can be revoked after a confirmation. */
export function DevicesTable({
  devices,
  centerName,
}: {
  devices: Device[];
  centerName: (id: string) => string;
}): ReactElement {
  const revoke = useRevokeDevice();
  const { message } = AntApp.useApp();
  const rows = useMemo(
    () =>
      [...devices].sort(
        (a, b) =>
          Number(a.revokedAt !== null) - Number(b.revokedAt !== null) ||
          b.createdAt.localeCompare(a.createdAt),
      ),
    [devices],
  );
  const activeCount = devices.filter((device) => device.revokedAt === null).length;

  const columns: TableColumnsType<Device> = [
    { title: '设备名称', dataIndex: 'name', width: 200 },
    {
      title: '所在中心',
      dataIndex: 'centerId',
      width: 200,
      responsive: ['md'],
      render: (id: string) => centerName(id),
    },
    {
      title: '用途',
      dataIndex: 'scopes',
      width: 220,
      filters: DEVICE_SCOPES.map((scope) => ({ text: deviceScopeLabel(scope), value: scope })),
      onFilter: (value, device) => device.scopes.includes(value as DeviceScope),
      render: (scopes: DeviceScope[]) => (
        <span className="ow-tag-list">
          {scopes.map((scope) => (
            <Tag key={scope} color={deviceScopeColor(scope)}>
              {deviceScopeLabel(scope)}
            </Tag>
          ))}
        </span>
      ),
    },
    {
      title: '令牌前缀',
      dataIndex: 'tokenPrefix',
      width: 140,
      responsive: ['sm'],
      render: (prefix: string) => (
        <Tooltip title="令牌的开头几位，用于与设备上配置的令牌核对">
          <code className="ow-mono">{prefix}…</code>
        </Tooltip>
      ),
    },
    {
      title: '创建时间',
      dataIndex: 'createdAt',
      width: 170,
      responsive: ['lg'],
      render: (at: string) => formatHallDateTime(at),
    },
    {
      title: '状态',
      key: 'status',
      width: 110,
      filters: [
        { text: '使用中', value: 'active' },
        { text: '已吊销', value: 'revoked' },
      ],
      onFilter: (value, device) => (value === 'revoked') === (device.revokedAt !== null),
      render: (_, device) =>
        device.revokedAt ? (
          <Tooltip title={`吊销于 ${formatHallDateTime(device.revokedAt)}`}>
            <Tag>已吊销</Tag>
          </Tooltip>
        ) : (
          <Tag color="green">使用中</Tag>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      render: (_, device) =>
        device.revokedAt ? null : (
          <Popconfirm
            title={`吊销“${device.name}”的令牌？`}
            description="立即生效，该设备将无法再连接。"
            okText="吊销"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            onConfirm={() =>
              revoke.mutateAsync(device.id).then(
                () => message.success(`已吊销“${device.name}”的令牌`),
                (error: unknown) => message.error(describeError(error)),
              )
            }
          >
            <Button type="link" danger size="small" icon={<StopOutlined />}>
              吊销
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Table<Device>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      rowClassName={(device) => (device.revokedAt ? 'ow-row-inactive' : '')}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '没有符合条件的设备' }}
      footer={() => `共 ${devices.length} 个令牌，使用中 ${activeCount} 个`}
    />
  );
}
