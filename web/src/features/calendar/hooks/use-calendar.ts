import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../shared/api.ts';
import {
  addLocalDay,
  fetchCalendarYears,
  fetchLocalDays,
  fetchNthWorkingDay,
  removeLocalDay,
  saveCalendarYear,
  type AddLocalDayInput,
  type SaveYearInput,
} from '../api/calendar-api.ts';

export const calendarQueryKeys = {
  all: ['calendar'] as const,
  years: ['calendar', 'years'] as const,
  localDays: (regionCode: string) => ['calendar', 'local-days', regionCode] as const,
  workingDay: (from: string, n: number, regionCode: string | undefined) =>
    ['calendar', 'working-day', from, n, regionCode ?? ''] as const,
};

export function useCalendarYears() {
  return useQuery({ queryKey: calendarQueryKeys.years, queryFn: ({ signal }) => fetchCalendarYears(signal) });
}

export function useSaveCalendarYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveYearInput) => saveCalendarYear(input),
    // Counts, local layers and computed dates may all change with a year.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarQueryKeys.all }),
  });
}

export function useLocalDays(regionCode: string | undefined) {
  return useQuery({
    queryKey: calendarQueryKeys.localDays(regionCode ?? ''),
    queryFn: ({ signal }) => fetchLocalDays(regionCode!, signal),
    enabled: Boolean(regionCode),
  });
}

export function useAddLocalDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddLocalDayInput) => addLocalDay(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarQueryKeys.all }),
  });
}

export function useRemoveLocalDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => removeLocalDay(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarQueryKeys.all }),
  });
}

/** Runs only once the calculator has a question; an unknown year is a 422 with a message. */
export function useNthWorkingDay(question: { from: string; n: number; regionCode?: string } | null) {
  return useQuery({
    queryKey: calendarQueryKeys.workingDay(question?.from ?? '', question?.n ?? 0, question?.regionCode),
    queryFn: ({ signal }) => fetchNthWorkingDay(question!, signal),
    enabled: question !== null,
    retry: (failureCount, error) =>
      !(isApiError(error) && error.status >= 400 && error.status < 500) && failureCount < 1,
  });
}
