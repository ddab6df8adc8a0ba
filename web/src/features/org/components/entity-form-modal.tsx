import { Alert, Form, Modal, type FormInstance } from 'antd';
import { useEffect, useId, type ReactElement, type ReactNode } from 'react';
import { describeError, isApiError } from '../../../shared/api.ts';
import { useIdempotencyKey } from '../../../shared/use-idempotency-key.ts';

interface Mutation {
  isPending: boolean;
  error: unknown;
  reset: () => void;
}

export interface EntityFormModalProps<V> {
  open: boolean;
  title: string;
  okText?: string;
  /** The values the form opens with; the form is rebuilt each time the modal opens. */
  initialValues?: Partial<V>;
  mutation: Mutation;
  onClose: () => void;
  /** `idempotencyKey` stays the same while the values do, so a double click acts once. */
  onSubmit: (values: V, idempotencyKey: string) => void;
  /** Server error codes shown under a field rather than above the form. */
  fieldOfError?: Readonly<Record<string, keyof V & string>>;
  width?: number;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
}

function EntityForm<V extends object>({
  id,
  initialValues,
  mutation,
  onSubmit,
  onValuesChange,
  fieldOfError,
  children,
}: {
  id: string;
  initialValues?: Partial<V>;
  mutation: Mutation;
  onSubmit: (values: V) => void;
  onValuesChange: () => void;
  fieldOfError?: Readonly<Record<string, keyof V & string>>;
  children: EntityFormModalProps<V>['children'];
}): ReactElement {
  const [form] = Form.useForm<V>();
  const { error } = mutation;
  const field = isApiError(error) ? fieldOfError?.[error.code] : undefined;
  useEffect(() => {
    if (field && isApiError(error)) form.setFields([{ name: field as never, errors: [error.message] }]);
  }, [error, field, form]);
  return (
    <Form<V>
      form={form}
      id={id}
      layout="vertical"
      requiredMark={false}
      initialValues={initialValues}
      disabled={mutation.isPending}
      onValuesChange={() => {
        onValuesChange();
        if (mutation.error) mutation.reset();
      }}
      onFinish={onSubmit}
    >
      {error !== null && error !== undefined && !field ? (
        <Alert className="ow-form-alert" type="error" showIcon title={describeError(error)} />
      ) : null}
      {typeof children === 'function' ? children(form) : children}
    </Form>
  );
}

/**
 * A form in a modal for one organisation record: the server's Chinese message appears above the form
 * (or under its field), nothing closes until the write succeeds, and a reopened form starts afresh.
 */
export function EntityFormModal<V extends object>({
  open,
  title,
  okText = '保存',
  initialValues,
  mutation,
  onClose,
  onSubmit,
  fieldOfError,
  width,
  children,
}: EntityFormModalProps<V>): ReactElement {
  const formId = useId();
  const idempotencyKey = useIdempotencyKey();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText="取消"
      okButtonProps={{ htmlType: 'submit', form: formId }}
      confirmLoading={mutation.isPending}
      onCancel={() => {
        if (!mutation.isPending) onClose();
      }}
      afterOpenChange={(visible) => {
        if (visible) return;
        mutation.reset();
        idempotencyKey.renew();
      }}
      mask={{ closable: false }}
      width={width}
      destroyOnHidden
    >
      <EntityForm<V>
        id={formId}
        {...(initialValues ? { initialValues } : {})}
        mutation={mutation}
        onSubmit={(values) => onSubmit(values, idempotencyKey.current())}
        onValuesChange={() => idempotencyKey.renew()}
        {...(fieldOfError ? { fieldOfError } : {})}
      >
        {children}
      </EntityForm>
    </Modal>
  );
}
