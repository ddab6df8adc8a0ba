import { Type, type Static } from 'typebox';
import { HANDLING_KINDS } from '../clock/types.ts';

/*
 * The elements of a service item (政务服务事项), after GB/T 39046—2020 表4 and the national item
 * exchange tables. One revision of an item holds one `ItemContent`; the shape is the contract between
 * the API, the Excel workbook, the demo catalog and the web pages.
 *
 * The schema checks types and enumerations only. Whether the values make sense together (a name
 * present, the promised limit within the statutory one, well-formed codes) is `checkItemContent`'s
 * job, so the API and the Excel import report the same Chinese messages.
 */

/** 事项类型 — GB/T 39046 A.1, national codes in `CATEGORY_CODES`. */
export const CATEGORIES = [
  'licensing',
  'penalty',
  'coercion',
  'levy',
  'benefit',
  'inspection',
  'confirmation',
  'reward',
  'adjudication',
  'other_power',
  'public_service',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** 服务对象 — GB/T 39046 A.4, reduced to the two the portal filters by. */
export const SUBJECTS = ['natural_person', 'legal_person'] as const;
export type Subject = (typeof SUBJECTS)[number];

/** 办理渠道 */
export const CHANNELS = ['window', 'online', 'mobile', 'kiosk', 'post'] as const;
export type Channel = (typeof CHANNELS)[number];

/** 结果送达方式 */
export const DELIVERY_OPTIONS = ['window', 'post', 'online'] as const;
export type DeliveryOption = (typeof DELIVERY_OPTIONS)[number];

/** 材料来源渠道: the applicant brings it, a government body issues it, or it is reused as an e-license. */
export const MATERIAL_SOURCES = ['applicant', 'government', 'e_license'] as const;
export type MaterialSource = (typeof MATERIAL_SOURCES)[number];

/** 材料形式 */
export const MATERIAL_FORMS = ['original', 'copy', 'electronic'] as const;
export type MaterialForm = (typeof MATERIAL_FORMS)[number];

/** 审批结果类型 */
export const RESULT_KINDS = ['license', 'approval_document', 'certificate', 'other'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

/** Roles that do a process step (GLOSSARY roles). */
export const STEP_ROLES = ['clerk', 'chief_representative', 'reviewer', 'agent'] as const;
export type StepRole = (typeof STEP_ROLES)[number];

export const CategorySchema = Type.Enum(CATEGORIES);
export const SubjectSchema = Type.Enum(SUBJECTS);
export const HandlingKindSchema = Type.Enum(HANDLING_KINDS);

export const LegalBasisSchema = Type.Object({
  /** 法律法规名称, e.g. 《中华人民共和国行政许可法》 */
  title: Type.String({ maxLength: 200 }),
  /** 条款, e.g. 第二十九条 */
  article: Type.String({ maxLength: 100 }),
  /** 条款内容 (optional) */
  text: Type.Optional(Type.String({ maxLength: 4000 })),
});
export type LegalBasis = Static<typeof LegalBasisSchema>;

export const MaterialSchema = Type.Object({
  name: Type.String({ maxLength: 200 }),
  source: Type.Enum(MATERIAL_SOURCES),
  /** Who issues it when the source is a government body or an e-license, e.g. 公安机关. */
  issuedBy: Type.Optional(Type.String({ maxLength: 100 })),
  forms: Type.Array(Type.Enum(MATERIAL_FORMS), { maxItems: 3 }),
  /** 原件份数 / 复印件份数 (paper) */
  originalCopies: Type.Integer({ minimum: 0, maximum: 99 }),
  copyCopies: Type.Integer({ minimum: 0, maximum: 99 }),
  required: Type.Boolean(),
  /** 容缺: the case may be accepted while this material follows later. */
  deferrable: Type.Boolean(),
  templateUrl: Type.Optional(Type.String({ maxLength: 500 })),
  sampleUrl: Type.Optional(Type.String({ maxLength: 500 })),
  notes: Type.Optional(Type.String({ maxLength: 1000 })),
});
export type Material = Static<typeof MaterialSchema>;

export const FeeSchema = Type.Object({
  name: Type.String({ maxLength: 200 }),
  /** 收费标准 in fen (分); a fee that depends on the case gives the usual amount and explains in `notes`. */
  amountFen: Type.Integer({ minimum: 0 }),
  basis: Type.String({ maxLength: 500 }),
  /** 减免情形 */
  waivers: Type.Optional(Type.String({ maxLength: 1000 })),
  notes: Type.Optional(Type.String({ maxLength: 500 })),
});
export type Fee = Static<typeof FeeSchema>;

export const StepSchema = Type.Object({
  /** 环节名称, e.g. 受理, 审查, 决定, 制证, 送达 */
  name: Type.String({ maxLength: 50 }),
  role: Type.Enum(STEP_ROLES),
  /** 环节时限 in working days; 0 means the same day. */
  limitDays: Type.Integer({ minimum: 0, maximum: 999 }),
  description: Type.Optional(Type.String({ maxLength: 500 })),
});
export type Step = Static<typeof StepSchema>;

export const ItemContentSchema = Type.Object({
  name: Type.String({ maxLength: 200 }),
  /** 基本编码 (national or provincial basic catalog code); opaque, never parsed. */
  basicCode: Type.String({ maxLength: 50 }),
  category: CategorySchema,
  /** 行使层级 1 national … 6 village, 7 tiered (GB/T 39046 A.2). */
  exerciseLevel: Type.Integer({ minimum: 1, maximum: 7 }),
  /** 设定依据 / 实施依据 */
  legalBasis: Type.Array(LegalBasisSchema, { maxItems: 30 }),
  /** 受理条件 */
  conditions: Type.Array(Type.String({ maxLength: 1000 }), { maxItems: 30 }),
  subjects: Type.Array(SubjectSchema, { maxItems: 2 }),
  materials: Type.Array(MaterialSchema, { maxItems: 60 }),
  /** 收费项目; empty means free of charge (不收费). */
  fees: Type.Array(FeeSchema, { maxItems: 20 }),
  /** 法定办结时限 in working days. */
  statutoryLimitDays: Type.Integer(),
  /** 承诺办结时限 in working days; null for an immediate item (当场办结). */
  // Null first: the server's validator coerces types and would turn null into 0 for an integer-first union.
  promisedLimitDays: Type.Union([Type.Null(), Type.Integer()]),
  handlingKind: HandlingKindSchema,
  /** 网上办理深度: national 1–7 (consult, receive, pre-review, accept, process, result feedback, e-license). */
  onlineDepth: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { maxItems: 7 }),
  /** 到办事现场次数 */
  visitsRequired: Type.Integer({ minimum: 0, maximum: 2 }),
  /** Why the applicant must come in person, when visits are required. */
  visitReason: Type.Optional(Type.String({ maxLength: 500 })),
  channels: Type.Array(Type.Enum(CHANNELS), { maxItems: 5 }),
  steps: Type.Array(StepSchema, { maxItems: 20 }),
  result: Type.Object({
    name: Type.String({ maxLength: 200 }),
    kind: Type.Enum(RESULT_KINDS),
    issuesELicense: Type.Boolean(),
  }),
  delivery: Type.Array(Type.Enum(DELIVERY_OPTIONS), { maxItems: 3 }),
  /** 告知承诺制 */
  commitmentBased: Type.Boolean(),
  /** 办理地点 / 办理时间, shown on the guide; the window assignment lives with the hall layout. */
  location: Type.Optional(Type.String({ maxLength: 300 })),
  consultationPhone: Type.String({ maxLength: 50 }),
  complaintPhone: Type.String({ maxLength: 50 }),
  /** 责任事项 for the responsibility list (受理责任, 审查责任 …). */
  responsibilities: Type.Array(Type.String({ maxLength: 500 }), { maxItems: 20 }),
  /** 常见问题 */
  faq: Type.Array(
    Type.Object({ question: Type.String({ maxLength: 300 }), answer: Type.String({ maxLength: 2000 }) }),
    {
      maxItems: 30,
    },
  ),
  /** Codes of the themes (life events, business stages) the item belongs to. */
  themes: Type.Array(Type.String({ maxLength: 50 }), { maxItems: 20 }),
  keywords: Type.Array(Type.String({ maxLength: 30 }), { maxItems: 30 }),
  /** Clock warning thresholds: warn at or under this many working days, or this fraction, left. */
  warning: Type.Object({
    daysLeft: Type.Integer({ minimum: 0, maximum: 99 }),
    fractionLeft: Type.Number({ minimum: 0, maximum: 1 }),
  }),
});
export type ItemContent = Static<typeof ItemContentSchema>;

/** The clock's defaults (docs/calendar-and-clock.md), used when an item is created without its own. */
export const DEFAULT_WARNING: ItemContent['warning'] = { daysLeft: 1, fractionLeft: 0.2 };
