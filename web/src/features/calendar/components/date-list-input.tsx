import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Flex, Input, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactElement } from 'react';
import { formatShortChineseDate } from '../../../shared/format.ts';
import { mergeDates, parseDateList, type ParsedDateList } from '../date-list.ts';

export interface DateListInputProps {
  value?: string[];
  onChange?: (dates: string[]) => void;
  /** The year a month-day without a year belongs to, and where the picker opens. */
  year: number;
  /** Shown in the paste box, e.g. 2026-02-15至2026-02-23. */
  pastePlaceholder: string;
  tagColor?: string;
  'aria-label'?: string;
  id?: string;
}

/**
 * A list of dates for an antd `Form.Item`: paste text (ISO dates, “2月15日至23日”, one or many)
 * or pick a day; each date shows as a tag that can be removed.
 */
export function DateListInput({
  value = [],
  onChange,
  year,
  pastePlaceholder,
  tagColor,
  id,
  'aria-label': ariaLabel,
}: DateListInputProps): ReactElement {
  const [text, setText] = useState('');
  const [feedback, setFeedback] = useState<ParsedDateList | null>(null);

  const addText = () => {
    const parsed = parseDateList(text, year);
    setFeedback(parsed);
    if (parsed.dates.length > 0) onChange?.(mergeDates(value, parsed.dates));
    if (parsed.invalid.length === 0 && parsed.unrecognized.length === 0) setText('');
  };

  const problems = feedback
    ? [
        ...feedback.invalid.map((piece) => `“${piece}”不是有效的日期或日期范围`),
        ...(feedback.unrecognized.length > 0
          ? [
              `未识别，已忽略：${feedback.unrecognized.slice(0, 8).join(' ')}${feedback.unrecognized.length > 8 ? ' …' : ''}`,
            ]
          : []),
      ]
    : [];

  return (
    <div className="ow-date-list" id={id} aria-label={ariaLabel}>
      <div className="ow-date-tags" aria-live="polite">
        {value.length === 0 ? (
          <Typography.Text type="secondary">尚未添加日期</Typography.Text>
        ) : (
          value.map((date) => (
            <Tag
              key={date}
              color={tagColor}
              closable
              title={date}
              onClose={(event) => {
                event.preventDefault();
                onChange?.(value.filter((d) => d !== date));
              }}
            >
              {date.startsWith(`${year}-`) ? formatShortChineseDate(date) : date}
            </Tag>
          ))
        )}
      </div>
      <Input.TextArea
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={pastePlaceholder}
        autoSize={{ minRows: 2, maxRows: 6 }}
        aria-label="粘贴日期"
      />
      <Flex gap={8} wrap align="center" className="ow-date-list-actions">
        <Button icon={<PlusOutlined />} onClick={addText} disabled={!text.trim()}>
          识别并添加
        </Button>
        <DatePicker
          placeholder="选择日期添加"
          value={null}
          defaultPickerValue={dayjs(`${year}-01-01`)}
          onChange={(picked: Dayjs | null) => {
            if (picked) onChange?.(mergeDates(value, [picked.format('YYYY-MM-DD')]));
          }}
        />
        {value.length > 0 && (
          <>
            <Typography.Text type="secondary">共 {value.length} 天</Typography.Text>
            <Button type="link" size="small" danger onClick={() => onChange?.([])}>
              清空
            </Button>
          </>
        )}
      </Flex>
      {problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="ow-date-list-feedback"
          title={problems.length === 1 ? problems[0] : '部分内容未能识别'}
          description={
            problems.length > 1 ? (
              <ul className="ow-problem-list">
                {problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            ) : undefined
          }
          closable={{ onClose: () => setFeedback(null) }}
        />
      )}
    </div>
  );
}
