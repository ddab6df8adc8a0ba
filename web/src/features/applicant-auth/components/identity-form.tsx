import { IdcardOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import type { ReactElement } from 'react';
import { validateIdCardNumber } from '../../../../../domain/validators/index.ts';
import { describeError } from '../../../shared/api.ts';
import type { useSaveApplicantIdentity } from '../hooks/use-applicant-auth.ts';

/**
 * 实名信息: the applicant records their name and ID number once. The number is checked here with the
 * same rule the server applies, stored encrypted, and only ever shown back masked.
 */
export function IdentityForm({ save }: { save: ReturnType<typeof useSaveApplicantIdentity> }): ReactElement {
  if (save.isSuccess) {
    return (
      <Alert
        type="success"
        showIcon
        title="实名信息已保存"
        description={`${save.data.name ?? ''} · 身份证号 ${save.data.idNumber ?? ''}`}
      />
    );
  }
  return (
    <Form
      layout="vertical"
      requiredMark={false}
      onFinish={(values: { name: string; idNumber: string }) =>
        save.mutate({ name: values.name.trim(), idNumber: values.idNumber.trim().toUpperCase() })
      }
    >
      {save.isError && (
        <Alert className="ow-form-alert" type="error" showIcon title={describeError(save.error)} />
      )}
      <Form.Item
        label="姓名"
        name="name"
        rules={[
          { required: true, whitespace: true, message: '请填写姓名' },
          { max: 40, message: '姓名不超过40个字符' },
        ]}
      >
        <Input autoComplete="name" placeholder="与身份证一致" />
      </Form.Item>
      <Form.Item
        label="身份证号"
        name="idNumber"
        rules={[
          { required: true, message: '请填写身份证号' },
          {
            validator: (_rule, value: string | undefined) => {
              if (!value) return Promise.resolve();
              const result = validateIdCardNumber(value.trim().toUpperCase());
              return result.ok ? Promise.resolve() : Promise.reject(new Error(result.message));
            },
          },
        ]}
      >
        <Input maxLength={18} placeholder="18位居民身份证号" inputMode="text" />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        block
        icon={<IdcardOutlined aria-hidden />}
        loading={save.isPending}
      >
        保存实名信息
      </Button>
    </Form>
  );
}
