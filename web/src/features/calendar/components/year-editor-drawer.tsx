import { Alert, Button, DatePicker, Drawer, Flex, Form, Grid, Input, InputNumber, App as AntApp } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, type ReactElement } from 'react';
import {
  MAX_SUPPORTED_YEAR,
  MIN_SUPPORTED_YEAR,
  validateHolidayYear,
  type HolidayYearIssue,
} from '../../../../../domain/calendar/index.ts';
import { describeError, isApiError } from '../../../shared/api.ts';
import type { CalendarYear } from '../api/calendar-api.ts';
import { useSaveCalendarYear } from '../hooks/use-calendar.ts';
import { DateListInput } from './date-list-input.tsx';

interface YearFormValues {
  year: number;
  notice: string;
  title: string;
  issuedOn: Dayjs | null;
  url: string;
  offDays: string[];
  workDays: string[];
}

function defaultTitle(year: number): string {
  return `国务院办公厅关于${year}年部分节假日安排的通知`;
}

function initialValues(existing: CalendarYear | null, year: number): YearFormValues {
  if (existing) {
    return {
      year: existing.year,
      notice: existing.source.notice,
      title: existing.source.title,
      issuedOn: dayjs(existing.source.issuedOn),
      url: existing.source.url,
      offDays: [...existing.offDays].sort(),
      workDays: [...existing.workDays].sort(),
    };
  }
  return { year, notice: '', title: defaultTitle(year), issuedOn: null, url: '', offDays: [], workDays: [] };
}

function IssueList({ issues }: { issues: { message: string; date?: string }[] }): ReactElement {
  return (
    <ul className="ow-problem-list">
      {issues.map((issue, index) => (
        <li key={`${issue.message}-${index}`}>{issue.message}</li>
      ))}
    </ul>
  );
}

/**
 * Enter or replace a year's national schedule. The same checks the server runs
 * (`validateHolidayYear`) preview the problems while typing; the server's answer has the last word.
 */
