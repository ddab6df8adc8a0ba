import { useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { isApiError } from '../../../shared/api.ts';
import {
  changePassword,
  fetchSession,
  signIn,
  signOut,
  type Credentials,
  type Me,
  type PasswordChange,
  type StaffSession,
} from '../api/auth-api.ts';

export const SESSION_QUERY_KEY = ['auth', 'me'] as const;

/** The current staff session; an `ApiError` with status 401 when nobody is signed in. */
export function useSession(): UseQueryResult<StaffSession> {
  return useQuery({
    queryKey: SESSION_QUERY_KEY,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 5 * 60_000,
    // A 401 is an answer, not a glitch.
    retry: (failureCount, error) => !isApiError(error, 401) && failureCount < 1,
  });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Credentials) => signIn(credentials),
    onSuccess: (session) => {
      // Another person may have used this browser: forget what the last session loaded.
      queryClient.clear();
      queryClient.setQueryData(SESSION_QUERY_KEY, session);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => signOut(),
    onSettled: () => {
      queryClient.clear();
    },
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PasswordChange) => changePassword(input),
    onSuccess: () => {
      queryClient.setQueryData<StaffSession>(SESSION_QUERY_KEY, (session) =>
        session ? { ...session, mustChangePassword: false } : session,
      );
    },
  });
}

/**
 * The staff member inside a signed-in layout, which renders its pages only once the session has
 * loaded; anywhere else this is a programming error.
 */
export function useSignedInStaff(): Me {
  const { data } = useSession();
  if (!data) throw new Error('useSignedInStaff is used outside the signed-in layout');
  return data.user;
}
