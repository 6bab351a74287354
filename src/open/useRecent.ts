import { useQuery, useQueryClient } from '@tanstack/react-query';
import { listRecent, removeRecent } from '../data/recentFiles';

export const RECENT_QUERY = ['recent-datasets'] as const;

/** The files kept in this browser, newest first, and a way to forget one. */
export function useRecent() {
  const client = useQueryClient();
  const query = useQuery({ queryKey: RECENT_QUERY, queryFn: listRecent, staleTime: 0 });
  const remove = async (id: string) => {
    await removeRecent(id).catch(() => {});
    await client.invalidateQueries({ queryKey: RECENT_QUERY });
  };
  return { recent: query.data ?? [], loading: query.isPending, remove };
}
