import { and, eq } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { IsoDate } from '../../../../domain/calendar/index.ts';
import {
  changeRefusal,
  checkItemContent,
  isWellFormedItemCode,
  type ContentProblem,
  type ItemContent,
  type ItemEvent,
} from '../../../../domain/catalog/index.ts';
import type { Executor, Tx } from '../../../db/connection.ts';
import { itemRevisions, items } from '../schema.ts';
import { recordChange, type AuditEntry } from '../../../platform/audit.ts';
import { withUniqueConflicts } from '../../../platform/conflicts.ts';
import type { AppContext } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import type { StaffActor } from '../../../platform/policy.ts';
import { auditContextOf, type IdempotencyKey } from '../../../platform/transaction.ts';
import { todayIn } from '../../calendar/index.ts';
import { assertCan, type ItemAction } from '../policy.ts';
import type { CatalogAction } from '../events.ts';
import * as store from '../store.ts';
import type { ItemRow, RevisionRow } from '../store.ts';

/*
 * What every catalog write shares: content checks, the item locked with its revisions, the revision
 * rows written, and the audit record with its event.
 */

export interface WriteMeta {
  clientAddress: string | null;
  idempotency?: IdempotencyKey | null;
}

export function searchTextOf(
  content: ItemContent,
  implementationCode: string,
  departmentName: string,
): string {
  return [
    content.name,
    ...content.keywords,
    content.basicCode,
    implementationCode,
    departmentName,
    content.result.name,
  ]
    .join(' ')
    .toLowerCase();
}

export function revisionColumns(content: ItemContent, implementationCode: string, departmentName: string) {
  return {
    content,
    name: content.name.trim(),
    category: content.category,
    subjects: content.subjects,
    themes: content.themes,
    searchText: searchTextOf(content, implementationCode, departmentName),
    keywords: content.keywords,
    handlingKind: content.handlingKind,
    statutoryLimitDays: content.statutoryLimitDays,
    promisedLimitDays: content.promisedLimitDays,
    visitsRequired: content.visitsRequired,
    onlineDepth: content.onlineDepth,
  };
}

/** Content problems plus the ones only the database knows: themes that do not exist. */
export async function contentProblems(db: Executor, content: ItemContent): Promise<ContentProblem[]> {
  const problems = checkItemContent(content);
  const known = await store.listThemeCodes(db);
  content.themes.forEach((code, i) => {
    if (!known.has(code)) problems.push({ path: `themes[${i}]`, message: `主题“${code}”不存在` });
  });
  return problems;
}

export async function assertValidContent(db: Executor, content: ItemContent): Promise<void> {
  const problems = await contentProblems(db, content);
  if (problems.length > 0) {
    throw new AppError('ITEM_INVALID', `事项内容有 ${problems.length} 处问题`, problems);
  }
}

export function assertCode(code: string): void {
  if (!isWellFormedItemCode(code)) {
    throw new AppError('ITEM_INVALID', '实施编码格式不正确', [
      { path: 'implementationCode', message: '实施编码只能由字母、数字和连字符组成，且不超过 50 位' },
    ]);
  }
}

const codeTaken = (code: string) => new AppError('ITEM_CODE_TAKEN', `实施编码 ${code} 已被其他事项使用`);

/** Runs an insert of an item whose code a concurrent create may take first: that becomes ITEM_CODE_TAKEN. */
export async function withCodeFree<T>(tx: Executor, code: string, work: () => Promise<T>): Promise<T> {
  const [taken] = await tx.select({ id: items.id }).from(items).where(eq(items.implementationCode, code));
  if (taken) throw codeTaken(code);
  return withUniqueConflicts(work, { items_implementation_code_uq: () => codeTaken(code) });
}

/** An item as a write sees it: locked, with its revisions read under the lock. */
export interface LockedItem {
  item: ItemRow;
  revisions: RevisionRow[];
}

/**
 * Locks the item, reads its revisions and asks the policy whether the caller may take `action` now.
 * With `expectedVersion`, a caller who edited an older version is told someone else changed it.
 */
export async function lockItemFor(
  tx: Tx,
  actor: StaffActor,
  action: ItemAction,
  item: Pick<ItemRow, 'regionCode' | 'id'>,
  expectedVersion?: number,
): Promise<LockedItem> {
  const locked = await store.lockItem(tx, item);
  if (expectedVersion !== undefined && locked.version !== expectedVersion) {
    throw new AppError('ITEM_VERSION_CONFLICT', '该事项已被他人修改，请刷新后在最新内容上再修改', {
      expectedVersion,
      currentVersion: locked.version,
    });
  }
  const revisions = await store.listRevisions(tx, locked);
  assertCan(actor, action, { regionCode: locked.regionCode, revisions });
  return { item: locked, revisions };
}

/** The date and reason rules of publish, abolish and delegate (domain/catalog/lifecycle.ts). */
export function assertChangeAllowed(
  ctx: AppContext,
  revisions: RevisionRow[],
  event: ItemEvent,
  input: { effectiveOn: IsoDate; reason?: string | null },
): void {
  const refusal = changeRefusal(revisions, event, {
    effectiveOn: input.effectiveOn,
    reason: input.reason,
    today: todayIn(ctx),
  });
  if (refusal) throw new AppError(refusal.code, refusal.message);
}

