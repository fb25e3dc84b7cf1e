// The past imports the user may see (their units' subtree), newest first, each opening onto the dossiers it created.
import { Button, Group, Pagination, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/QueryState';
import { StatusBadge } from '@/components/StatusBadge';
import type { ImportBatchSummary } from '@/lib/api/types';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { useBatches, useBatchInitiatives } from '../api/imports';

export function BatchList() {
  const { t } = useTranslation();
  const lang = useLang();
  const [page, setPage] = useState(0);
  const [open, setOpen] = useState<number | null>(null);
  const batches = useBatches(page);

  if (batches.isPending) return <LoadingState />;
  if (batches.isError) return <ErrorState error={batches.error} onRetry={() => void batches.refetch()} />;
  const items = batches.data.items ?? [];
  return (
    <Stack gap="sm">
      <Title order={3}>{t('imports.history')}</Title>
      {items.length === 0 ? (
        <Text c="dimmed">{t('imports.noHistory')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped withTableBorder data-testid="import-batches">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('imports.when')}</Table.Th>
                <Table.Th>{t('imports.who')}</Table.Th>
                <Table.Th>{t('imports.fileName')}</Table.Th>
                <Table.Th ta="right">{t('imports.rows')}</Table.Th>
                <Table.Th ta="right">{t('imports.importedCol')}</Table.Th>
                <Table.Th ta="right">{t('imports.rejectedCol')}</Table.Th>
                <Table.Th ta="right">{t('imports.skippedCol')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('imports.dossiers')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((b: ImportBatchSummary) => (
                <Fragment key={b.id}>
                  <Table.Tr data-batch={b.id}>
                    <Table.Td>{formatDateTime(b.importedAt)}</Table.Td>
                    <Table.Td>{b.importedBy}</Table.Td>
                    <Table.Td>{b.fileName ?? t('imports.noFileName')}</Table.Td>
                    <Table.Td ta="right">{formatNumber(b.rows, lang)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(b.imported, lang)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(b.rejected, lang)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(b.skipped, lang)}</Table.Td>
                    <Table.Td>
                      {(b.imported ?? 0) > 0 && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          aria-expanded={open === b.id}
                          onClick={() => setOpen(open === b.id ? null : b.id ?? null)}
                        >
                          {open === b.id ? t('imports.hideRows') : t('imports.showRows')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                  {open === b.id && (
                    <Table.Tr>
                      <Table.Td colSpan={8}>
                        <BatchRows id={b.id!} />
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {(batches.data.totalPages ?? 0) > 1 && (
        <Group justify="center">
          <Pagination total={batches.data.totalPages ?? 1} value={page + 1} onChange={(p) => setPage(p - 1)} />
        </Group>
      )}
    </Stack>
  );
}

function BatchRows({ id }: { id: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const rows = useBatchInitiatives(id, page);
  if (rows.isPending) return <LoadingState />;
  if (rows.isError) return <ErrorState error={rows.error} onRetry={() => void rows.refetch()} />;
  return (
    <Stack gap="xs" data-testid={`batch-rows-${id}`}>
      <Text fw={600}>{t('imports.batchRows', { id })}</Text>
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('imports.receipt')}</Table.Th>
            <Table.Th>{t('imports.titleCol')}</Table.Th>
            <Table.Th>{t('imports.unit')}</Table.Th>
            <Table.Th>{t('imports.status')}</Table.Th>
            <Table.Th>{t('imports.firstApplied')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(rows.data.items ?? []).map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>{i.receiptNumber ?? '—'}</Table.Td>
              <Table.Td>{i.title}</Table.Td>
              <Table.Td>{i.unitName}</Table.Td>
              <Table.Td>{i.status && <StatusBadge status={i.status} />}</Table.Td>
              <Table.Td>{formatDate(i.firstAppliedOn)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {(rows.data.totalPages ?? 0) > 1 && (
        <Pagination size="sm" total={rows.data.totalPages ?? 1} value={page + 1} onChange={(p) => setPage(p - 1)} />
      )}
    </Stack>
  );
}
