import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Button, DatePicker, Form, Grid, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, type ReactElement } from 'react';
import { formatHallDateTime, hallDayRange } from '../../../shared/format.ts';
import type { AuditFilters } from '../api/audit-api.ts';
import { AUDIT_ACTION_LABELS, AUDIT_TARGET_TYPE_LABELS } from '../labels.ts';

interface AuditFilterValues {
  days?: [Dayjs, Dayjs] | null;
  action?: string;
  targetType?: string;
  targetId?: string;
  actorId?: string;
}

const ACTION_OPTIONS = Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({
  value,
  label: (
    <span className="ow-option-with-code">
      {label}
      <code>{value}</code>
    </span>
  ),
  search: `${label} ${value}`,
}));

const TARGET_TYPE_OPTIONS = Object.entries(AUDIT_TARGET_TYPE_LABELS).map(([value, label]) => ({
  value,
  label,
}));

/** The hall-local days an ISO range covers, to show a range back in the date picker. */
function daysOf(filters: AuditFilters): [Dayjs, Dayjs] | null {
  if (!filters.from || !filters.to) return null;
  return [
    dayjs(formatHallDateTime(filters.from).slice(0, 10)),
    dayjs(formatHallDateTime(filters.to).slice(0, 10)),
  ];
}

function toValues(filters: AuditFilters): AuditFilterValues {
  return {
    days: daysOf(filters),
    action: filters.action,
    targetType: filters.targetType,
    targetId: filters.targetId,
    actorId: filters.actorId,
  };
}

function toFilters(values: AuditFilterValues): AuditFilters {
  const filters: AuditFilters = {};
  if (values.days)
    Object.assign(
      filters,
      hallDayRange(values.days[0].format('YYYY-MM-DD'), values.days[1].format('YYYY-MM-DD')),
    );
  const text = (value: string | undefined) => value?.trim() || undefined;
  const action = text(values.action);
  const targetType = text(values.targetType);
  const targetId = text(values.targetId);
  const actorId = text(values.actorId);
  if (action) filters.action = action;
  if (targetType) filters.targetType = targetType;
  if (targetId) filters.targetId = targetId;
  if (actorId) filters.actorId = actorId;
  return filters;
}

type DayRange = [Dayjs, Dayjs] | null;

/**
 * A range of days for an antd `Form.Item`: the range picker where its two months fit, two
 * single-month pickers (起 / 止) on a phone.
 */
function DayRangeInput({
  value = null,
  onChange,
  id,
}: {
  value?: DayRange;
  onChange?: (range: DayRange) => void;
  id?: string;
}): ReactElement {
  const screens = Grid.useBreakpoint();
  const today = dayjs();
  const future = (day: Dayjs) => day.isAfter(today, 'day');
  if (screens.sm === false) {
    const [start, end] = value ?? [null, null];
    const change = (nextStart: Dayjs | null, nextEnd: Dayjs | null) => {
      if (!nextStart && !nextEnd) onChange?.(null);
      else {
        const from = nextStart ?? nextEnd!;
        const to = nextEnd ?? nextStart!;
        onChange?.(from.isAfter(to, 'day') ? [to, from] : [from, to]);
      }
    };
    return (
      <div className="ow-day-range" id={id}>
        <DatePicker
          value={start}
          placeholder="开始日期"
          disabledDate={future}
          inputReadOnly
          onChange={(day: Dayjs | null) => change(day, end)}
        />
        <span aria-hidden>至</span>
        <DatePicker
          value={end}
          placeholder="结束日期"
          disabledDate={future}
          inputReadOnly
          onChange={(day: Dayjs | null) => change(start, day)}
        />
      </div>
    );
  }
  return (
    <DatePicker.RangePicker
      id={id}
      value={value}
      onChange={(range) => onChange?.(range && range[0] && range[1] ? [range[0], range[1]] : null)}
      disabledDate={future}
      presets={[
        { label: '今天', value: [today.startOf('day'), today.startOf('day')] },
        { label: '最近7天', value: [today.subtract(6, 'day'), today] },
        { label: '最近30天', value: [today.subtract(29, 'day'), today] },
      ]}
      style={{ width: '100%' }}
    />
  );
}

/** 时间范围 (hall-local days), 操作, 对象 and 操作人 of an audit search. */
export function AuditFilterForm({
  value,
  onChange,
}: {
  value: AuditFilters;
  onChange: (filters: AuditFilters) => void;
}): ReactElement {
  const [form] = Form.useForm<AuditFilterValues>();

  // Filters also change from the table (a click on an actor or a target): show them here.
  useEffect(() => {
    form.setFieldsValue(toValues(value));
  }, [form, value]);

  return (
    <Form<AuditFilterValues>
      form={form}
      layout="vertical"
      className="ow-filter-form"
      initialValues={toValues(value)}
      onFinish={(values) => onChange(toFilters(values))}
    >
      <Form.Item label="时间范围" name="days">
        <DayRangeInput />
      </Form.Item>
      <Form.Item label="操作" name="action">
        <AutoComplete
          allowClear
          options={ACTION_OPTIONS}
          placeholder="选择或输入，如 user.created"
          showSearch={{
            filterOption: (input, option) =>
              (option?.search ?? '').toLowerCase().includes(input.trim().toLowerCase()),
          }}
        />
      </Form.Item>
      <Form.Item label="对象类型" name="targetType">
        <Select allowClear placeholder="全部" options={TARGET_TYPE_OPTIONS} />
      </Form.Item>
      <Form.Item label="对象ID" name="targetId" rules={[{ max: 64, message: '不超过64个字符' }]}>
        <Input allowClear placeholder="对象的ID" spellCheck={false} />
      </Form.Item>
      <Form.Item label="操作人ID" name="actorId" rules={[{ max: 64, message: '不超过64个字符' }]}>
        <Input allowClear placeholder="点击表格中的操作人可自动填入" spellCheck={false} />
      </Form.Item>
      <Form.Item label=" " className="ow-filter-actions">
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
          查询
        </Button>
        <Button
          icon={<ReloadOutlined />}
          onClick={() => {
            form.resetFields();
            form.setFieldsValue(toValues({}));
            onChange({});
          }}
        >
          重置
        </Button>
      </Form.Item>
    </Form>
  );
}
