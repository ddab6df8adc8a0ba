import { Type, type Static } from 'typebox';
import {
  CATEGORIES,
  FORM_KINDS,
  ITEM_STATUSES,
  ItemContentSchema,
  SUBJECTS,
} from '../../../domain/catalog/index.ts';
import { HANDLING_KINDS } from '../../../domain/clock/types.ts';
import { ErrorResponse, IsoDateString, LiteralUnion, Nullable, RegionCode } from '../../platform/http.ts';
import { ITEM_ACTIONS } from './policy.ts';

/*
 * The catalog's request and response contracts, written once: the routes validate and document with
 * them, and the web takes its types from them (`Static<typeof ItemDetail>`).
 */

export const Uuid = Type.String({ format: 'uuid' });
export const Category = LiteralUnion(CATEGORIES);
export const Subject = LiteralUnion(SUBJECTS);
export const REVISION_STATUSES = [...ITEM_STATUSES, 'superseded'] as const;
export const CHANGE_KINDS = ['created', 'amended', 'abolished', 'delegated'] as const;
export const ItemCode = Type.String({ minLength: 1, maxLength: 50 });

/** An open item as lists and search show it. */
export const ItemSummary = Type.Object({
  id: Type.String(),
  regionCode: RegionCode,
  regionName: Type.String(),
  implementationCode: Type.String(),
  name: Type.String(),
  category: Category,
  departmentId: Type.String(),
  departmentName: Type.String(),
  subjects: Type.Array(Subject),
  themes: Type.Array(Type.String()),
  hotRank: Nullable(Type.Integer()),
  handlingKind: LiteralUnion(HANDLING_KINDS),
  promisedLimitDays: Nullable(Type.Integer()),
  statutoryLimitDays: Type.Integer(),
  visitsRequired: Type.Integer(),
  onlineDepth: Type.Array(Type.Integer()),
});

export const Theme = Type.Object({
  code: Type.String(),
  name: Type.String(),
  audience: Subject,
  description: Type.String(),
  sortOrder: Type.Integer(),
  itemCount: Type.Integer(),
});

export const FormKindSchema = LiteralUnion(FORM_KINDS);

export const GuideForm = Type.Object({
  id: Type.String(),
  materialName: Type.String(),
  kind: FormKindSchema,
  fileName: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
});

/** A form as the catalog admin sees it. */
export const ItemForm = Type.Object({
  ...GuideForm.properties,
  sha256: Type.String(),
  uploadedAt: Type.String({ format: 'date-time' }),
});

export const Guide = Type.Object({
  id: Type.String(),
  regionCode: RegionCode,
  regionName: Type.String(),
  implementationCode: Type.String(),
  departmentName: Type.String(),
  departmentPhone: Nullable(Type.String()),
  version: Type.Integer(),
  effectiveOn: IsoDateString,
  content: ItemContentSchema,
  /** A published change that takes effect later (调整 or 取消), so the guide can warn. */
  upcoming: Nullable(
    Type.Object({
      changeKind: LiteralUnion(CHANGE_KINDS),
      effectiveOn: IsoDateString,
      status: LiteralUnion(REVISION_STATUSES),
    }),
  ),
  windows: Type.Array(
    Type.Object({
      centerId: Type.String(),
      centerName: Type.String(),
      address: Type.String(),
      openingHours: Type.String(),
      hallName: Nullable(Type.String()),
      floor: Nullable(Type.Integer()),
      zoneName: Nullable(Type.String()),
      number: Type.String(),
      windowName: Type.String(),
    }),
  ),
  /** 表格下载: blank forms and filled-in samples by material name; GET …/forms/:formId downloads one. */
  forms: Type.Array(GuideForm),
});

export const RevisionSummary = Type.Object({
  id: Type.String(),
  version: Type.Integer(),
  state: LiteralUnion(['draft', 'published'] as const),
  status: LiteralUnion(REVISION_STATUSES),
  changeKind: LiteralUnion(CHANGE_KINDS),
  reason: Nullable(Type.String()),
  effectiveOn: Nullable(IsoDateString),
  effectiveUntil: Nullable(IsoDateString),
  createdAt: Type.String(),
  publishedAt: Nullable(Type.String()),
  publishedByName: Nullable(Type.String()),
  delegatedTo: Nullable(Type.Object({ regionCode: RegionCode, itemId: Type.String() })),
});
export const RevisionWithContent = Type.Intersect([
  RevisionSummary,
  Type.Object({ content: ItemContentSchema }),
]);

export const ItemActions = Type.Object({
  editDraft: Type.Boolean(),
  publish: Type.Boolean(),
  discardDraft: Type.Boolean(),
  abolish: Type.Boolean(),
  delegate: Type.Boolean(),
});

