/**
 * The one HTTP client of the web app. Every call goes to the same origin with the session cookie;
 * every failure becomes an `ApiError` carrying the server's stable code and Chinese message, so
 * screens show `error.message` and branch on `error.code` or `error.status`.
 */

export interface ApiErrorDetail {
  code: string;
  message: string;
  date?: string;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(options: { status: number; code: string; message: string; details?: unknown }) {
    super(options.message);
    this.status = options.status;
    this.code = options.code;
    this.details = options.details;
  }

  /** The per-problem list some 422 replies carry (`details: [{ code, message, date? }]`). */
  get problems(): ApiErrorDetail[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (item): item is ApiErrorDetail =>
        typeof item === 'object' && item !== null && typeof (item as ApiErrorDetail).message === 'string',
    );
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** A Chinese sentence for any error a query or mutation may raise. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '操作未能完成，请稍后重试';
}

type Query = Record<string, string | number | undefined>;

/*
 * The anti-CSRF tokens (double submit). The server hands each out with its session and expects it
 * back in X-CSRF-Token on every write. A browser may hold a staff session and an applicant session
 * at once; the two tokens are kept apart, and each write says which session it acts for:
 * - `staff` (the default): the staff token (`POST /api/auth/login`, `GET /api/auth/me`).
 * - `applicant`: the applicant token (`POST /api/applicant/sessions`, `GET /api/applicant/me`).
 * - `public`: a sign-in or other public write, checked against whichever session the browser
 *   already has, the staff one first (the server's rule).
 */
let staffCsrfToken: string | null = null;
let applicantCsrfToken: string | null = null;

export type CsrfSession = 'staff' | 'applicant' | 'public';

export function setCsrfToken(token: string | null | undefined): void {
  staffCsrfToken = token || null;
}

export function setApplicantCsrfToken(token: string | null | undefined): void {
  applicantCsrfToken = token || null;
}

function csrfTokenFor(session: CsrfSession): string | null {
  if (session === 'applicant') return applicantCsrfToken;
  if (session === 'public') return staffCsrfToken ?? applicantCsrfToken;
  return staffCsrfToken;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Extra headers, e.g. Idempotency-Key. */
  headers?: Record<string, string>;
  /** Which session's CSRF token a write carries; `staff` unless said otherwise. */
  session?: CsrfSession;
}

/** Options of a write: its extra headers and the session it acts for. */
export type WriteOptions = Pick<RequestOptions, 'headers' | 'session'>;

function buildUrl(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

function fallbackMessage(status: number): string {
  if (status === 401) return '登录已失效，请重新登录';
  if (status === 403) return '没有权限执行此操作';
  if (status === 404) return '请求的内容不存在';
  if (status === 429) return '操作过于频繁，请稍后再试';
  if (status >= 500) return `服务暂时不可用（HTTP ${status}），请稍后重试`;
  return `请求未能完成（HTTP ${status}）`;
}

async function readError(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)
    ?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiError({
      status: response.status,
      code: error.code,
      message: error.message,
      details: error.details,
    });
  }
  return new ApiError({
    status: response.status,
    code: `HTTP_${response.status}`,
    message: fallbackMessage(response.status),
  });
}

async function send<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const hasBody = options.body !== undefined;
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  // Fastify rejects an empty body declared as JSON, so the header goes only with a body.
  if (hasBody) headers['Content-Type'] = 'application/json';
  const csrfToken = SAFE_METHODS.has(method) ? null : csrfTokenFor(options.session ?? 'staff');
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      credentials: 'same-origin',
      headers,
      body: hasBody ? JSON.stringify(options.body) : null,
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: '无法连接服务器，请检查网络后重试' });
  }
  if (!response.ok) throw await readError(response);
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError({
      status: response.status,
      code: 'INVALID_RESPONSE',
      message: '服务器返回的数据无法识别',
    });
  }
}

/** Learns the tokens of the sessions this browser holds, e.g. one signed in from another tab. */
async function refreshCsrfTokens(): Promise<void> {
  const [staff, applicant] = await Promise.allSettled([
    send<{ csrfToken?: string }>('GET', '/api/auth/me'),
    send<{ csrfToken?: string }>('GET', '/api/applicant/me'),
  ]);
  setCsrfToken(staff.status === 'fulfilled' ? staff.value.csrfToken : null);
  setApplicantCsrfToken(applicant.status === 'fulfilled' ? applicant.value.csrfToken : null);
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  try {
    return await send<T>(method, path, options);
  } catch (error) {
    // A public write (a sign-in) is checked against a session this page may not know about yet.
    if (options.session !== 'public' || !(error instanceof ApiError) || error.code !== 'CSRF_TOKEN_INVALID')
      throw error;
    await refreshCsrfTokens();
    return send<T>(method, path, options);
  }
}

/**
 * A call whose body or answer is a file (a workbook upload, an export download): same origin,
 * session cookie and CSRF token as every other call, and failures as the same `ApiError`.
 */
export async function sendBinary(
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  options: { query?: Query; body?: Blob; contentType?: string; accept?: string; session?: CsrfSession } = {},
): Promise<Blob> {
  const headers: Record<string, string> = { Accept: options.accept ?? 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = options.contentType ?? 'application/octet-stream';
  const csrfToken = SAFE_METHODS.has(method) ? null : csrfTokenFor(options.session ?? 'staff');
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      credentials: 'same-origin',
      headers,
      body: options.body ?? null,
    });
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: '无法连接服务器，请检查网络后重试' });
  }
  if (!response.ok) throw await readError(response);
  return response.blob();
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: WriteOptions) =>
    request<T>('POST', path, { body, ...options }),
  put: <T>(path: string, body: unknown, options?: WriteOptions) =>
    request<T>('PUT', path, { body, ...options }),
  patch: <T>(path: string, body: unknown, options?: WriteOptions) =>
    request<T>('PATCH', path, { body, ...options }),
  delete: <T = void>(path: string, options?: WriteOptions) => request<T>('DELETE', path, options),
};
