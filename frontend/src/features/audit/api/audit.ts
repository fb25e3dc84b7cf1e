// The audit trail of changes (GET /api/v1/audit/changes, administrators only): one page at a time, filtered.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

type S = components['schemas'];
export type AuditChange = S['AuditChange'];
export type AuditKind = S['AuditKind'];

export const AUDIT_KINDS: AuditKind[] = ['INITIATIVE', 'REWARD', 'CLUSTER', 'COUNCIL', 'RUBRIC', 'SCORE_SHEET', 'QUOTA', 'UNIT', 'PROGRAM', 'PERIOD'];

export interface AuditFilter {
  entity?: AuditKind;
  user?: string;
  /** ISO days (yyyy-MM-dd), Vietnam's calendar. */
  from?: string;
  to?: string;
  q?: string;
  page: number;
}

export const AUDIT_PAGE_SIZE = 50;

export function useAuditChanges(filter: AuditFilter, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['audit', 'changes', filter],
    queryFn: () => unwrap(api.GET('/api/v1/audit/changes', { params: { query: { ...filter, size: AUDIT_PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}
