import { useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isApiError } from '../../../shared/api.ts';
import {
  fetchApplicantSession,
  fetchDevOutbox,
  isDevOutboxAvailable,
  isOidcConfigured,
  requestSmsCode,
  saveApplicantIdentity,
  signInWithSmsCode,
  signOutApplicant,
  type Applicant,
} from '../api/applicant-auth-api.ts';
import { secondsLeft } from '../sign-in.ts';

export const applicantQueryKeys = {
  session: ['applicant', 'me'] as const,
  oidc: ['applicant', 'oidc-configured'] as const,
  devOutboxAvailable: ['dev', 'outbox-available'] as const,
  devOutbox: (recipient: string) => ['dev', 'outbox', recipient] as const,
};

/** The signed-in applicant; an `ApiError` with status 401 when nobody is. */
export function useApplicantSession(): UseQueryResult<Applicant> {
  return useQuery({
    queryKey: applicantQueryKeys.session,
    queryFn: ({ signal }) => fetchApplicantSession(signal),
    staleTime: 5 * 60_000,
    retry: (failureCount, error) => !isApiError(error, 401) && failureCount < 1,
  });
}

export function useRequestSmsCode() {
  return useMutation({ mutationFn: (mobile: string) => requestSmsCode(mobile) });
}

export function useApplicantSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { mobile: string; code: string }) => signInWithSmsCode(input),
    onSuccess: (applicant) => {
      queryClient.setQueryData(applicantQueryKeys.session, applicant);
    },
  });
}

export function useApplicantSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => signOutApplicant(),
    onSettled: () => {
      queryClient.removeQueries({ queryKey: ['applicant'] });
    },
  });
}

/** Saves the real name and ID number; the session then shows the name. */
export function useSaveApplicantIdentity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; idNumber: string }) => saveApplicantIdentity(input),
    onSuccess: (identity) => {
      queryClient.setQueryData<Applicant>(applicantQueryKeys.session, (session) =>
        session ? { ...session, name: identity.name } : session,
      );
    },
  });
}

/** Asked once per page load: the answer changes only with the server's configuration. */
export function useOidcConfigured() {
  return useQuery({
    queryKey: applicantQueryKeys.oidc,
    queryFn: () => isOidcConfigured(),
    staleTime: Infinity,
    retry: false,
  });
}

export function useDevOutboxAvailable() {
  return useQuery({
    queryKey: applicantQueryKeys.devOutboxAvailable,
    queryFn: () => isDevOutboxAvailable(),
    staleTime: Infinity,
    retry: false,
  });
}

export function useDevOutbox(recipient: string | null) {
  return useQuery({
    queryKey: applicantQueryKeys.devOutbox(recipient ?? ''),
    queryFn: ({ signal }) => fetchDevOutbox(recipient!, signal),
    enabled: recipient !== null,
    staleTime: 0,
  });
}

/** Seconds left until `deadline`, ticking every second while there are any. */
export function useSecondsLeft(deadline: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  // The state may be older than a deadline set just now; the clock never runs backwards.
  const left = secondsLeft(deadline, Math.max(now, Date.now()));
  useEffect(() => {
    if (deadline === null) return;
    setNow(Date.now());
    const timer = window.setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= deadline) window.clearInterval(timer);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [deadline]);
  return left;
}
