import { EditOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { App as AntApp, Badge, Button, Select, Switch, Table, Tag, type TableColumnsType } from 'antd';
import { useState, type ReactElement } from 'react';
import { describeError } from '../../../shared/api.ts';
import type { OrgStaff, ServiceWindow, WindowKind, Zone } from '../api/org-api.ts';
import { useUpdateWindow } from '../hooks/use-org.ts';
import { floorLabel, windowKindLabel } from '../labels.ts';
import { WindowItemsModal } from './window-items-modal.tsx';

/** Roles whose people serve at a window (GLOSSARY: 窗口人员、首席代表、导服人员、代办员、审批人员). */
const COUNTER_ROLES: readonly string[] = ['clerk', 'chief_representative', 'guide', 'agent', 'reviewer'];

export interface WindowRow extends ServiceWindow {
  zoneId: string;
  zoneLabel: string;
  floor: number;
}

function toRows(zones: readonly Zone[]): WindowRow[] {
  return zones
    .flatMap((zone) =>
      zone.windows.map((window) => ({
        ...window,
        zoneId: zone.id,
        zoneLabel: `${floorLabel(zone.floor)} · ${zone.name}`,
        floor: zone.floor,
      })),
    )
    .sort((a, b) => a.number.localeCompare(b.number, 'zh-CN', { numeric: true }));
}

/** What an org admin gets on top: open/close, who is on duty, and an edit action. */
export interface WindowsTableEditing {
  centerId: string;
  /** Staff of the org admin's regions and centers, with the window each is on duty at. */
  staff: readonly OrgStaff[];
  onEdit: (row: WindowRow) => void;
}

/** The windows of one center, with filters by zone, kind and department. */
export function WindowsTable({
  zones,
  editing,
}: {
  zones: Zone[];
  editing?: WindowsTableEditing;
}): ReactElement {
  const rows = toRows(zones);
  const update = useUpdateWindow();
  const { message } = AntApp.useApp();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [itemsFor, setItemsFor] = useState<WindowRow | null>(null);
  const change = (
    row: WindowRow,
    input: { isOpen?: boolean; onDutyStaffId?: string | null },
    done: string,
  ) => {
    setPendingId(row.id);
    update
      .mutateAsync({ id: row.id, input })
      .then(
        () => message.success(done),
        (error: unknown) => message.error(describeError(error)),
      )
      .finally(() => setPendingId(null));
  };
  const departmentNames = [
    ...new Set(rows.map((row) => row.departmentName).filter((n): n is string => Boolean(n))),
  ];
  const columns: TableColumnsType<WindowRow> = [
    {
      title: '窗口号',
      dataIndex: 'number',
      width: 88,
      sorter: (a, b) => a.number.localeCompare(b.number, 'zh-CN', { numeric: true }),
      render: (number: string) => <strong>{number}</strong>,
    },
    { title: '名称', dataIndex: 'name' },
    {
      title: '类型',
      dataIndex: 'kind',
      width: 110,
      filters: [
        { text: '综合窗口', value: 'general' },
        { text: '专业窗口', value: 'specialized' },
      ],
      onFilter: (value, row) => row.kind === value,
      render: (kind: WindowKind) => (
        <Tag color={kind === 'general' ? 'blue' : 'default'}>{windowKindLabel(kind)}</Tag>
      ),
    },
    {
      title: '所属区域',
      dataIndex: 'zoneLabel',
      width: 180,
      filters: zones.map((zone) => ({ text: `${floorLabel(zone.floor)} · ${zone.name}`, value: zone.id })),
      onFilter: (value, row) => row.zoneId === value,
    },
    {
      title: '进驻部门',
      dataIndex: 'departmentName',
      filters: [
        ...departmentNames.map((name) => ({ text: name, value: name })),
        { text: '（综合受理，不限部门）', value: '' },
      ],
      filterSearch: true,
      onFilter: (value, row) => (row.departmentName ?? '') === value,
      render: (name: string | null) => name ?? <span className="ow-muted">综合受理</span>,
    },
    {
      title: '状态',
      dataIndex: 'isOpen',
      width: 96,
      filters: [
        { text: '开放', value: true },
        { text: '暂停', value: false },
      ],
      onFilter: (value, row) => row.isOpen === value,
      render: (isOpen: boolean, row) =>
        editing ? (
          <Switch
            size="small"
            checked={isOpen}
            checkedChildren="开放"
            unCheckedChildren="暂停"
            loading={pendingId === row.id}
            aria-label={`${row.number} 号窗口对外开放`}
            onChange={(checked) =>
              change(row, { isOpen: checked }, `${row.number} 号窗口已${checked ? '恢复开放' : '暂停服务'}`)
            }
          />
        ) : isOpen ? (
          <Badge status="success" text="开放" />
        ) : (
          <Badge status="default" text="暂停" />
        ),
    },
  ];
  if (editing) {
    const byId = new Map(editing.staff.map((person) => [person.id, person]));
    const windowNumber = new Map(rows.map((row) => [row.id, row.number]));
    const onDutyAt = new Map(
      editing.staff.filter((p) => p.onDutyWindowId).map((p) => [p.onDutyWindowId!, p.id]),
    );
    // Anyone active at this center may be on duty; the people who serve at counters come first.
    const candidates = editing.staff.filter((p) => p.isActive && p.centerId === editing.centerId);
    const servesAtCounter = (person: OrgStaff) => person.roles.some((role) => COUNTER_ROLES.includes(role));
    const candidateGroups = [
      { label: '窗口服务人员', people: candidates.filter(servesAtCounter) },
      { label: '其他人员', people: candidates.filter((person) => !servesAtCounter(person)) },
    ].filter((group) => group.people.length > 0);
    columns.push(
      {
        title: '值班人员',
        key: 'onDuty',
        width: 190,
        render: (_, row) => {
          const current = onDutyAt.get(row.id) ?? null;
          return (
            <Select
              size="small"
              allowClear
              style={{ width: '100%' }}
              placeholder="无人值班"
              aria-label={`${row.number} 号窗口值班人员`}
              value={current}
              loading={pendingId === row.id}
              disabled={pendingId === row.id}
              showSearch={{ optionFilterProp: 'label' }}
              options={candidateGroups.map((group) => ({
                label: group.label,
                title: group.label,
                options: group.people.map((person) => {
                  const elsewhere =
                    person.onDutyWindowId && person.onDutyWindowId !== row.id
                      ? windowNumber.get(person.onDutyWindowId)
                      : undefined;
                  return {
                    value: person.id,
                    label: elsewhere ? `${person.displayName}（在 ${elsewhere} 号窗口）` : person.displayName,
                    disabled: Boolean(elsewhere),
                  };
                }),
              }))}
              onChange={(staffId: string | undefined) => {
                const next = staffId ?? null;
                if (next === current) return;
                const name = next ? byId.get(next)?.displayName : null;
                change(
                  row,
                  { onDutyStaffId: next },
                  name ? `${name}已在 ${row.number} 号窗口值班` : `已撤下 ${row.number} 号窗口的值班人员`,
                );
              }}
            />
          );
        },
      },
      {
        title: '操作',
        key: 'actions',
        width: 150,
        render: (_, row) => (
          <>
            <Button type="link" size="small" icon={<EditOutlined />} onClick={() => editing.onEdit(row)}>
              编辑
            </Button>
            <Button
              type="link"
              size="small"
              icon={<UnorderedListOutlined />}
              onClick={() => setItemsFor(row)}
            >
              事项
            </Button>
          </>
        ),
      },
    );
  }
  return (
    <>
      <Table<WindowRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: editing ? 1060 : 760 }}
        locale={{ emptyText: '该中心尚未登记窗口' }}
      />
      {editing && <WindowItemsModal window={itemsFor} onClose={() => setItemsFor(null)} />}
    </>
  );
}
