import { Button, Result } from 'antd';
import { useMemo, type ReactElement } from 'react';
import { Link, useParams } from 'react-router';
import { useSignedInStaff } from '../features/auth/hooks/use-auth.ts';
import { canManageCatalog } from '../shared/permissions.ts';
import type { ItemDetail } from '../features/catalog/api/catalog-api.ts';
import { ItemEditor } from '../features/catalog/components/editor/item-editor.tsx';
import { useAdminItem, useRevision, useThemes } from '../features/catalog/hooks/use-catalog.ts';
import { contentToFormValues, newItemFormValues } from '../features/catalog/item-form.ts';
import { useDepartments, useRegions } from '../features/org/hooks/use-org.ts';
import { isApiError } from '../shared/api.ts';
import { ErrorState, LoadingState } from '../shared/page-states.tsx';

/** The revision the editor starts from: the draft, else the latest published one. */
function baselineRevisionOf(item: ItemDetail) {
  if (item.draft) return { id: item.draft.id, content: item.draft.content };
  const latest = item.revisions.find((revision) => revision.state === 'published');
  if (!latest) return null;
  if (item.current?.id === latest.id) return { id: latest.id, content: item.current.content };
  // A scheduled revision is not `current` yet: its content is fetched on its own.
  return { id: latest.id, content: null };
}

function ExistingItem({ id }: { id: string }): ReactElement {
  const me = useSignedInStaff();
  const item = useAdminItem(id);
  const themes = useThemes();
  const departments = useDepartments();
  const regions = useRegions();
  const base = item.data ? baselineRevisionOf(item.data) : null;
  const revision = useRevision(base && base.content === null ? id : undefined, base?.id);
  const content = base?.content ?? revision.data?.revision.content ?? null;
  const baseline = useMemo(
    () =>
      item.data && content
        ? contentToFormValues(content, {
            implementationCode: item.data.implementationCode,
            departmentId: item.data.departmentId,
            hotRank: item.data.hotRank,
          })
        : null,
    [item.data, content],
  );

  if (item.isError) {
    if (isApiError(item.error, 404))
      return (
        <Result
          status="404"
          title="未找到该事项"
          subTitle="该事项不存在，或不在您管理的区划内。"
          extra={
            <Link to="/admin/catalog">
              <Button type="primary">返回事项管理</Button>
            </Link>
          }
        />
      );
    return <ErrorState error={item.error} onRetry={() => void item.refetch()} />;
  }
  if (revision.isError) return <ErrorState error={revision.error} onRetry={() => void revision.refetch()} />;
  if (!item.data || !baseline) return <LoadingState rows={10} />;
  return (
    <ItemEditor
      key={item.data.id}
      item={item.data}
      baseline={baseline}
      regionCode={item.data.regionCode}
      departments={departments.data ?? []}
      regions={regions.data ?? []}
      themes={themes.data ?? []}
      mayCreate={canManageCatalog(me)}
    />
  );
}

function NewItem(): ReactElement {
  const me = useSignedInStaff();
  const themes = useThemes();
  const departments = useDepartments();
  const regions = useRegions();
  const ownDepartments = (departments.data ?? []).filter(
    (department) => department.regionCode === me.regionCode,
  );
  const mine =
    me.departmentId && ownDepartments.some((d) => d.id === me.departmentId) ? me.departmentId : undefined;
  const baseline = useMemo(() => newItemFormValues(mine), [mine]);
  if (!canManageCatalog(me))
    return (
      <Result
        status="403"
        title="无权新增事项"
        subTitle="新增和调整事项由中心管理员或系统管理员办理。"
        extra={
          <Link to="/admin/catalog">
            <Button type="primary">返回事项管理</Button>
          </Link>
        }
      />
    );
  if (departments.isPending) return <LoadingState rows={10} />;
  return (
    <ItemEditor
      key="new"
      item={null}
      baseline={baseline}
      regionCode={me.regionCode}
      departments={departments.data ?? []}
      regions={regions.data ?? []}
      themes={themes.data ?? []}
      mayCreate
    />
  );
}

/** /admin/catalog/new and /admin/catalog/:id — the item editor. */
export function AdminCatalogItemPage(): ReactElement {
  const { id } = useParams();
  return id ? <ExistingItem key={id} id={id} /> : <NewItem />;
}
