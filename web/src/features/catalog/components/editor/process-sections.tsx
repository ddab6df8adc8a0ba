import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Col, Form, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import type { ReactElement } from 'react';
import type {
  Channel,
  DeliveryOption,
  ResultKind,
  Step,
  StepRole,
} from '../../../../../../domain/catalog/item-content.ts';
import {
  CHANNEL_LABELS,
  DELIVERY_LABELS,
  ONLINE_DEPTH_LABELS,
  RESULT_KIND_LABELS,
  STEP_ROLE_LABELS,
} from '../../../../../../domain/catalog/labels.ts';
import type { ItemFormValues } from '../../item-form.ts';
import { CheckedItem, EditorBlock, RowActions } from './problem-fields.tsx';

const options = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

const ROLE_OPTIONS = options<StepRole>(STEP_ROLE_LABELS);
const CHANNEL_OPTIONS = options<Channel>(CHANNEL_LABELS);
const DELIVERY_OPTIONS = options<DeliveryOption>(DELIVERY_LABELS);
const RESULT_KIND_OPTIONS = options<ResultKind>(RESULT_KIND_LABELS);
const DEPTH_OPTIONS = Object.entries(ONLINE_DEPTH_LABELS).map(([value, label]) => ({
  value: Number(value),
  label: `${value}. ${label}`,
}));
const VISIT_OPTIONS = [
  { value: 0, label: '零跑动' },
  { value: 1, label: '最多跑一次' },
  { value: 2, label: '最多跑两次' },
];

const NEW_STEP: Step = { name: '', role: 'reviewer', limitDays: 1 };

/** 时限与流程: the limits (promised one disabled for 即办件), the steps, and the clock's warning thresholds. */
export function LimitsSection(): ReactElement {
  const form = Form.useFormInstance<ItemFormValues>();
  const handlingKind = Form.useWatch('handlingKind', form);
  const promised = Form.useWatch('promisedLimitDays', form);
  const steps = Form.useWatch('steps', form) as Step[] | undefined;
  const immediate = handlingKind === 'immediate';
  const stepDays = (steps ?? []).reduce((sum, step) => sum + (Number(step?.limitDays) || 0), 0);

  return (
    <>
      <Row gutter={16}>
        <Col xs={24} lg={8}>
          <CheckedItem name="statutoryLimitDays" label="法定办结时限" required>
            <InputNumber min={1} max={999} precision={0} suffix="个工作日" className="ow-full-width" />
          </CheckedItem>
        </Col>
        <Col xs={24} lg={8}>
          <CheckedItem
            name="promisedLimitDays"
            label="承诺办结时限"
            required={!immediate}
            extra={immediate ? '即办件当场办结，不填天数' : '不得超过法定办结时限'}
          >
            <InputNumber
              min={1}
              max={999}
              precision={0}
              suffix="个工作日"
              disabled={immediate}
              className="ow-full-width"
            />
          </CheckedItem>
        </Col>
      </Row>

      <Form.List name="steps">
        {(fields, { add, remove, move }) => (
          <EditorBlock
            title="办理流程"
            list="steps"
            extra={
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ ...NEW_STEP, limitDays: immediate ? 0 : 1 })}
              >
                添加环节
              </Button>
            }
          >
            <p className="ow-muted">
              各环节合计 {stepDays} 个工作日
              {immediate
                ? '（即办件各环节均当场完成）'
                : promised
                  ? `，承诺办结时限 ${promised} 个工作日`
                  : ''}
            </p>
            {fields.map((field, index) => {
              const at = (leaf: string) => ({ name: [field.name, leaf], path: ['steps', field.name, leaf] });
              return (
                <div key={field.key} className="ow-editor-row">
                  <div className="ow-editor-row-head">
                    <span>环节 {index + 1}</span>
                    <RowActions index={index} count={fields.length} move={move} remove={remove} noun="环节" />
                  </div>
                  <Row gutter={12}>
                    <Col xs={24} lg={8}>
                      <CheckedItem {...at('name')} label="环节名称">
                        <Input maxLength={50} placeholder="受理、审查、决定、制证、送达" />
                      </CheckedItem>
                    </Col>
                    <Col xs={12} lg={8}>
                      <CheckedItem {...at('role')} label="办理人员">
                        <Select options={ROLE_OPTIONS} />
                      </CheckedItem>
                    </Col>
                    <Col xs={12} lg={8}>
                      <CheckedItem {...at('limitDays')} label="环节时限">
                        <InputNumber
                          min={0}
                          max={999}
                          precision={0}
                          suffix="个工作日"
                          disabled={immediate}
                          className="ow-full-width"
                        />
                      </CheckedItem>
                    </Col>
                  </Row>
                  <CheckedItem {...at('description')} label="环节说明">
                    <Input maxLength={500} />
                  </CheckedItem>
                </div>
              );
            })}
          </EditorBlock>
        )}
      </Form.List>

      <EditorBlock title="预警阈值">
        <p className="ow-muted">办件剩余时间少于下列任一值时亮黄牌提醒。</p>
        <Row gutter={16}>
          <Col xs={24} lg={8}>
            <CheckedItem name={['warning', 'daysLeft']} label="剩余工作日">
              <InputNumber min={0} max={99} precision={0} suffix="个工作日" className="ow-full-width" />
            </CheckedItem>
          </Col>
          <Col xs={24} lg={8}>
            <CheckedItem name={['warning', 'percentLeft']} label="剩余时间比例">
              <InputNumber min={0} max={100} precision={0} suffix="%" className="ow-full-width" />
            </CheckedItem>
          </Col>
        </Row>
      </EditorBlock>
    </>
  );
}

