import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  DatePicker,
  Form,
  Input,
  Popconfirm,
  Select,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactElement } from 'react';
import { describeError } from '../../../shared/api.ts';
import { formatShortChineseDate } from '../../../shared/format.ts';
import { ErrorState } from '../../../shared/page-states.tsx';
import type { LocalDay, LocalDayKind } from '../api/calendar-api.ts';
import { useAddLocalDay, useLocalDays, useRemoveLocalDay } from '../hooks/use-calendar.ts';
import { LOCAL_DAY_KINDS, localDayKindLabel } from '../labels.ts';

interface AddLocalDayValues {
  date: Dayjs | null;
  kind: LocalDayKind;
  reason: string;
}

function AddLocalDayForm({ regionCode }: { regionCode: string }): ReactElement {
  const [form] = Form.useForm<AddLocalDayValues>();
  const add = useAddLocalDay();
  const { message } = AntApp.useApp();
  return (
    <>
      {add.isError && (
        <Alert
          className="ow-form-alert"
          type="error"
          showIcon
          title={describeError(add.error)}
          closable={{ onClose: () => add.reset() }}
        />
      )}
      <Form<AddLocalDayValues>
        form={form}
        layout="inline"
        className="ow-inline-form"
        initialValues={{ kind: 'closure', reason: '' }}
        disabled={add.isPending}
        onFinish={(values) =>
          add.mutate(
            {
              regionCode,
              date: values.date!.format('YYYY-MM-DD'),
              kind: values.kind,
              reason: values.reason.trim(),
            },
            {
              onSuccess: () => {
                message.success('已添加');
                form.resetFields();
              },
            },
          )
        }
      >
        <Form.Item name="date" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker placeholder="日期" />
        </Form.Item>
        <Form.Item name="kind" rules={[{ required: true, message: '请选择类型' }]}>
          <Select
            style={{ width: 130 }}
            options={LOCAL_DAY_KINDS.map((kind) => ({ value: kind, label: localDayKindLabel(kind) }))}
            aria-label="类型"
          />
        </Form.Item>
        <Form.Item
          name="reason"
          className="ow-inline-form-grow"
          rules={[
            { required: true, whitespace: true, message: '请填写事由' },
            { max: 200, message: '事由不超过200个字符' },
          ]}
        >
          <Input placeholder="事由，如 台风红色预警停止对外办公" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={add.isPending}>
            添加
          </Button>
        </Form.Item>
      </Form>
    </>
  );
}

/** A region's own closures and extra working days, over the national schedule. */
export function LocalDaysPanel({ regionCode }: { regionCode: string }): ReactElement {
  const days = useLocalDays(regionCode);
  const remove = useRemoveLocalDay();
  const { message } = AntApp.useApp();

  const columns: TableColumnsType<LocalDay> = [
    {
      title: '日期',
      dataIndex: 'date',
      width: 196,
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.date.localeCompare(b.date),
      render: (date: string) => (
        <span title={date}>
          {date.slice(0, 4)}年{formatShortChineseDate(date)}
        </span>
      ),
    },
    {
      title: '类型',
      dataIndex: 'kind',
      width: 120,
      render: (kind: LocalDayKind) => (
        <Tag color={kind === 'closure' ? 'orange' : 'green'}>{localDayKindLabel(kind)}</Tag>
      ),
    },
    { title: '事由', dataIndex: 'reason' },
    {
      title: '操作',
      key: 'actions',
      width: 90,
      render: (_, day) => (
        <Popconfirm
          title={`删除 ${day.date} 的${localDayKindLabel(day.kind)}？`}
          okText="删除"
          okButtonProps={{ danger: true }}
          cancelText="取消"
          onConfirm={() =>
            remove.mutateAsync(day.id).then(
              () => message.success('已删除'),
              (error: unknown) => message.error(describeError(error)),
            )
          }
        >
          <Button type="link" danger size="small" icon={<DeleteOutlined />}>
            删除
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <div className="ow-local-days">
      <AddLocalDayForm regionCode={regionCode} />
      {days.isError ? (
        <ErrorState compact error={days.error} title="本地调整加载失败" onRetry={() => void days.refetch()} />
      ) : (
        <Table<LocalDay>
          rowKey="id"
          size="small"
          loading={days.isPending}
          columns={columns}
          dataSource={days.data ?? []}
          pagination={(days.data?.length ?? 0) > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          scroll={{ x: 560 }}
          locale={{ emptyText: '本地区没有额外的停止办公日或工作日' }}
        />
      )}
    </div>
  );
}