export const ItemDetail = Type.Object({
  id: Type.String(),
  regionCode: RegionCode,
  regionName: Type.String(),
  implementationCode: Type.String(),
  departmentId: Type.String(),
  departmentName: Type.String(),
  hotRank: Nullable(Type.Integer()),
  delegatedFrom: Nullable(Type.Object({ regionCode: RegionCode, itemId: Type.String() })),
  status: LiteralUnion(ITEM_STATUSES),
  name: Type.String(),
  current: Nullable(RevisionWithContent),
  draft: Nullable(RevisionWithContent),
  revisions: Type.Array(RevisionSummary),
  /** Bumped by every change to the item; a draft save sends the version it was edited from. */
  version: Type.Integer(),
  /** What the caller may do now; the UI shows only these. */
  actions: ItemActions,
  /** Why an action the caller's role allows is not possible now (the item's state), in Chinese. */
  refusals: Type.Partial(Type.Record(LiteralUnion(ITEM_ACTIONS), Type.String())),
  /** The first day a change may take effect (null: any day); the date pickers refuse days before it. */
  earliestEffectiveOn: Nullable(IsoDateString),
});

export const ItemRow = Type.Object({
  id: Type.String(),
  regionCode: RegionCode,
  implementationCode: Type.String(),
  departmentId: Type.String(),
  departmentName: Type.String(),
  hotRank: Nullable(Type.Integer()),
  name: Type.String(),
  category: Category,
  version: Type.Integer(),
  status: LiteralUnion(ITEM_STATUSES),
});

export const ImportReport = Type.Object({
  dryRun: Type.Boolean(),
  created: Type.Integer(),
  amended: Type.Integer(),
  abolished: Type.Integer(),
  delegated: Type.Integer(),
  unchanged: Type.Integer(),
});

export const readErrors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
export const writeErrors = { ...readErrors, 409: ErrorResponse, 422: ErrorResponse };
// ---------------------------------------------------------------------------------------------
// Requests of the admin routes
// ---------------------------------------------------------------------------------------------

export const ItemParams = Type.Object({ id: Uuid });
const HotRank = Nullable(Type.Integer({ minimum: 1, maximum: 999 }));
const Reason = Type.String({ maxLength: 500 });

export const ItemListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  status: Type.Optional(LiteralUnion(ITEM_STATUSES)),
  department: Type.Optional(Uuid),
  category: Type.Optional(Category),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
});

export const ItemList = Type.Object({
  total: Type.Integer(),
  counts: Type.Record(Type.String(), Type.Integer()),
  items: Type.Array(ItemRow),
});

export const NewItemBody = Type.Object({
  regionCode: Type.Optional(RegionCode),
  departmentId: Uuid,
  implementationCode: ItemCode,
  hotRank: Type.Optional(HotRank),
  content: ItemContentSchema,
});

export const DraftBody = Type.Object({
  content: ItemContentSchema,
  /** The item's `version` the editor started from: a save over someone else's newer change is refused. */
  expectedVersion: Type.Integer({ minimum: 1 }),
  departmentId: Type.Optional(Uuid),
  hotRank: Type.Optional(HotRank),
});

export const PublishBody = Type.Object({
  effectiveOn: IsoDateString,
  reason: Type.Optional(Nullable(Reason)),
});

export const AbolishBody = Type.Object({ effectiveOn: IsoDateString, reason: Reason });

export const DelegateBody = Type.Object({
  effectiveOn: IsoDateString,
  reason: Reason,
  toRegionCode: RegionCode,
  toDepartmentId: Uuid,
  implementationCode: ItemCode,
});

export const RevisionParams = Type.Object({ id: Uuid, revisionId: Uuid });

export const RevisionDetail = Type.Object({
  revision: RevisionWithContent,
  previousVersion: Nullable(Type.Integer()),
  changes: Type.Array(
    Type.Object({
      field: Type.String(),
      label: Type.String(),
      added: Type.Optional(Type.Array(Type.String())),
      removed: Type.Optional(Type.Array(Type.String())),
      before: Type.Optional(Type.Unknown()),
      after: Type.Optional(Type.Unknown()),
    }),
  ),
});

export const ThemeParams = Type.Object({ code: Type.String({ pattern: '^[a-z][a-z0-9_]{1,49}$' }) });

export const ThemeBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 50 }),
  audience: Subject,
  description: Type.String({ maxLength: 500 }),
  sortOrder: Type.Integer({ minimum: 0, maximum: 9999 }),
});

export const SavedTheme = Type.Intersect([Type.Object({ code: Type.String() }), ThemeBody]);

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type ItemDetail = Static<typeof ItemDetail>;
export type ItemRow = Static<typeof ItemRow>;
export type ItemSummary = Static<typeof ItemSummary>;
export type Guide = Static<typeof Guide>;
export type Theme = Static<typeof Theme>;
export type RevisionSummary = Static<typeof RevisionSummary>;
export type ImportReport = Static<typeof ImportReport>;
export type ItemList = Static<typeof ItemList>;
export type RevisionDetail = Static<typeof RevisionDetail>;
export type NewItemBody = Static<typeof NewItemBody>;
export type DraftBody = Static<typeof DraftBody>;
export type PublishBody = Static<typeof PublishBody>;
export type AbolishBody = Static<typeof AbolishBody>;
export type DelegateBody = Static<typeof DelegateBody>;
export type ThemeBody = Static<typeof ThemeBody>;
