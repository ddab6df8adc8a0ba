import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  abolishItem,
  createItem,
  delegateItem,
  discardDraft,
  fetchAdminItem,
  fetchAdminItems,
  fetchHotItems,
  fetchPublicList,
  fetchRevision,
  fetchServiceGuide,
  fetchThemes,
  importCatalogWorkbook,
  publishDraft,
  saveDraft,
  searchItems,
  type AdminItemQuery,
  type DelegationInput,
  type DraftInput,
  type ItemDetail,
  type ItemSearchQuery,
  type NewItemInput,
  type PublicListKind,
  type PublicListQuery,
} from '../api/catalog-api.ts';

/** The public catalog changes when an admin publishes; a minute of staleness is fine for citizens. */
const PUBLIC_STALE_TIME = 60_000;

export const catalogQueryKeys = {
  all: ['catalog'] as const,
  search: (query: ItemSearchQuery) => ['catalog', 'search', query] as const,
  hot: ['catalog', 'hot'] as const,
  themes: ['catalog', 'themes'] as const,
  guide: (id: string) => ['catalog', 'guide', id] as const,
  list: (kind: PublicListKind, query: PublicListQuery) => ['catalog', 'lists', kind, query] as const,
  admin: ['catalog', 'admin'] as const,
  adminItems: (query: AdminItemQuery) => ['catalog', 'admin', 'items', query] as const,
  adminItem: (id: string) => ['catalog', 'admin', 'item', id] as const,
  revision: (itemId: string, revisionId: string) =>
    ['catalog', 'admin', 'revision', itemId, revisionId] as const,
};

/** Search results; the previous page stays on screen while the next one loads. */
export function useItemSearch(query: ItemSearchQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: catalogQueryKeys.search(query),
    queryFn: ({ signal }) => searchItems(query, signal),
    placeholderData: keepPreviousData,
    staleTime: PUBLIC_STALE_TIME,
    enabled: options.enabled ?? true,
  });
}

export function useHotItems(limit = 12) {
  return useQuery({
    queryKey: [...catalogQueryKeys.hot, limit],
    queryFn: ({ signal }) => fetchHotItems(limit, signal),
    staleTime: PUBLIC_STALE_TIME,
  });
}

export function useThemes() {
  return useQuery({
    queryKey: catalogQueryKeys.themes,
    queryFn: ({ signal }) => fetchThemes(signal),
    staleTime: 5 * PUBLIC_STALE_TIME,
  });
}

export function useServiceGuide(id: string | undefined) {
  return useQuery({
    queryKey: catalogQueryKeys.guide(id ?? ''),
    queryFn: ({ signal }) => fetchServiceGuide(id!, signal),
    enabled: Boolean(id),
    staleTime: PUBLIC_STALE_TIME,
  });
}

/** A page of a public list; the previous page stays on screen while the next one loads. */
export function usePublicList<K extends PublicListKind>(kind: K, query: PublicListQuery) {
  return useQuery({
    queryKey: catalogQueryKeys.list(kind, query),
    queryFn: ({ signal }) => fetchPublicList(kind, query, signal),
    placeholderData: keepPreviousData,
    staleTime: PUBLIC_STALE_TIME,
  });
}

// ---- Admin ----

export function useAdminItems(query: AdminItemQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: catalogQueryKeys.adminItems(query),
    queryFn: ({ signal }) => fetchAdminItems(query, signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useAdminItem(id: string | undefined) {
  return useQuery({
    queryKey: catalogQueryKeys.adminItem(id ?? ''),
    queryFn: ({ signal }) => fetchAdminItem(id!, signal),
    enabled: Boolean(id),
  });
}

export function useRevision(itemId: string | undefined, revisionId: string | undefined) {
  return useQuery({
    queryKey: catalogQueryKeys.revision(itemId ?? '', revisionId ?? ''),
    queryFn: ({ signal }) => fetchRevision(itemId!, revisionId!, signal),
    enabled: Boolean(itemId && revisionId),
  });
}

/** After any write: the item's new state in the cache, and every list and public page refetched. */
function useItemWritten() {
  const queryClient = useQueryClient();
  return (item: ItemDetail) => {
    queryClient.setQueryData(catalogQueryKeys.adminItem(item.id), item);
    return queryClient.invalidateQueries({
      queryKey: catalogQueryKeys.all,
      predicate: (query) => query.queryKey[2] !== 'item' || query.queryKey[3] !== item.id,
    });
  };
}

export function useCreateItem() {
  const written = useItemWritten();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: NewItemInput; idempotencyKey: string }) =>
      createItem(input, idempotencyKey),
    onSuccess: written,
  });
}

export function useSaveDraft(id: string) {
  const written = useItemWritten();
  return useMutation({ mutationFn: (input: DraftInput) => saveDraft(id, input), onSuccess: written });
}

export function useDiscardDraft(id: string) {
  const written = useItemWritten();
  return useMutation({ mutationFn: () => discardDraft(id), onSuccess: written });
}

export function usePublishDraft(id: string) {
  const written = useItemWritten();
  return useMutation({
    mutationFn: ({
      input,
      idempotencyKey,
    }: {
      input: { effectiveOn: string; reason: string | null };
      idempotencyKey: string;
    }) => publishDraft(id, input, idempotencyKey),
    onSuccess: written,
  });
}

export function useAbolishItem(id: string) {
  const written = useItemWritten();
  return useMutation({
    mutationFn: ({
      input,
      idempotencyKey,
    }: {
      input: { effectiveOn: string; reason: string };
      idempotencyKey: string;
    }) => abolishItem(id, input, idempotencyKey),
    onSuccess: written,
  });
}

export function useDelegateItem(id: string) {
  const written = useItemWritten();
  return useMutation({
    mutationFn: ({ input, idempotencyKey }: { input: DelegationInput; idempotencyKey: string }) =>
      delegateItem(id, input, idempotencyKey),
    onSuccess: written,
  });
}

export function useImportCatalog() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: Blob; dryRun: boolean }) =>
      importCatalogWorkbook(file, { dryRun }),
    onSuccess: (report) => {
      if (!report.dryRun) return queryClient.invalidateQueries({ queryKey: catalogQueryKeys.all });
      return undefined;
    },
  });
}
