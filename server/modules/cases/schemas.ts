import { Type, type Static } from 'typebox';
import { CASE_STATES } from '../../../domain/cases/machine.ts';
import { MATERIAL_STATUSES } from '../../../domain/cases/materials.ts';
import { HANDLING_KINDS, PAUSE_REASONS } from '../../../domain/clock/types.ts';
import { ErrorResponse, IsoDateString, LiteralUnion, Nullable } from '../../platform/http.ts';
import { NOTICE_KINDS } from './schema.ts';

/*
 * The cases module's request and response contracts, written once: the routes validate and document
 * with them, and the web takes its types from them (`Static<typeof CaseDetail>`).
 */

export const Uuid = Type.String({ format: 'uuid' });
export const CaseParams = Type.Object({ id: Uuid });
export const CaseStateSchema = LiteralUnion(CASE_STATES);
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const Reason = Type.String({ minLength: 1, maxLength: 1000 });
const Version = Type.Integer({
  minimum: 1,
  description: 'The version the page showed; a stale one is refused (409)',
});

export const readErrors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
export const writeErrors = { ...readErrors, 409: ErrorResponse, 422: ErrorResponse };

/** The legal clock as every page shows it ("剩余 3 个工作日"); null before acceptance or when not countable yet. */
export const ClockView = Type.Object({
  status: LiteralUnion(['normal', 'warning', 'overdue', 'paused', 'concluded'] as const),
  explanation: Type.String(),
  dueDate: IsoDateString,
  isPastDue: Type.Boolean(),
  leftDays: Type.Integer(),
  usedDays: Type.Integer(),
  overdueDays: Type.Integer(),
  limitDays: Type.Integer(),
  extensionDays: Type.Integer(),
  pausedDays: Type.Integer(),
  provisional: Type.Boolean(),
});
export type ClockViewType = Static<typeof ClockView>;

