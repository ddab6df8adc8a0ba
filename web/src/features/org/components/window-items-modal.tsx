import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Alert, Modal, Select, Spin, Typography } from 'antd';
import { useEffect, useState, type ReactElement } from 'react';
import { api, describeError } from '../../../shared/api.ts';
import { useDebouncedValue } from '../../../shared/use-debounced-value.ts';
import { useIdempotencyKey } from '../../../shared/use-idempotency-key.ts';

interface WindowItem {
  id: string;
  implementationCode: string;
  name: string;
}

interface CatalogRow {
  id: string;
  implementationCode: string;
  name: string;
  departmentName: string;
}

const itemsKey = (windowId: string) => ['org', 'window-items', windowId] as const;

/** 可受理事项: the items a window accepts, chosen from the in-force catalog by name or code. */
export function WindowItemsModal({
  window,
  onClose,
}: {
  window: { id: string; number: string; name: string } | null;
  onClose: () => void;
}): ReactElement {
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search, 250);
  const [selected, setSelected] = useState<WindowItem[]>([]);
  const idempotency = useIdempotencyKey();

  const current = useQuery({
    queryKey: itemsKey(window?.id ?? ''),
    queryFn: () => api.get<{ items: WindowItem[] }>(`/api/org/windows/${window!.id}/items`),
    enabled: window !== null,
  });
  useEffect(() => setSelected(current.data?.items ?? []), [current.data]);

  const candidates = useQuery({
    queryKey: ['catalog', 'admin-items', 'in_force', query],
    queryFn: () =>
      api.get<{ items: CatalogRow[] }>(
        `/api/admin/catalog/items?status=in_force&pageSize=50&q=${encodeURIComponent(query)}`,
      ),
    enabled: window !== null,
  });

  const save = useMutation({
    mutationFn: (itemIds: string[]) =>
      api.put<{ items: WindowItem[] }>(
        `/api/org/windows/${window!.id}/items`,
        { itemIds },
        { headers: { 'Idempotency-Key': idempotency.current() } },
      ),
    onSuccess: (data) => {
      queryClient.setQueryData(itemsKey(window!.id), data);
      idempotency.renew();
      void message.success(`已设置 ${data.items.length} 项可受理事项`);
      onClose();
    },
  });

  const chosen = new Set(selected.map((item) => item.id));
  const options = [
    ...selected.map((item) => ({ value: item.id, label: `${item.name}（${item.implementationCode}）` })),
    ...(candidates.data?.items ?? [])
      .filter((item) => !chosen.has(item.id))
      .map((item) => ({
        value: item.id,
        label: `${item.name}（${item.departmentName} · ${item.implementationCode}）`,
      })),
  ];

  return (
    <Modal
      open={window !== null}
      title={window ? `${window.number} 号窗口可受理的事项` : ''}
      okText="保存"
      width={720}
      confirmLoading={save.isPending}
      onOk={() => save.mutate(selected.map((item) => item.id))}
      onCancel={() => {
        save.reset();
        onClose();
      }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        办事指南的“办理地点”列出受理该事项的窗口。输入事项名称、关键词或实施编码查找在用事项；已选{' '}
        {selected.length} 项。
      </Typography.Paragraph>
      {save.error && (
        <Alert type="error" showIcon title={describeError(save.error)} style={{ marginBottom: 12 }} />
      )}
      {current.isLoading ? (
        <Spin />
      ) : (
        <Select
          mode="multiple"
          style={{ width: '100%' }}
          maxTagCount={24}
          maxTagPlaceholder={(omitted) => `另有 ${omitted.length} 项`}
          placeholder="搜索并选择事项"
          value={selected.map((item) => item.id)}
          options={options}
          filterOption={false}
          showSearch={{ onSearch: setSearch, filterOption: false }}
          notFoundContent={candidates.isFetching ? <Spin size="small" /> : '没有匹配的在用事项'}
          onChange={(ids: string[]) => {
            const known = new Map<string, WindowItem>([
              ...(candidates.data?.items ?? []).map((item) => [item.id, item] as const),
              ...selected.map((item) => [item.id, item] as const),
            ]);
            setSelected(ids.map((id) => known.get(id)!).filter(Boolean));
          }}
        />
      )}
    </Modal>
  );
}