export const latestPublished = (revisions: RevisionRow[]) =>
  revisions.find((revision) => revision.state === 'published');
export const draftOf = (revisions: RevisionRow[]) => revisions.find((revision) => revision.state === 'draft');

/** Inserts an item and its first revision: a draft, or published when `published` is given. */
export async function insertItem(
  tx: Tx,
  ctx: AppContext,
  actor: StaffActor,
  input: {
    id?: string;
    regionCode: string;
    implementationCode: string;
    department: { id: string; name: string };
    hotRank: number | null;
    content: ItemContent;
    delegatedFrom?: { regionCode: string; id: string };
    published?: { effectiveOn: IsoDate; reason: string | null };
  },
): Promise<string> {
  const id = input.id ?? uuidv7();
  const now = ctx.clock.now();
  await withCodeFree(tx, input.implementationCode, () =>
    tx.insert(items).values({
      regionCode: input.regionCode,
      id,
      implementationCode: input.implementationCode,
      departmentId: input.department.id,
      hotRank: input.hotRank,
      delegatedFromRegionCode: input.delegatedFrom?.regionCode ?? null,
      delegatedFromItemId: input.delegatedFrom?.id ?? null,
      createdAt: now,
    }),
  );
  await tx.insert(itemRevisions).values({
    regionCode: input.regionCode,
    id: uuidv7(),
    itemId: id,
    version: 1,
    state: input.published ? 'published' : 'draft',
    changeKind: 'created',
    reason: input.published?.reason ?? null,
    effectiveOn: input.published?.effectiveOn ?? null,
    ...revisionColumns(input.content, input.implementationCode, input.department.name),
    createdBy: actor.id,
    createdAt: now,
    publishedBy: input.published ? actor.id : null,
    publishedAt: input.published ? now : null,
  });
  return id;
}

/** Marks a draft revision published and ends the previous one's period on the same day. */
export async function publish(
  tx: Tx,
  ctx: AppContext,
  actor: StaffActor,
  item: ItemRow,
  latest: RevisionRow | undefined,
  input: { revisionId: string; effectiveOn: IsoDate; reason: string | null },
) {
  if (latest) {
    await tx
      .update(itemRevisions)
      .set({ effectiveUntil: input.effectiveOn })
      .where(and(eq(itemRevisions.regionCode, item.regionCode), eq(itemRevisions.id, latest.id)));
  }
  await tx
    .update(itemRevisions)
    .set({
      state: 'published',
      effectiveOn: input.effectiveOn,
      reason: input.reason,
      publishedBy: actor.id,
      publishedAt: ctx.clock.now(),
    })
    .where(and(eq(itemRevisions.regionCode, item.regionCode), eq(itemRevisions.id, input.revisionId)));
  await store.bumpItemVersion(tx, item);
}

/**
 * The published revision that abolishes or delegates an item, on a locked item whose state allows it.
 * Returns the revision it supersedes.
 */
export async function closingRevision(
  tx: Tx,
  ctx: AppContext,
  actor: StaffActor,
  locked: LockedItem,
  input: { effectiveOn: IsoDate; reason: string },
  kind: 'abolished' | 'delegated',
  delegatedTo?: { regionCode: string; itemId: string },
): Promise<RevisionRow> {
  const { item, revisions } = locked;
  assertChangeAllowed(ctx, revisions, kind === 'abolished' ? 'abolish' : 'delegate', input);
  const latest = latestPublished(revisions)!;
  const revisionId = uuidv7();
  await tx.insert(itemRevisions).values({
    regionCode: item.regionCode,
    id: revisionId,
    itemId: item.id,
    version: revisions[0]!.version + 1,
    state: 'draft',
    changeKind: kind,
    content: latest.content,
    name: latest.name,
    category: latest.category,
    subjects: latest.subjects,
    themes: latest.themes,
    searchText: latest.searchText,
    keywords: latest.keywords,
    handlingKind: latest.handlingKind,
    statutoryLimitDays: latest.statutoryLimitDays,
    promisedLimitDays: latest.promisedLimitDays,
    visitsRequired: latest.visitsRequired,
    onlineDepth: latest.onlineDepth,
    delegatedToRegionCode: delegatedTo?.regionCode ?? null,
    delegatedToItemId: delegatedTo?.itemId ?? null,
    createdBy: actor.id,
    createdAt: ctx.clock.now(),
  });
  await publish(tx, ctx, actor, item, latest, {
    revisionId,
    effectiveOn: input.effectiveOn,
    reason: input.reason.trim(),
  });
  return latest;
}

/** The audit record and event of one catalog write, in the write's transaction. */
export function recordCatalogChange(
  tx: Tx,
  ctx: AppContext,
  actor: StaffActor,
  meta: WriteMeta,
  entry: Omit<AuditEntry, 'actor' | 'action' | 'clientAddress'> & {
    action: CatalogAction;
    payload: Record<string, unknown>;
  },
): void {
  const { payload, ...audit } = entry;
  recordChange(tx, auditContextOf(ctx), {
    actor,
    ...audit,
    clientAddress: meta.clientAddress,
    event: { topic: entry.action, payload },
  });
}