export const CaseSummary = Type.Object({
  id: Type.String(),
  caseNumber: Nullable(Type.String()),
  state: CaseStateSchema,
  stateLabel: Type.String(),
  channel: LiteralUnion(['online', 'window'] as const),
  itemId: Type.String(),
  itemName: Type.String(),
  departmentId: Type.String(),
  handlingKind: LiteralUnion(HANDLING_KINDS),
  applicantName: Type.String(),
  submittedAt: Nullable(Type.String({ format: 'date-time' })),
  receivedAt: Nullable(Type.String({ format: 'date-time' })),
  acceptedAt: Nullable(Type.String({ format: 'date-time' })),
  dueOn: Nullable(IsoDateString),
  dueProvisional: Type.Boolean(),
  outcome: Nullable(LiteralUnion(['approved', 'denied'] as const)),
  flags: Type.Array(Type.String()),
  clock: Nullable(ClockView),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type CaseSummaryType = Static<typeof CaseSummary>;

export const MaterialLine = Type.Object({
  index: Type.Integer(),
  name: Type.String(),
  required: Type.Boolean(),
  deferrable: Type.Boolean(),
  status: LiteralUnion(MATERIAL_STATUSES),
  statusLabel: Type.String(),
  reason: Nullable(Type.String()),
  deferredUntil: Nullable(IsoDateString),
  fileName: Nullable(Type.String()),
  size: Nullable(Type.Integer()),
  reusedFromCaseNumber: Nullable(Type.String()),
});

export const StepView = Type.Object({
  index: Type.Integer(),
  kind: LiteralUnion(['step', 'countersign'] as const),
  name: Type.String(),
  role: Type.String(),
  limitDays: Type.Integer(),
  departmentId: Nullable(Type.String()),
  assigneeId: Nullable(Type.String()),
  assigneeName: Nullable(Type.String()),
  status: LiteralUnion(['waiting', 'active', 'done'] as const),
  startedAt: Nullable(Type.String({ format: 'date-time' })),
  answerBy: Nullable(Type.String({ format: 'date-time' })),
  completedAt: Nullable(Type.String({ format: 'date-time' })),
  completedByName: Nullable(Type.String()),
  outcome: Nullable(Type.String()),
  opinion: Nullable(Type.String()),
});

export const TimelineEntry = Type.Object({
  at: Type.String({ format: 'date-time' }),
  action: Type.String(),
  toState: CaseStateSchema,
  stateLabel: Type.String(),
  summary: Type.String(),
  note: Nullable(Type.String()),
  /** Staff see who; the applicant and the progress page see the department or 系统. */
  actorName: Nullable(Type.String()),
});

export const NoticeRef = Type.Object({
  id: Type.String(),
  kind: LiteralUnion(NOTICE_KINDS),
  kindLabel: Type.String(),
  number: Type.String(),
  issuedAt: Type.String({ format: 'date-time' }),
});

export const CaseDetail = Type.Object({
  ...CaseSummary.properties,
  version: Type.Integer(),
  itemRegionCode: Type.String(),
  revisionId: Type.String(),
  promisedLimitDays: Type.Integer(),
  statutoryLimitDays: Type.Integer(),
  applicantKind: LiteralUnion(['natural_person', 'legal_person'] as const),
  applicantIdType: LiteralUnion(['id_card', 'uscc'] as const),
  applicantIdNumber: Type.String({ description: 'Masked unless the caller may read it whole' }),
  applicantMobile: Type.String({ description: 'Masked' }),
  agent: Nullable(Type.Object({ name: Type.String(), idNumber: Type.String(), authority: Type.String() })),
  assisted: Type.Boolean(),
  formData: Type.Record(Type.String(), Type.String()),
  deliveryMethod: LiteralUnion(['window', 'post'] as const),
  noticeDueOn: Nullable(IsoDateString),
  deemedAccepted: Type.Boolean(),
  correctionCount: Type.Integer(),
  concludedAt: Nullable(Type.String({ format: 'date-time' })),
  concludedOnTime: Nullable(Type.Boolean()),
  releaseDueOn: Nullable(IsoDateString),
  releasedAt: Nullable(Type.String({ format: 'date-time' })),
  materials: Type.Array(MaterialLine),
  steps: Type.Array(StepView),
  timeline: Type.Array(TimelineEntry),
  notices: Type.Array(NoticeRef),
  /** 计算依据: how the due date was counted, line by line (Chinese). */
  clockBasis: Type.Array(Type.String()),
  actions: Type.Record(Type.String(), Type.Boolean()),
  refusals: Type.Record(Type.String(), Type.String()),
});
export type CaseDetailType = Static<typeof CaseDetail>;
export const CaseReply = Type.Object({ case: CaseDetail });

export const CaseList = Type.Object({
  cases: Type.Array(CaseSummary),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const WORKBENCH_QUEUES = [
  'to_pre_review',
  'to_accept',
  'correcting',
  'to_process',
  'due_soon',
  'overdue',
  'suspended',
  'to_release',
] as const;
export const WorkbenchQueue = LiteralUnion(WORKBENCH_QUEUES);

export const CaseListQuery = Type.Object({
  queue: Type.Optional(WorkbenchQueue),
  q: Type.Optional(Type.String({ maxLength: 50, description: 'Case number or applicant name' })),
  mine: Type.Optional(Type.Boolean({ description: 'Only cases with a step assigned to me' })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
});

export const WorkbenchCounts = Type.Object({
  counts: Type.Record(WorkbenchQueue, Type.Integer()),
  today: IsoDateString,
});

// ---- Requests ----

export const ApplicantInput = Type.Object({
  kind: LiteralUnion(['natural_person', 'legal_person'] as const),
  name: Text(100),
  idType: LiteralUnion(['id_card', 'uscc'] as const),
  idNumber: Type.String({ minLength: 15, maxLength: 18 }),
  mobile: Type.String({ minLength: 11, maxLength: 11 }),
});

export const AgentInput = Type.Object({
  name: Text(50),
  idNumber: Type.String({ minLength: 18, maxLength: 18 }),
  authority: Text(500),
});

const FormData = Type.Record(Type.String({ maxLength: 50 }), Type.String({ maxLength: 2000 }), {
  maxProperties: 60,
});
const Delivery = Type.Object({
  method: LiteralUnion(['window', 'post'] as const),
  address: Type.Optional(
    Type.Object({
      recipient: Text(50),
      mobile: Type.String({ minLength: 11, maxLength: 11 }),
      address: Text(200),
      postcode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
    }),
  ),
});

export const ChecklistInput = Type.Array(
  Type.Object({
    index: Type.Integer({ minimum: 0, maximum: 59 }),
    status: LiteralUnion(['submitted', 'reused', 'missing', 'deferred', 'committed'] as const),
    deferredUntil: Type.Optional(IsoDateString),
    reusedFromCaseNumber: Type.Optional(Type.String({ maxLength: 50 })),
  }),
  { maxItems: 60 },
);

export const WalkInBody = Type.Object({
  itemId: Uuid,
  applicant: ApplicantInput,
  agent: Type.Optional(AgentInput),
  assisted: Type.Optional(Type.Boolean({ description: '帮办代办: a center agent carries the case' })),
  formData: Type.Optional(FormData),
  delivery: Type.Optional(Delivery),
  checklist: ChecklistInput,
});

export const DraftBody = Type.Object({
  itemId: Uuid,
  applicant: ApplicantInput,
  formData: Type.Optional(FormData),
  delivery: Type.Optional(Delivery),
});

export const DraftUpdateBody = Type.Object(
  {
    applicant: Type.Optional(ApplicantInput),
    formData: Type.Optional(FormData),
    delivery: Type.Optional(Delivery),
    expectedVersion: Type.Optional(Version),
  },
  { minProperties: 1 },
);

export const VersionBody = Type.Object({ expectedVersion: Type.Optional(Version) });

export const PreReviewBody = Type.Object({
  decision: LiteralUnion(['pass', 'return'] as const),
  /** For a return: the reason per material (and a general note). */
  materials: Type.Optional(
    Type.Array(Type.Object({ index: Type.Integer({ minimum: 0, maximum: 59 }), reason: Reason }), {
      maxItems: 60,
    }),
  ),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
  expectedVersion: Type.Optional(Version),
});

export const CorrectionBody = Type.Object({
  materials: Type.Array(Type.Object({ index: Type.Integer({ minimum: 0, maximum: 59 }), reason: Reason }), {
    minItems: 1,
    maxItems: 60,
  }),
  note: Type.Optional(Type.String({ maxLength: 1000 })),
  expectedVersion: Type.Optional(Version),
});

export const CompleteCorrectionBody = Type.Object({
  checklist: Type.Optional(ChecklistInput),
  expectedVersion: Type.Optional(Version),
});

export const AcceptBody = Type.Object({
  checklist: Type.Optional(ChecklistInput),
  expectedVersion: Type.Optional(Version),
});

export const RejectBody = Type.Object({
  reason: Reason,
  legalBasis: Text(500),
  /** 不属于本机关职权范围: where to apply instead (许可法 §32). */
  referTo: Type.Optional(Type.String({ maxLength: 200 })),
  expectedVersion: Type.Optional(Version),
});

export const StepBody = Type.Object({
  outcome: LiteralUnion(['pass', 'return'] as const),
  opinion: Reason,
  expectedVersion: Type.Optional(Version),
});

export const AssignBody = Type.Object({ staffId: Uuid, expectedVersion: Type.Optional(Version) });

export const CountersignBody = Type.Object({
  outcome: LiteralUnion(['consent', 'object'] as const),
  opinion: Reason,
});

export const SuspendBody = Type.Object({
  reason: LiteralUnion(PAUSE_REASONS),
  /** What the applicant is told, in writing (许可法 §45): the procedure and its expected duration. */
  explanation: Reason,
  expectedDays: Type.Integer({ minimum: 1, maximum: 365 }),
  /** For a correction after acceptance: the materials to correct. */
  materials: Type.Optional(
    Type.Array(Type.Object({ index: Type.Integer({ minimum: 0, maximum: 59 }), reason: Reason }), {
      maxItems: 60,
    }),
  ),
  expectedVersion: Type.Optional(Version),
});

export const ResumeBody = Type.Object({
  result: Type.Optional(Type.String({ maxLength: 1000 })),
  expectedVersion: Type.Optional(Version),
});

export const ExtendBody = Type.Object({
  days: Type.Integer({ minimum: 1, maximum: 15 }),
  reason: Reason,
  expectedVersion: Type.Optional(Version),
});

export const ConcludeBody = Type.Object({
  outcome: LiteralUnion(['approved', 'denied'] as const),
  /** 结果描述 for an approval; the reasons for a denial. */
  opinion: Reason,
  legalBasis: Type.Optional(Type.String({ maxLength: 500 })),
  resultName: Type.Optional(Type.String({ maxLength: 200 })),
  validUntil: Type.Optional(IsoDateString),
  expectedVersion: Type.Optional(Version),
});

export const ReleaseBody = Type.Object({
  method: LiteralUnion(['window', 'post'] as const),
  /** At the window: who collected and with what ID. */
  collectorName: Type.Optional(Text(50)),
  collectorIdNumber: Type.Optional(Type.String({ minLength: 18, maxLength: 18 })),
  expectedVersion: Type.Optional(Version),
});

export const TerminateBody = Type.Object({ reason: Reason, expectedVersion: Type.Optional(Version) });

export const WithdrawBody = Type.Object({
  reason: Type.Optional(Type.String({ maxLength: 500 })),
  expectedVersion: Type.Optional(Version),
});

export const UploadQuery = Type.Object({ fileName: Text(120) });
export const MaterialParams = Type.Object({ id: Uuid, index: Type.Integer({ minimum: 0, maximum: 59 }) });

export const ProgressQuery = Type.Object({
  caseNumber: Type.String({ minLength: 10, maxLength: 50 }),
  queryCode: Type.String({ pattern: '^\\d{6}$' }),
});

export const ProgressReply = Type.Object({
  caseNumber: Type.String(),
  itemName: Type.String(),
  state: CaseStateSchema,
  stateLabel: Type.String(),
  applicantName: Type.String({ description: 'Masked' }),
  receivedAt: Nullable(Type.String({ format: 'date-time' })),
  acceptedAt: Nullable(Type.String({ format: 'date-time' })),
  dueOn: Nullable(IsoDateString),
  dueProvisional: Type.Boolean(),
  clock: Nullable(ClockView),
  outcome: Nullable(LiteralUnion(['approved', 'denied'] as const)),
  timeline: Type.Array(TimelineEntry),
  /** What the applicant must do now, if anything (补正 materials with reasons). */
  toCorrect: Type.Array(Type.Object({ name: Type.String(), reason: Type.String() })),
});

export const NoticeView = Type.Object({
  id: Type.String(),
  kind: LiteralUnion(NOTICE_KINDS),
  kindLabel: Type.String(),
  number: Type.String(),
  issuedAt: Type.String({ format: 'date-time' }),
  caseNumber: Type.String(),
  itemName: Type.String(),
  applicantName: Type.String(),
  centerName: Type.String(),
  departmentName: Type.String(),
  /** The URL the QR code opens: the progress page for this case. */
  progressUrl: Type.String(),
  content: Type.Record(Type.String(), Type.Unknown()),
});

/** The applicant's own case (我的办件): no staff names; the query code; what may be done now. */
export const OwnCaseDetail = Type.Object({
  ...CaseSummary.properties,
  version: Type.Integer(),
  queryCode: Nullable(Type.String()),
  formData: Type.Record(Type.String(), Type.String()),
  deliveryMethod: LiteralUnion(['window', 'post'] as const),
  materials: Type.Array(
    Type.Object({
      index: Type.Integer(),
      name: Type.String(),
      required: Type.Boolean(),
      deferrable: Type.Boolean(),
      status: LiteralUnion(MATERIAL_STATUSES),
      reason: Nullable(Type.String()),
      fileName: Nullable(Type.String()),
      size: Nullable(Type.Integer()),
    }),
  ),
  timeline: Type.Array(TimelineEntry),
  notices: Type.Array(NoticeRef),
  clockBasis: Type.Array(Type.String()),
  can: Type.Object({
    edit: Type.Boolean(),
    submit: Type.Boolean(),
    completeCorrection: Type.Boolean(),
    withdraw: Type.Boolean(),
  }),
});
export type OwnCaseDetailType = Static<typeof OwnCaseDetail>;
export const OwnCaseReply = Type.Object({ case: OwnCaseDetail });
export const OwnCaseList = Type.Object({ cases: Type.Array(CaseSummary) });
