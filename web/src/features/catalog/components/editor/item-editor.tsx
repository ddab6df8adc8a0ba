import {
  ApartmentOutlined,
  DeleteOutlined,
  ExportOutlined,
  SaveOutlined,
  SendOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { Alert, App as AntApp, Badge, Button, Card, Form, Space, Tabs } from 'antd';
import { isWithinRegion } from '../../../../../../domain/org/index.ts';
import { useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { useBlocker, useNavigate } from 'react-router';
import {
  checkItemContent,
  isWellFormedItemCode,
  type ContentProblem,
} from '../../../../../../domain/catalog/check.ts';
import { ApiError, describeError } from '../../../../shared/api.ts';
import { formatChineseDay, hallTodayIsoDate } from '../../../../shared/format.ts';
import { PageHeader } from '../../../../shared/layout/page-header.tsx';
import { useIdempotencyKey } from '../../../../shared/use-idempotency-key.ts';
import { contentProblemsOf, type ItemDetail, type Theme } from '../../api/catalog-api.ts';
import {
  useAbolishItem,
  useCreateItem,
  useDelegateItem,
  useDiscardDraft,
  usePublishDraft,
  useSaveDraft,
} from '../../hooks/use-catalog.ts';
import {
  EDITOR_SECTIONS,
  formValuesToContent,
  groupProblems,
  mergeProblems,
  parseProblemPath,
  sectionOfProblem,
  type EditorSection,
  type ItemFormValues,
} from '../../item-form.ts';
import { CHANGE_KIND_LABELS } from '../../labels.ts';
import { ItemStatusTag } from '../item-tags.tsx';
import { BasicSection, BasisSection } from './basic-sections.tsx';
import { ContactSection, ThemesSection } from './contact-sections.tsx';
import {
  AbolishModal,
  DelegateModal,
  PublishModal,
  type DepartmentInRegion,
  type RegionChoice,
} from './lifecycle-modals.tsx';
import { FeesSection, MaterialsSection } from './material-sections.tsx';
import { ProblemsContext } from './problem-fields.tsx';
import { HandlingSection, LimitsSection, ResultSection } from './process-sections.tsx';
import { RevisionHistory } from './revision-history.tsx';

export interface ItemEditorProps {
  /** The item being edited; null while creating one. */
  item: ItemDetail | null;
  /** What the form starts from: the draft, else the latest published revision, else a blank item. */
  baseline: ItemFormValues;
  /** The region the item belongs to (the admin's own when creating). */
  regionCode: string;
  departments: readonly DepartmentInRegion[];
  regions: readonly RegionChoice[];
  themes: readonly Theme[];
  /** For a new item, whether the admin may create one; an existing item says so in `actions`. */
  mayCreate: boolean;
}

type Dialog = 'publish' | 'abolish' | 'delegate' | null;
const HISTORY_TAB = 'history';

/** What the server would store, to tell whether the form has unsaved changes. */
function snapshotOf(values: ItemFormValues): string {
  return JSON.stringify({
    content: formValuesToContent(values).content,
    implementationCode: values.implementationCode.trim(),
    departmentId: values.departmentId ?? null,
    hotRank: values.hotRank ?? null,
  });
}

/** Problems the form can see before the server does: the content check, plus the item's own columns. */
function clientProblems(values: ItemFormValues, isNew: boolean): ContentProblem[] {
  const { content, problems } = formValuesToContent(values);
  const own: ContentProblem[] = [];
  const code = values.implementationCode.trim();
  if (isNew && code === '') own.push({ path: 'implementationCode', message: '请填写实施编码' });
  else if (isNew && !isWellFormedItemCode(code)) {
    own.push({ path: 'implementationCode', message: '实施编码只能由字母、数字和连字符组成，且不超过 50 位' });
  }
  if (!values.departmentId) own.push({ path: 'departmentId', message: '请选择实施部门' });
  return [...own, ...problems, ...checkItemContent(content)];
}

function publishedMessage(effectiveOn: string, today: string): string {
  return effectiveOn <= today ? '已发布，即日起生效' : `已发布，将于 ${formatChineseDay(effectiveOn)} 起生效`;
}

/**
 * The item editor: every content element in tabs, the content check running as the admin types (the
 * same `checkItemContent` the server runs), problems next to their fields and listed at the top, and
 * only the actions the server allows.
 */
export function ItemEditor({
  item,
  baseline,
  regionCode,
  departments,
  regions,
  themes,
  mayCreate,
}: ItemEditorProps): ReactElement {
  const { message, modal } = AntApp.useApp();
  const navigate = useNavigate();
  const isNew = item === null;
  const editable = isNew ? mayCreate : item.actions.editDraft;
  const [form] = Form.useForm<ItemFormValues>();
  const [values, setValues] = useState<ItemFormValues>(baseline);
  const [attempted, setAttempted] = useState(!isNew);
  const [serverProblems, setServerProblems] = useState<ContentProblem[]>([]);
  const [activeTab, setActiveTab] = useState<string>('basic');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [isSaving, setSaving] = useState(false);
  const leaving = useRef(false);
  const createKey = useIdempotencyKey();
  const lifecycleKey = useIdempotencyKey();
  const today = hallTodayIsoDate();

  const itemId = item?.id ?? '';
  const create = useCreateItem();
  const saveDraft = useSaveDraft(itemId);
  const discard = useDiscardDraft(itemId);
  const publish = usePublishDraft(itemId);
  const abolish = useAbolishItem(itemId);
  const delegate = useDelegateItem(itemId);

  const baselineSnapshot = useMemo(() => snapshotOf(baseline), [baseline]);
  const valuesSnapshot = useMemo(() => snapshotOf(values), [values]);
  const isDirty = editable && valuesSnapshot !== baselineSnapshot;
  const problems = useMemo(() => clientProblems(values, isNew), [values, isNew]);

  // The server's version changed (saved, discarded, published elsewhere): follow it unless the admin
  // has edits of their own that it would overwrite.
  const shownBaseline = useRef(baselineSnapshot);
  const forceReset = useRef(false);
  useEffect(() => {
    if (shownBaseline.current === baselineSnapshot) return;
    const hadNoEdits = snapshotOf(form.getFieldsValue(true) as ItemFormValues) === shownBaseline.current;
    shownBaseline.current = baselineSnapshot;
    if (hadNoEdits || forceReset.current) {
      forceReset.current = false;
      form.resetFields();
      setValues(baseline);
      setServerProblems([]);
    }
  }, [baselineSnapshot, baseline, form]);

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      isDirty && !leaving.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: '有未保存的修改',
      content: '离开后，本次修改将丢失。',
      okText: '放弃修改并离开',
      cancelText: '留在本页',
      okButtonProps: { danger: true },
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal]);
  useEffect(() => {
    if (!isDirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  const shownProblems = editable ? mergeProblems(attempted ? problems : [], serverProblems) : [];
  const grouped = useMemo(() => groupProblems(shownProblems), [shownProblems]);
  const countBySection = new Map<EditorSection, number>();
  for (const problem of shownProblems) {
    const section = sectionOfProblem(problem.path);
    countBySection.set(section, (countBySection.get(section) ?? 0) + 1);
  }

  const showWriteError = (error: unknown) => {
    const fromServer =
      error instanceof ApiError && error.code === 'ITEM_CODE_TAKEN'
        ? [{ path: 'implementationCode', message: error.message }]
        : contentProblemsOf(error);
    if (fromServer.length > 0) {
      setServerProblems(fromServer);
      setActiveTab(sectionOfProblem(fromServer[0]!.path));
    }
    void message.error(describeError(error));
  };

  /** Saves the draft (or creates the item); the saved item, or null when it could not be saved. */
  const save = async (): Promise<ItemDetail | null> => {
    setAttempted(true);
    if (problems.length > 0) {
      setActiveTab(sectionOfProblem(problems[0]!.path));
      void message.error(`还有 ${problems.length} 处需要修改，请按提示修改后再保存`);
      return null;
    }
    const current = form.getFieldsValue(true) as ItemFormValues;
    const { content } = formValuesToContent(current);
    setSaving(true);
    try {
      if (isNew) {
        const created = await create.mutateAsync({
          input: {
            departmentId: current.departmentId!,
            implementationCode: current.implementationCode.trim(),
            hotRank: current.hotRank ?? null,
            content,
          },
          idempotencyKey: createKey.current(),
        });
        createKey.renew();
        leaving.current = true;
        void message.success('草稿已保存');
        void navigate(`/admin/catalog/${created.id}`, { replace: true });
        return created;
      }
      const saved = await saveDraft.mutateAsync({
        // The version this form was loaded from: a save over another admin's newer change is refused.
        expectedVersion: item!.version,
        departmentId: current.departmentId!,
        hotRank: current.hotRank ?? null,
        content,
      });
      setServerProblems([]);
      void message.success('草稿已保存');
      return saved;
    } catch (error) {
      showWriteError(error);
      return null;
    } finally {
      setSaving(false);
    }
  };

  const submitPublish = async (input: { effectiveOn: string; reason: string | null }) => {
    if (isDirty && !(await save())) {
      setDialog(null);
      return;
    }
    publish.mutate(
      { input, idempotencyKey: lifecycleKey.current() },
      {
        onSuccess: () => {
          lifecycleKey.renew();
          setDialog(null);
          void message.success(publishedMessage(input.effectiveOn, today));
        },
      },
    );
  };

  const openDialog = (next: Dialog) => {
    publish.reset();
    abolish.reset();
    delegate.reset();
    lifecycleKey.renew();
    setDialog(next);
  };

  const confirmDiscard = () =>
    modal.confirm({
      title: '放弃草稿',
      content: '放弃后，草稿中的修改将丢失，事项恢复为已发布的版本。',
      okText: '放弃草稿',
      okButtonProps: { danger: true },
      cancelText: '返回',
      onOk: () =>
        new Promise<void>((resolve) => {
          forceReset.current = true;
          discard.mutate(undefined, {
            onSuccess: () => void message.success('草稿已放弃'),
            onError: (error) => {
              forceReset.current = false;
              void message.error(describeError(error));
            },
            onSettled: () => resolve(),
          });
        }),
    });

  const latestPublished = item?.revisions.find((revision) => revision.state === 'published') ?? null;
  const wasPublished = latestPublished !== null;
  // The server's rule (domain/catalog/lifecycle.ts): the first day a change may take effect.
  const earliest = item?.earliestEffectiveOn ?? null;

  const actions = item?.actions;
  const headerActions = (
    <Space wrap>
      {item && (
        <Button
          icon={<ExportOutlined />}
          href={`/portal/items/${item.id}`}
          target="_blank"
          disabled={item.status !== 'in_force'}
        >
          查看办事指南
        </Button>
      )}
      {actions?.discardDraft && (
        <Button icon={<DeleteOutlined />} onClick={confirmDiscard} loading={discard.isPending}>
          放弃草稿
        </Button>
      )}
      {actions?.delegate && (
        <Button icon={<ApartmentOutlined />} onClick={() => openDialog('delegate')}>
          下放
        </Button>
      )}
      {actions?.abolish && (
        <Button danger icon={<StopOutlined />} onClick={() => openDialog('abolish')}>
          取消事项
        </Button>
      )}
      {editable && (
        <Button
          icon={<SaveOutlined />}
          type={actions?.publish ? 'default' : 'primary'}
          loading={isSaving}
          onClick={() => void save()}
        >
          保存草稿
        </Button>
      )}
      {actions?.publish && (
        <Button type="primary" icon={<SendOutlined />} onClick={() => openDialog('publish')}>
          发布
        </Button>
      )}
    </Space>
  );

  const sectionBody: Record<EditorSection, ReactElement> = {
    basic: (
      <BasicSection
        isNew={isNew}
        // A new item may belong to a township or village below: it takes its department's region.
        departments={departments.filter((d) =>
          isNew ? isWithinRegion(d.regionCode, regionCode) : d.regionCode === regionCode,
        )}
      />
    ),
    basis: <BasisSection />,
    materials: <MaterialsSection itemId={isNew ? undefined : itemId} />,
    fees: <FeesSection />,
    limits: <LimitsSection />,
    handling: <HandlingSection />,
    result: <ResultSection />,
    contact: <ContactSection />,
    themes: <ThemesSection themes={themes} />,
  };

  const tabItems = [
    ...EDITOR_SECTIONS.map((section) => {
      const count = countBySection.get(section.key) ?? 0;
      return {
        key: section.key,
        forceRender: true,
        label: (
          <Badge count={count} size="small" offset={[8, -2]}>
            <span>{section.label}</span>
          </Badge>
        ),
        children: sectionBody[section.key],
      };
    }),
    ...(item
      ? [
          {
            key: HISTORY_TAB,
            label: `历史版本（${item.revisions.length}）`,
            children: <RevisionHistory item={item} />,
          },
        ]
      : []),
  ];

  const title = isNew ? '新增事项' : item.name;
  const draft = item?.draft ?? null;

  return (
    <div className="ow-page ow-item-editor">
      <PageHeader
        breadcrumb={[{ label: '事项管理', to: '/admin/catalog' }, { label: isNew ? '新增事项' : item.name }]}
        title={
          <span className="ow-item-editor-title">
            {title}
            {item && <ItemStatusTag status={item.status} />}
            {isDirty && <span className="ow-unsaved">有未保存的修改</span>}
          </span>
        }
        subtitle={
          item ? (
            <>
              <span className="ow-mono">{item.implementationCode}</span> · {item.departmentName} ·{' '}
              {item.regionName}
              {item.current &&
                (item.status === 'in_force'
                  ? ` · 在用第 ${item.current.version} 版`
                  : ` · 第 ${item.current.version} 版`)}
            </>
          ) : (
            '填写事项要素后保存为草稿；发布后才在门户公开并受理申请。'
          )
        }
        extra={headerActions}
      />

      {item && !editable && (item.status === 'abolished' || item.status === 'delegated') && (
        <Alert
          className="ow-card-gap"
          type="warning"
          showIcon
          title={`该事项已${item.status === 'abolished' ? '取消' : '下放'}，不能再调整。`}
        />
      )}
      {item && !draft && latestPublished?.status === 'scheduled' && latestPublished.effectiveOn && (
        <Alert
          className="ow-card-gap"
          type="info"
          showIcon
          title={`第 ${latestPublished.version} 版已发布，将于${formatChineseDay(latestPublished.effectiveOn)}起生效。以下为该版本的内容，修改后将形成新的草稿。`}
        />
      )}
      {item && draft && (
        <Alert
          className="ow-card-gap"
          type="info"
          showIcon
          title={`正在编辑第 ${draft.version} 版草稿（${CHANGE_KIND_LABELS[draft.changeKind]}），发布后才生效。`}
        />
      )}
      {shownProblems.length > 0 && (
        <Alert
          className="ow-card-gap ow-problem-summary"
          type="error"
          showIcon
          title={`还有 ${shownProblems.length} 处需要修改`}
          description={
            <ul>
              {shownProblems.map((problem) => (
                <li key={`${problem.path}-${problem.message}`}>
                  <a
                    href={`#${problem.path}`}
                    onClick={(event) => {
                      event.preventDefault();
                      setActiveTab(sectionOfProblem(problem.path));
                    }}
                  >
                    {EDITOR_SECTIONS.find((section) => section.key === sectionOfProblem(problem.path))?.label}
                  </a>
                  ：{problem.message}
                </li>
              ))}
            </ul>
          }
        />
      )}

      <Card variant="borderless">
        <ProblemsContext.Provider value={grouped}>
          <Form<ItemFormValues>
            form={form}
            layout="vertical"
            initialValues={baseline}
            disabled={!editable}
            onValuesChange={(changed: Partial<ItemFormValues>) => {
              setValues(form.getFieldsValue(true) as ItemFormValues);
              const touched = new Set(Object.keys(changed));
              setServerProblems((current) =>
                current.filter((problem) => !touched.has(String(parseProblemPath(problem.path)[0]))),
              );
            }}
            onFinish={() => void save()}
            scrollToFirstError
          >
            <Tabs activeKey={activeTab} onChange={setActiveTab} items={tabItems} />
          </Form>
        </ProblemsContext.Provider>
      </Card>

      {item && (
        <>
          <PublishModal
            open={dialog === 'publish'}
            wasPublished={wasPublished}
            earliest={earliest}
            today={today}
            hasUnsavedChanges={isDirty}
            pending={publish.isPending || isSaving}
            error={publish.error}
            onSubmit={(input) => void submitPublish(input)}
            onCancel={() => setDialog(null)}
          />
          <AbolishModal
            open={dialog === 'abolish'}
            itemName={item.name}
            earliest={earliest ?? today}
            pending={abolish.isPending}
            error={abolish.error}
            onSubmit={(input) =>
              abolish.mutate(
                { input, idempotencyKey: lifecycleKey.current() },
                {
                  onSuccess: () => {
                    setDialog(null);
                    void message.success(
                      input.effectiveOn <= today
                        ? '事项已取消'
                        : `事项将于 ${formatChineseDay(input.effectiveOn)} 起取消`,
                    );
                  },
                },
              )
            }
            onCancel={() => setDialog(null)}
          />
          <DelegateModal
            open={dialog === 'delegate'}
            itemName={item.name}
            itemRegionCode={item.regionCode}
            regions={regions}
            departments={departments}
            earliest={earliest ?? today}
            pending={delegate.isPending}
            error={delegate.error}
            onSubmit={(input) =>
              delegate.mutate(
                { input, idempotencyKey: lifecycleKey.current() },
                {
                  onSuccess: () => {
                    setDialog(null);
                    void message.success(
                      input.effectiveOn <= today
                        ? '事项已下放'
                        : `事项将于 ${formatChineseDay(input.effectiveOn)} 起下放`,
                    );
                  },
                },
              )
            }
            onCancel={() => setDialog(null)}
          />
        </>
      )}
    </div>
  );
}
