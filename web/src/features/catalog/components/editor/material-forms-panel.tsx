import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, List, Popconfirm, Select, Space, Upload } from 'antd';
import { useState, type ReactElement } from 'react';
import { FORM_KIND_LABELS, type FormKind } from '../../../../../../domain/catalog/forms.ts';
import type { Material } from '../../../../../../domain/catalog/item-content.ts';
import { api, describeError, sendBinary } from '../../../../shared/api.ts';
import type { GuideForm } from '../../api/catalog-api.ts';
import { formatFileSize } from '../guide-materials.tsx';

const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.ofd';

/** 表格下载 of a saved item: upload a blank form or a sample per material, delete one. */
export function MaterialFormsPanel({ itemId }: { itemId: string }): ReactElement {
  const { message } = App.useApp();
  const client = useQueryClient();
  const materials = (Form.useWatch('materials') as Material[] | undefined) ?? [];
  const names = [...new Set(materials.map((material) => material.name).filter(Boolean))];
  const [materialName, setMaterialName] = useState<string>();
  const [kind, setKind] = useState<FormKind>('blank');
  const key = ['catalog', 'item-forms', itemId];
  const forms = useQuery({
    queryKey: key,
    queryFn: () => api.get<{ forms: GuideForm[] }>(`/api/admin/catalog/items/${itemId}/forms`),
  });
  const upload = useMutation({
    mutationFn: (file: File) =>
      sendBinary('POST', `/api/admin/catalog/items/${itemId}/forms`, {
        query: { material: materialName ?? '', kind, fileName: file.name },
        body: file,
      }),
    onSuccess: () => {
      void message.success('已上传');
      void client.invalidateQueries({ queryKey: key });
    },
    onError: (error) => void message.error(describeError(error)),
  });
  const remove = useMutation({
    mutationFn: (formId: string) => api.delete(`/api/admin/catalog/items/${itemId}/forms/${formId}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: key }),
    onError: (error) => void message.error(describeError(error)),
  });
  return (
    <div className="ow-material-forms-panel">
      <h3>表格下载</h3>
      <Space wrap>
        <Select
          aria-label="申请材料"
          placeholder="选择申请材料（已保存的）"
          style={{ minWidth: 240 }}
          value={materialName}
          onChange={setMaterialName}
          options={names.map((name) => ({ value: name, label: name }))}
        />
        <Select
          aria-label="表格类型"
          value={kind}
          onChange={setKind}
          options={(Object.keys(FORM_KIND_LABELS) as FormKind[]).map((value) => ({
            value,
            label: FORM_KIND_LABELS[value],
          }))}
        />
        <Upload
          accept={ACCEPT}
          showUploadList={false}
          disabled={!materialName}
          beforeUpload={(file) => {
            upload.mutate(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending} disabled={!materialName}>
            上传（PDF、Word、Excel、OFD，≤ 10 MB）
          </Button>
        </Upload>
      </Space>
      <List
        loading={forms.isLoading}
        locale={{ emptyText: forms.isError ? describeError(forms.error) : '尚未上传表格' }}
        dataSource={forms.data?.forms ?? []}
        renderItem={(form) => (
          <List.Item
            actions={[
              <Popconfirm key="delete" title="删除该表格？" onConfirm={() => remove.mutate(form.id)}>
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={`删除${form.fileName}`} />
              </Popconfirm>,
            ]}
          >
            <span>
              {form.materialName} · {FORM_KIND_LABELS[form.kind]} · {form.fileName}{' '}
              <span className="ow-muted">{formatFileSize(form.size)}</span>
            </span>
          </List.Item>
        )}
      />
    </div>
  );
}
