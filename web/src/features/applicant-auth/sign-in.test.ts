import { describe, expect, it } from 'vitest';
import { codeInMessage, resendDeadline, safePortalNext, secondsLeft } from './sign-in.ts';

describe('applicant SMS sign-in', () => {
  const now = Date.parse('2026-11-23T10:00:00.000Z');

  it('counts down to the time the server gives', () => {
    const deadline = resendDeadline('2026-11-23T10:00:59.400Z', now);
    expect(secondsLeft(deadline, now)).toBe(60);
    expect(secondsLeft(deadline, now + 30_000)).toBe(30);
    expect(secondsLeft(deadline, now + 70_000)).toBe(0);
    expect(secondsLeft(null, now)).toBe(0);
  });

  it('waits a full minute when the browser clock disagrees with the server', () => {
    expect(resendDeadline('2026-11-23T09:50:00.000Z', now)).toBe(now + 60_000);
    expect(resendDeadline('2026-11-23T10:30:00.000Z', now)).toBe(now + 60_000);
  });

  it('finds the code in an outbox message', () => {
    expect(codeInMessage('【一窗通】您的登录验证码为046913，5分钟内有效。')).toBe('046913');
    expect(codeInMessage('电话 13800138000')).toBeNull();
  });

  it('returns to a portal page, never to a sign-in page or another site', () => {
    expect(safePortalNext(null)).toBe('/portal/me');
    expect(safePortalNext('/')).toBe('/');
    expect(safePortalNext('/portal/login?next=/')).toBe('/portal/me');
    expect(safePortalNext('//evil.example')).toBe('/portal/me');
    expect(safePortalNext('/api/applicant/oidc/start')).toBe('/portal/me');
  });
});
