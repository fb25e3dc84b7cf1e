import { Button, Group, Pagination, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { ErrorState, LoadingState } from '@/components/QueryState';
import { parseDate } from '@/lib/format';
import { useCurrentUser } from '@/lib/me/MeContext';
import { abilities } from '@/lib/me/me';
import { AUDIT_KINDS, AUDIT_PAGE_SIZE, useAuditChanges, type AuditFilter, type AuditKind } from '../api/audit';
import { AuditTable } from '../components/AuditTable';

/** "Nhật ký thay đổi": who changed which reward, cluster, council, rubric, score sheet, quota, unit or programme, and how. */
export function AuditRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [draft, setDraft] = useState<Omit<AuditFilter, 'page'>>({});
  const [filter, setFilter] = useState<AuditFilter>({ page: 0 });
  const allowed = abilities(me).readAudit;
  const changes = useAuditChanges(filter, allowed);
  if (!allowed) return <Navigate to="/" replace />;
  const dateInput = (key: 'from' | 'to') => (
    <DateInput
      label={t(`audit.${key}`)}
      valueFormat="DD/MM/YYYY"
      placeholder="dd/mm/yyyy"
      dateParser={(s) => parseDate(s)}
      clearable
      value={draft[key] ?? null}
      onChange={(v) => setDraft({ ...draft, [key]: v || undefined })}
      data-testid={`audit-${key}`}
    />
  );
  const pages = changes.data?.totalPages ?? 0;
  return (
    <Stack>
      <Title order={2}>{t('audit.title')}</Title>
      <Paper withBorder p="md">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setFilter({ ...draft, user: draft.user?.trim() || undefined, q: draft.q?.trim() || undefined, page: 0 });
          }}
        >
          <Group align="end" wrap="wrap">
            <Select
              label={t('audit.kind')}
              placeholder={t('audit.allKinds')}
              clearable
              data={AUDIT_KINDS.map((k) => ({ value: k, label: t(`audit.kinds.${k}`) }))}
              value={draft.entity ?? null}
              onChange={(v) => setDraft({ ...draft, entity: (v as AuditKind | null) ?? undefined })}
              data-testid="audit-kind"
            />
            <TextInput label={t('audit.user')} value={draft.user ?? ''} onChange={(e) => setDraft({ ...draft, user: e.currentTarget.value })} />
            {dateInput('from')}
            {dateInput('to')}
            <TextInput label={t('audit.text')} value={draft.q ?? ''} onChange={(e) => setDraft({ ...draft, q: e.currentTarget.value })} />
            <Button type="submit">{t('audit.search')}</Button>
          </Group>
        </form>
      </Paper>
      {changes.isPending ? (
        <LoadingState />
      ) : changes.isError ? (
        <ErrorState error={changes.error} onRetry={() => void changes.refetch()} />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('audit.total', { count: changes.data.totalItems ?? 0 })}
          </Text>
          <AuditTable changes={changes.data.items ?? []} />
          {pages > 1 && (
            <Pagination
              total={pages}
              value={filter.page + 1}
              onChange={(p) => setFilter({ ...filter, page: p - 1 })}
              aria-label={t('audit.pages', { size: AUDIT_PAGE_SIZE })}
            />
          )}
        </>
      )}
    </Stack>
  );
}
