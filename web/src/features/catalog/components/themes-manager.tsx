import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Form, Input, InputNumber, Modal, Radio, Table, Tag } from 'antd';
import { useState, type ReactElement } from 'react';
import { SUBJECT_LABELS } from '../../../../../domain/catalog/index.ts';
import { describeError } from '../../../shared/api.ts';
import { saveTheme, type Theme, type ThemeFields } from '../api/catalog-api.ts';
import { catalogQueryKeys, useThemes } from '../hooks/use-catalog.ts';

type Editing = { kind: 'new' } | { kind: 'edit'; theme: Theme } | null;
interface ThemeValues extends ThemeFields {
  code: string;
}

/** 主题服务: the life events and business stages the portal groups items by. */
export function ThemesManager({ open, onClose }: { open: boolean; onClose: () => void }): ReactElement {
  const themes = useThemes();
  const [editing, setEditing] = useState<Editing>(null);
  return (
    <Modal open={open} title="主题服务" width={820} footer={null} onCancel={onClose} destroyOnHidden>
      <Button
        icon={<PlusOutlined />}
        onClick={() => setEditing({ kind: 'new' })}
        style={{ marginBottom: 12 }}
      >
        新增主题
      </Button>
      <Table<Theme>
        rowKey="code"
        size="small"
        loading={themes.isPending}
        dataSource={themes.data ?? []}
        pagination={false}
        scroll={{ y: 480 }}
        columns={[
          { title: '排序', dataIndex: 'sortOrder', width: 64 },
          { title: '名称', dataIndex: 'name', width: 140 },
          {
            title: '对象',
            dataIndex: 'audience',
            width: 90,
            render: (audience: Theme['audience']) => (
              <Tag color={audience === 'legal_person' ? 'blue' : 'green'}>
                {audience === 'legal_person' ? '法人办事' : '个人办事'}
              </Tag>
            ),
          },
          { title: '说明', dataIndex: 'description', ellipsis: true },
          { title: '事项', dataIndex: 'itemCount', width: 64 },
          {
            title: '',
            key: 'edit',
            width: 72,
            render: (_, theme) => (
              <Button
                type="link"
                size="small"
                icon={<EditOutlined />}
                onClick={() => setEditing({ kind: 'edit', theme })}
              >
                编辑
              </Button>
            ),
          },
        ]}
      />
      <ThemeForm editing={editing} onClose={() => setEditing(null)} />
    </Modal>
  );
}

function ThemeForm({ editing, onClose }: { editing: Editing; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<ThemeValues>();
  const queryClient = useQueryClient();
  const { message } = AntApp.useApp();
  const save = useMutation({
    mutationFn: ({ code, ...fields }: ThemeValues) => saveTheme(code, fields),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: catalogQueryKeys.themes });
      void message.success('主题已保存');
      onClose();
    },
  });
  const theme = editing?.kind === 'edit' ? editing.theme : null;
  return (
    <Modal
      open={editing !== null}
      title={theme ? `编辑主题「${theme.name}」` : '新增主题'}
      okText="保存"
      confirmLoading={save.isPending}
      onOk={() => void form.validateFields().then((values) => save.mutate(values))}
      onCancel={() => {
        save.reset();
        onClose();
      }}
      destroyOnHidden
    >
      {save.error && (
        <Alert type="error" showIcon title={describeError(save.error)} style={{ marginBottom: 12 }} />
      )}
      <Form<ThemeValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={theme ?? { audience: 'natural_person', sortOrder: 100, description: '' }}
      >
        <Form.Item
          label="主题代码"
          name="code"
          extra="小写字母开头，字母、数字和下划线，如 newborn；保存后不可修改"
          rules={[
            { required: true, message: '请输入主题代码' },
            { pattern: /^[a-z][a-z0-9_]{1,49}$/, message: '代码为小写字母开头的 2–50 位字母、数字或下划线' },
          ]}
        >
          <Input disabled={theme !== null} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label="名称"
          name="name"
          rules={[{ required: true, whitespace: true, message: '请输入名称' }, { max: 50 }]}
        >
          <Input autoComplete="off" placeholder="如 新生儿出生" />
        </Form.Item>
        <Form.Item label="服务对象" name="audience" rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'natural_person', label: `个人办事（${SUBJECT_LABELS.natural_person}）` },
              { value: 'legal_person', label: `法人办事（${SUBJECT_LABELS.legal_person}）` },
            ]}
          />
        </Form.Item>
        <Form.Item label="说明" name="description" rules={[{ max: 500 }]}>
          <Input.TextArea rows={3} placeholder="办事群众看到的一句话说明" />
        </Form.Item>
        <Form.Item label="排序" name="sortOrder" rules={[{ required: true }]}>
          <InputNumber min={0} max={9999} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
