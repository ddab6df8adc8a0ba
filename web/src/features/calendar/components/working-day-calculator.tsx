import { CalculatorOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, InputNumber, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactElement } from 'react';
import { describeError } from '../../../shared/api.ts';
import { formatChineseDate } from '../../../shared/format.ts';
import { useNthWorkingDay } from '../hooks/use-calendar.ts';

interface CalculatorValues {
  from: Dayjs | null;
  n: number | null;
}

/** “从 [date] 起 [n] 个工作日后是 …”, answered by the server with the region's calendar. */
export function WorkingDayCalculator({ regionCode }: { regionCode?: string }): ReactElement {
  const [question, setQuestion] = useState<{ from: string; n: number; regionCode?: string } | null>(null);
  const answer = useNthWorkingDay(question);

  let result: ReactElement;
  if (question === null) result = <span className="ow-calculator-placeholder">？</span>;
  else if (answer.isPending) result = <Typography.Text type="secondary">正在计算…</Typography.Text>;
  else if (answer.isError) result = <Typography.Text type="danger">无法计算</Typography.Text>;
  else
    result = (
      <Typography.Text strong className="ow-calculator-date">
        {formatChineseDate(answer.data)}
      </Typography.Text>
    );

  return (
    <Form<CalculatorValues>
      className="ow-calculator"
      initialValues={{ from: dayjs(), n: 20 }}
      onValuesChange={() => setQuestion(null)}
      onFinish={(values) =>
        setQuestion({
          from: values.from!.format('YYYY-MM-DD'),
          n: values.n!,
          ...(regionCode ? { regionCode } : {}),
        })
      }
    >
      <div className="ow-calculator-sentence">
        <span>从</span>
        <Form.Item name="from" noStyle rules={[{ required: true, message: '请选择起算日期' }]}>
          <DatePicker allowClear={false} aria-label="起算日期" style={{ width: 140 }} />
        </Form.Item>
        <span>起</span>
        <Form.Item name="n" noStyle rules={[{ required: true, message: '请输入天数' }]}>
          <InputNumber min={0} max={1000} precision={0} style={{ width: 80 }} aria-label="工作日数" />
        </Form.Item>
        <span>个工作日后是</span>
        <span aria-live="polite">{result}</span>
      </div>
      {answer.isError && question !== null && (
        <Typography.Paragraph type="danger" className="ow-calculator-error">
          {describeError(answer.error)}
        </Typography.Paragraph>
      )}
      <div className="ow-calculator-actions">
        <Button type="primary" htmlType="submit" icon={<CalculatorOutlined />} loading={answer.isFetching}>
          计算
        </Button>
        <Typography.Text type="secondary">起算当日不计；按所选区划的日历，含本地调整。</Typography.Text>
      </div>
    </Form>
  );
}
