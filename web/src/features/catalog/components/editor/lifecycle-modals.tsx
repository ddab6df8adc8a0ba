import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactElement } from 'react';
import { isWellFormedItemCode } from '../../../../../../domain/catalog/check.ts';
import { isWithinRegion } from '../../../../../../domain/org/regions.ts';
import { describeError } from '../../../../shared/api.ts';

/*
 * The dialogs that change an item's life: 发布, 取消 and 下放. Each asks for the date the change takes
 * effect (today by default) and the reason the published record will carry.
 */

export interface RegionChoice {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
}

export interface DepartmentInRegion {
  id: string;
  name: string;
  regionCode: string;
}

interface DateAndReason {
  effectiveOn: Dayjs;
  reason?: string;
}

const DATE_FORMAT = 'YYYY年M月D日';

/** Dates before `earliest` cannot be chosen (a published item changes today or later). */
function beforeDay(earliest: string | null) {
  return (date: Dayjs) => earliest !== null && date.isBefore(dayjs(earliest), 'day');
}

function ModalError({ error }: { error: unknown }): ReactElement | null {
  if (!error) return null;
  return <Alert className="ow-card-gap" type="error" showIcon title={describeError(error)} />;
}

export function PublishModal({
  open,
  wasPublished,
  earliest,
  today,
  hasUnsavedChanges,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  open: boolean;
  /** Whether an earlier revision was published: then the date may not be in the past and a reason is required. */
  wasPublished: boolean;
  /** The first date allowed, or null for any. */
  earliest: string | null;
  today: string;
  hasUnsavedChanges: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (input: { effectiveOn: string; reason: string | null }) => void;
  onCancel: () => void;
}): ReactElement {
  const [form] = Form.useForm<DateAndReason>();
  const initial = dayjs(earliest && earliest > today ? earliest : today);
  return (
    <Modal
      title="发布事项"
      open={open}
      onCancel={onCancel}
      okText="发布"
      confirmLoading={pending}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {hasUnsavedChanges && (
        <Alert
          className="ow-card-gap"
          type="warning"
          showIcon
          title="表单有未保存的修改，将先保存草稿再发布。"
        />
      )}
      <ModalError error={error} />
      <Form<DateAndReason>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ effectiveOn: initial }}
        onFinish={(values) =>
          onSubmit({
            effectiveOn: values.effectiveOn.format('YYYY-MM-DD'),
            reason: values.reason?.trim() || null,
          })
        }
      >
        <EffectiveDateField
          earliest={wasPublished ? earliest : null}
          extra={
            wasPublished
              ? '调整自生效日起适用于新的申请；生效前仍按现行版本办理。'
              : '事项自生效日起在门户公开并受理申请。'
          }
        />
        <Form.Item
          name="reason"
          label={wasPublished ? '调整原因' : '发布说明（可选）'}
          rules={wasPublished ? [{ required: true, whitespace: true, message: '请填写调整原因' }] : []}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={500}
            placeholder={wasPublished ? '如：依据《……》修订，精简申请材料' : ''}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function AbolishModal({
  open,
  itemName,
  earliest,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  open: boolean;
  itemName: string;
  earliest: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: { effectiveOn: string; reason: string }) => void;
  onCancel: () => void;
}): ReactElement {
  const [form] = Form.useForm<DateAndReason>();
  return (
    <Modal
      title={`取消事项：${itemName}`}
      open={open}
      onCancel={onCancel}
      okText="取消事项"
      cancelText="返回"
      okButtonProps={{ danger: true }}
      confirmLoading={pending}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Alert
        className="ow-card-gap"
        type="warning"
        showIcon
        title="自生效日起不再受理新的申请，门户将提示该事项已取消；已受理的办件按原版本继续办理。"
      />
      <ModalError error={error} />
      <Form<DateAndReason>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ effectiveOn: dayjs(earliest) }}
        onFinish={(values) =>
          onSubmit({
            effectiveOn: values.effectiveOn.format('YYYY-MM-DD'),
            reason: (values.reason ?? '').trim(),
          })
        }
      >
        <EffectiveDateField earliest={earliest} />
        <Form.Item
          name="reason"
          label="取消原因"
          rules={[{ required: true, whitespace: true, message: '请填写取消原因' }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={500}
            placeholder="如：依据《国务院关于取消一批行政许可事项的决定》取消"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface DelegationValues extends DateAndReason {
  toRegionCode: string;
  toDepartmentId: string;
  implementationCode: string;
}

/** “云溪镇 / 石桥村” */
function regionLabel(region: RegionChoice, regions: readonly RegionChoice[]): string {
  if (region.level !== 'village') return region.name;
  const parent = regions.find((candidate) => candidate.code === region.parentCode);
  return parent ? `${parent.name} / ${region.name}` : region.name;
}

export function DelegateModal({
  open,
  itemName,
  itemRegionCode,
  regions,
  departments,
  earliest,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  open: boolean;
  itemName: string;
  itemRegionCode: string;
  regions: readonly RegionChoice[];
  departments: readonly DepartmentInRegion[];
  earliest: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: {
    effectiveOn: string;
    reason: string;
    toRegionCode: string;
    toDepartmentId: string;
    implementationCode: string;
  }) => void;
  onCancel: () => void;
}): ReactElement {
  const [form] = Form.useForm<DelegationValues>();
  const toRegionCode = Form.useWatch('toRegionCode', form);
  const below = regions.filter(
    (region) =>
      (region.level === 'township' || region.level === 'village') &&
      region.code !== itemRegionCode &&
      isWithinRegion(region.code, itemRegionCode),
  );
  const departmentOptions = departments
    .filter((department) => department.regionCode === toRegionCode)
    .map((department) => ({ value: department.id, label: department.name }));

  return (
    <Modal
      title={`下放事项：${itemName}`}
      open={open}
      onCancel={onCancel}
      okText="下放"
      cancelText="返回"
      confirmLoading={pending}
      onOk={() => form.submit()}
      destroyOnHidden
      width={560}
    >
      <Alert
        className="ow-card-gap"
        type="info"
        showIcon
        title="下放后，承接地以新的实施编码办理本事项；本级自生效日起不再受理，门户指引群众到承接地办理。"
      />
      <ModalError error={error} />
      <Form<DelegationValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ effectiveOn: dayjs(earliest) }}
        onValuesChange={(changed: Partial<DelegationValues>) => {
          if ('toRegionCode' in changed) form.setFieldValue('toDepartmentId', undefined);
        }}
        onFinish={(values) =>
          onSubmit({
            effectiveOn: values.effectiveOn.format('YYYY-MM-DD'),
            reason: (values.reason ?? '').trim(),
            toRegionCode: values.toRegionCode,
            toDepartmentId: values.toDepartmentId,
            implementationCode: values.implementationCode.trim(),
          })
        }
      >
        <Form.Item
          name="toRegionCode"
          label="承接区划（镇乡、村社区）"
          rules={[{ required: true, message: '请选择承接区划' }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="选择镇乡或村社区"
            options={below.map((region) => ({ value: region.code, label: regionLabel(region, regions) }))}
            notFoundContent="本区划下没有镇乡或村社区"
          />
        </Form.Item>
        <Form.Item
          name="toDepartmentId"
          label="承接部门"
          rules={[{ required: true, message: '请选择承接部门' }]}
        >
          <Select
            placeholder={toRegionCode ? '选择承接部门' : '请先选择承接区划'}
            disabled={!toRegionCode}
            options={departmentOptions}
            notFoundContent="该区划下还没有部门，请先在“进驻部门”中添加"
          />
        </Form.Item>
        <Form.Item
          name="implementationCode"
          label="承接地实施编码"
          rules={[
            { required: true, message: '请填写承接地的实施编码' },
            {
              validator: (_rule, value?: string) =>
                !value || isWellFormedItemCode(value.trim())
                  ? Promise.resolve()
                  : Promise.reject(new Error('实施编码只能由字母、数字和连字符组成，且不超过 50 位')),
            },
          ]}
        >
          <Input maxLength={50} className="ow-mono" />
        </Form.Item>
        <EffectiveDateField earliest={earliest} />
        <Form.Item
          name="reason"
          label="下放原因"
          rules={[{ required: true, whitespace: true, message: '请填写下放原因' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 生效日期: a day picker that refuses days before `earliest` (any day when null). */
function EffectiveDateField({ earliest, extra }: { earliest: string | null; extra?: string }): ReactElement {
  return (
    <Form.Item
      name="effectiveOn"
      label="生效日期"
      rules={[{ required: true, message: '请选择生效日期' }]}
      {...(extra ? { extra } : {})}
    >
      <DatePicker
        className="ow-date-input"
        format={DATE_FORMAT}
        disabledDate={beforeDay(earliest)}
        allowClear={false}
      />
    </Form.Item>
  );
}
