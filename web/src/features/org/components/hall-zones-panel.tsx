import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Popconfirm, Space, Table, Tooltip, type TableColumnsType } from 'antd';
import type { ReactElement } from 'react';
import { describeError } from '../../../shared/api.ts';
import type { CenterLayout, Hall, Zone } from '../api/org-api.ts';
import { useDeleteZone } from '../hooks/use-org.ts';
import { describeWindowNumbers, floorLabel } from '../labels.ts';

export interface HallZonesPanelProps {
  layout: CenterLayout;
  onEditHall: (hall: Hall) => void;
  onAddZone: (hall: Hall) => void;
  onEditZone: (hall: Hall, zone: Zone) => void;
}

/** Each hall of a center with its zones, for org admins: edit, add, and delete the empty ones. */
export function HallZonesPanel({
  layout,
  onEditHall,
  onAddZone,
  onEditZone,
}: HallZonesPanelProps): ReactElement {
  const remove = useDeleteZone();
  const { message } = AntApp.useApp();

  const columns = (hall: Hall): TableColumnsType<Zone> => [
    { title: '楼层', dataIndex: 'floor', width: 90, render: (floor: number) => floorLabel(floor) },
    { title: '名称', dataIndex: 'name', render: (name: string) => <strong>{name}</strong> },
    {
      title: '窗口',
      key: 'windows',
      render: (_, zone) => (
        <span className="ow-muted">{describeWindowNumbers(zone.windows.map((w) => w.number))}</span>
      ),
    },
    { title: '排序', dataIndex: 'sortOrder', width: 70, responsive: ['md'] },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_, zone) => (
        <Space size={0}>
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEditZone(hall, zone)}>
            编辑
          </Button>
          {zone.windows.length > 0 ? (
            <Tooltip title="该功能区还有窗口，请先把窗口移到其他功能区">
              <Button type="link" size="small" danger icon={<DeleteOutlined />} disabled>
                删除
              </Button>
            </Tooltip>
          ) : (
            <Popconfirm
              title={`删除功能区「${zone.name}」？`}
              okText="删除"
              okButtonProps={{ danger: true }}
              cancelText="取消"
              onConfirm={() =>
                remove.mutateAsync(zone.id).then(
                  () => message.success(`已删除功能区「${zone.name}」`),
                  (error: unknown) => message.error(describeError(error)),
                )
              }
            >
              <Button type="link" size="small" danger icon={<DeleteOutlined />}>
                删除
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div className="ow-hall-list">
      {layout.halls.map((hall) => {
        const zones = layout.zones.filter((zone) => zone.hallId === hall.id);
        return (
          <section key={hall.id} className="ow-hall" aria-label={hall.name}>
            <header className="ow-hall-head">
              <div>
                <strong>{hall.name}</strong>
                <span className="ow-muted">
                  {' '}
                  · 共 {hall.floorCount} 层 · {zones.length} 个功能区
                </span>
              </div>
              <Space size={0}>
                <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEditHall(hall)}>
                  编辑大厅
                </Button>
                <Button type="link" size="small" icon={<PlusOutlined />} onClick={() => onAddZone(hall)}>
                  新增功能区
                </Button>
              </Space>
            </header>
            <Table<Zone>
              rowKey="id"
              size="small"
              columns={columns(hall)}
              dataSource={zones}
              pagination={false}
              locale={{ emptyText: '该大厅尚未登记功能区' }}
            />
          </section>
        );
      })}
    </div>
  );
}
