import { api, sendBinary } from '../../../shared/api.ts';

/** One audit record as `GET /api/audit` returns it. */
export interface AuditRecord {
  id: number;
  /** The hash chain the record belongs to (region and local day). */
  stream: string;
  /** Its place in the chain; null until the sealing job has chained it (within seconds). */
  seq: number | null;
  regionCode: string;
  at: string;
  actorKind: string;
  actorId: string | null;
  actorName: string | null;
  actorRoles: string[];
  action: string;
  targetType: string;
  targetId: string;
  beforeDigest: string | null;
  afterDigest: string | null;
  summary: string;
  clientAddress: string | null;
  prevHash: string | null;
  hash: string | null;
}

/** What the audit log is searched by; each is optional. `from` and `to` are ISO instants. */
export interface AuditFilters {
  from?: string;
  to?: string;
  actorId?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
}

export interface AuditPage {
  records: AuditRecord[];
  /** The cursor of the next (older) page, or null at the end. */
  next: string | null;
}

export const AUDIT_PAGE_SIZE = 50;

export function fetchAuditPage(
  filters: AuditFilters,
  before: string | undefined,
  signal?: AbortSignal,
): Promise<AuditPage> {
  return api.get<AuditPage>('/api/audit', {
    query: { ...filters, before, limit: AUDIT_PAGE_SIZE },
    ...(signal ? { signal } : {}),
  });
}

/** The result of `POST /api/audit/verification`: the same check as `onewindow verify-audit`. */
export interface AuditChainCheck {
  records: number;
  streams: number;
  /** Records not yet sealed, normally those of the last second. */
  pending: number;
  /** The first broken record of each broken chain. */
  breaks: { stream: string; seq: number; reason: string }[];
}

export function verifyAuditChains(): Promise<AuditChainCheck> {
  return api.post<AuditChainCheck>('/api/audit/verification');
}

/** The records of hall-local days `from`–`to` (YYYY-MM-DD) with their seals, as a workbook. */
export function downloadAuditWorkbook(period: { from: string; to: string }): Promise<Blob> {
  return sendBinary('GET', '/api/audit/export', {
    query: period,
    accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}
