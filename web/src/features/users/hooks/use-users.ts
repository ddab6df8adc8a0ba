import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createUser,
  fetchUsers,
  resetUserPassword,
  updateUser,
  type CreateUserInput,
  type StaffUser,
  type UpdateUserInput,
} from '../api/users-api.ts';

export const usersQueryKeys = {
  all: ['users'] as const,
};

export function useUsers() {
  return useQuery({ queryKey: usersQueryKeys.all, queryFn: ({ signal }) => fetchUsers(signal) });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: CreateUserInput; idempotencyKey: string }) =>
      createUser(input, idempotencyKey),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKeys.all }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateUserInput }) => updateUser(id, input),
    onSuccess: (user) => {
      queryClient.setQueryData<StaffUser[]>(usersQueryKeys.all, (users) =>
        users?.map((entry) => (entry.id === user.id ? user : entry)),
      );
      return queryClient.invalidateQueries({ queryKey: usersQueryKeys.all });
    },
  });
}

export function useResetUserPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => resetUserPassword(id),
    // The account now must change its password (and may have been unlocked).
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKeys.all }),
  });
}