/** 办理方式: online depth, visits, channels, delivery and the place. */
export function HandlingSection(): ReactElement {
  const visits = Form.useWatch('visitsRequired') as number | undefined;
  return (
    <>
      <CheckedItem name="onlineDepth" label="网上办理深度" extra="勾选全部七项即为全程网办">
        <Checkbox.Group options={DEPTH_OPTIONS} className="ow-checkbox-column" />
      </CheckedItem>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <CheckedItem name="visitsRequired" label="到办事现场次数" required>
            <Radio.Group optionType="button" options={VISIT_OPTIONS} />
          </CheckedItem>
        </Col>
        <Col xs={24} lg={12}>
          {Boolean(visits) && (
            <CheckedItem name="visitReason" label="必须到现场的原因">
              <Input.TextArea
                autoSize={{ minRows: 1, maxRows: 3 }}
                maxLength={500}
                placeholder="如：需现场核验身份"
              />
            </CheckedItem>
          )}
        </Col>
        <Col xs={24} lg={12}>
          <CheckedItem name="channels" label="办理渠道" required>
            <Checkbox.Group options={CHANNEL_OPTIONS} />
          </CheckedItem>
        </Col>
        <Col xs={24} lg={12}>
          <CheckedItem name="delivery" label="结果送达方式" required>
            <Checkbox.Group options={DELIVERY_OPTIONS} />
          </CheckedItem>
        </Col>
      </Row>
      <CheckedItem name="location" label="办理地点" extra="受理窗口在“机构与窗口”中分配；这里填写补充说明">
        <Input maxLength={300} placeholder="如：县政务服务中心二楼商事登记区" />
      </CheckedItem>
    </>
  );
}

/** 结果: what the applicant receives. */
export function ResultSection(): ReactElement {
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <CheckedItem name={['result', 'name']} label="办理结果名称" required>
          <Input maxLength={200} placeholder="如：营业执照" />
        </CheckedItem>
      </Col>
      <Col xs={24} lg={6}>
        <CheckedItem name={['result', 'kind']} label="结果类型" required>
          <Select options={RESULT_KIND_OPTIONS} />
        </CheckedItem>
      </Col>
      <Col xs={24} lg={6}>
        <CheckedItem name={['result', 'issuesELicense']} label="电子证照" valuePropName="checked">
          <Switch checkedChildren="发放" unCheckedChildren="不发放" />
        </CheckedItem>
      </Col>
      <Col span={24}>
        <Alert type="info" showIcon title="送达方式在“办理方式”中设置。" />
      </Col>
    </Row>
  );
}