export function YearEditorDrawer({
  open,
  onClose,
  existing,
  presetYear,
  loadedYears,
}: {
  open: boolean;
  onClose: () => void;
  /** The year being replaced, or null to enter a new one. */
  existing: CalendarYear | null;
  presetYear: number;
  loadedYears: readonly number[];
}): ReactElement {
  const [form] = Form.useForm<YearFormValues>();
  const save = useSaveCalendarYear();
  const { message } = AntApp.useApp();
  const screens = Grid.useBreakpoint();

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(initialValues(existing, presetYear));
      save.reset();
    }
    // Only opening the drawer (on another year) resets it; `save` changes every render.
  }, [open, existing, presetYear]);

  const values = Form.useWatch([], form) as Partial<YearFormValues> | undefined;
  const year = values?.year ?? presetYear;
  const isReplacing = !existing && loadedYears.includes(year);

  const preview: HolidayYearIssue[] = useMemo(() => {
    if (!values?.year || !values.offDays || values.offDays.length === 0) return [];
    return validateHolidayYear({
      year: values.year,
      offDays: values.offDays,
      workDays: values.workDays ?? [],
      source: {
        notice: values.notice ?? '',
        title: values.title ?? '',
        issuedOn: values.issuedOn?.format('YYYY-MM-DD') ?? '',
        url: values.url ?? '',
      },
    }).filter((issue) => issue.code !== 'SOURCE_INCOMPLETE'); // the form's own rules say it per field
  }, [values]);
  const previewErrors = preview.filter((issue) => issue.severity === 'error');
  const previewWarnings = preview.filter((issue) => issue.severity === 'warning');

  const submit = (submitted: YearFormValues) => {
    save.mutate(
      {
        year: submitted.year,
        offDays: submitted.offDays,
        workDays: submitted.workDays ?? [],
        source: {
          notice: submitted.notice.trim(),
          title: submitted.title.trim(),
          issuedOn: submitted.issuedOn!.format('YYYY-MM-DD'),
          url: submitted.url.trim(),
        },
      },
      {
        onSuccess: (saved) => {
          message.success(`${saved.year}年节假日安排已保存，全年工作日${saved.workingDayCount}天`);
          onClose();
        },
      },
    );
  };

  const serverProblems = isApiError(save.error) ? save.error.problems : [];
  const serverAlertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The answer sits above the fields; bring it into view where the save button was pressed.
    if (save.error) serverAlertRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [save.error]);

  return (
    <Drawer
      title={existing ? `修改${existing.year}年节假日安排` : '导入年度节假日安排'}
      open={open}
      onClose={onClose}
      size={screens.md ? 720 : '100%'}
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {existing || isReplacing ? '保存并替换' : '保存'}
          </Button>
        </Flex>
      }
    >
      <Form<YearFormValues> form={form} layout="vertical" onFinish={submit} disabled={save.isPending}>
        {save.isError && (
          <div ref={serverAlertRef}>
            <Alert
              className="ow-form-alert"
              type="error"
              showIcon
              title={describeError(save.error)}
              description={serverProblems.length > 0 ? <IssueList issues={serverProblems} /> : undefined}
            />
          </div>
        )}
        {isReplacing && (
          <Alert
            className="ow-form-alert"
            type="info"
            showIcon
            title={`${year}年的安排已导入，保存后将整体替换`}
          />
        )}
        <Flex gap={16} wrap>
          <Form.Item
            label="年份"
            name="year"
            rules={[{ required: true, message: '请输入年份' }]}
            style={{ width: 140 }}
          >
            <InputNumber
              min={MIN_SUPPORTED_YEAR}
              max={MAX_SUPPORTED_YEAR}
              precision={0}
              disabled={Boolean(existing)}
              style={{ width: '100%' }}
              onChange={(next) => {
                const title = form.getFieldValue('title') as string | undefined;
                if (
                  typeof next === 'number' &&
                  (!title || /^国务院办公厅关于\d{4}年部分节假日安排的通知$/.test(title))
                ) {
                  form.setFieldValue('title', defaultTitle(next));
                }
              }}
            />
          </Form.Item>
          <Form.Item
            label="文号"
            name="notice"
            style={{ flex: '1 1 220px' }}
            rules={[
              { required: true, whitespace: true, message: '请输入通知文号' },
              { max: 100, message: '文号不超过100个字符' },
            ]}
          >
            <Input placeholder="如 国办发明电〔2025〕7号" />
          </Form.Item>
          <Form.Item
            label="发布日期"
            name="issuedOn"
            rules={[{ required: true, message: '请选择发布日期' }]}
            style={{ width: 170 }}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item
          label="通知标题"
          name="title"
          rules={[
            { required: true, whitespace: true, message: '请输入通知标题' },
            { max: 200, message: '标题不超过200个字符' },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          label="原文网址"
          name="url"
          rules={[
            { required: true, whitespace: true, message: '请输入通知原文网址' },
            { pattern: /^https?:\/\/\S+$/, message: '请输入以 http:// 或 https:// 开头的网址' },
            { max: 500, message: '网址不超过500个字符' },
          ]}
        >
          <Input placeholder="https://www.gov.cn/zhengce/…" inputMode="url" />
        </Form.Item>
        <Form.Item
          label="放假日期（含假期中的周末）"
          name="offDays"
          extra="可粘贴通知原文中的日期，如“2月15日至23日”；元旦与周末连休时可包含上一年12月的日期。"
          rules={[
            { required: true, type: 'array', min: 1, message: '请至少添加一个放假日期' },
            { type: 'array', max: 60, message: '放假日期不超过60天' },
          ]}
        >
          <DateListInput
            year={year}
            tagColor="red"
            pastePlaceholder="2026-02-15至2026-02-23，或 2月15日至23日"
          />
        </Form.Item>
        <Form.Item
          label="调休上班日期"
          name="workDays"
          rules={[{ type: 'array', max: 30, message: '调休上班日期不超过30天' }]}
        >
          <DateListInput
            year={year}
            tagColor="blue"
            pastePlaceholder="2026-02-14 2026-02-28，或 2月14日、2月28日"
          />
        </Form.Item>
        {previewErrors.length > 0 && (
          <Alert
            className="ow-form-alert"
            type="error"
            showIcon
            title="校验未通过，请与通知原文核对"
            description={<IssueList issues={previewErrors} />}
          />
        )}
        {previewWarnings.length > 0 && (
          <Alert
            className="ow-form-alert"
            type="warning"
            showIcon
            title="请核对"
            description={<IssueList issues={previewWarnings} />}
          />
        )}
      </Form>
    </Drawer>
  );
}
