// The outcome of an import or of its dry run, for any import screen: the counts, each rejected cell with its row,
// column and reason (in the user's language), and the rows skipped as already there; or why a file was refused whole.
import { Alert, Badge, Button, FileInput, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, problemDetail, problemTitle } from '@/lib/api/problem';
import type { RejectedRow } from '@/lib/api/types';
import { formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { IMPORT_ACCEPT, problemCells, rejectedCells, type RejectedCell } from '@/lib/imports/imports';

export interface ImportCounts {
  rows: number;
  imported: number;
  rejected: number;
  skipped: number;
}

interface Props {
  counts: ImportCounts;
  dryRun: boolean;
  rejectedRows?: RejectedRow[];
  skippedRows?: number[];
  /** The column's label for a column key ("firstAppliedOn" → "Ngày áp dụng lần đầu"). */
  columnLabel: (key: string) => string;
}

export function ImportOutcome({ counts, dryRun, rejectedRows, skippedRows, columnLabel }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const cells = rejectedCells(rejectedRows, lang);
  return (
    <Stack gap="sm" data-testid="import-outcome">
      <Group gap="xs">
        <Badge variant="light" size="lg" data-testid="import-rows">
          {t('importing.rows', { count: counts.rows, n: formatNumber(counts.rows, lang) })}
        </Badge>
        <Badge color="green" variant="light" size="lg" data-testid="import-imported">
          {t(dryRun ? 'importing.wouldImport' : 'importing.imported', { n: formatNumber(counts.imported, lang) })}
        </Badge>
        <Badge color="red" variant="light" size="lg" data-testid="import-rejected">
          {t('importing.rejected', { n: formatNumber(counts.rejected, lang) })}
        </Badge>
        <Badge color="gray" variant="light" size="lg" data-testid="import-skipped">
          {t('importing.skipped', { n: formatNumber(counts.skipped, lang) })}
        </Badge>
      </Group>
      {cells.length > 0 && <RejectedTable cells={cells} columnLabel={columnLabel} />}
      {counts.rejected > cells.length && cells.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('importing.moreRejected', { n: formatNumber(counts.rejected, lang) })}
        </Text>
      )}
      {(skippedRows?.length ?? 0) > 0 && (
        <Alert color="gray" title={t('importing.skippedTitle')} data-testid="import-skipped-rows">
          {t('importing.skippedRows', { rows: skippedRows!.join(', ') })}
        </Alert>
      )}
    </Stack>
  );
}

export function RejectedTable({ cells, columnLabel }: { cells: RejectedCell[]; columnLabel: (key: string) => string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Title order={4}>{t('importing.rejectedTitle')}</Title>
      <Table striped withTableBorder data-testid="import-rejected-rows">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('importing.row')}</Table.Th>
            <Table.Th>{t('importing.column')}</Table.Th>
            <Table.Th>{t('importing.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cells.map((c, i) => (
            <Table.Tr key={i}>
              <Table.Td>{c.row ?? '—'}</Table.Td>
              <Table.Td>{columnLabel(c.column)}</Table.Td>
              <Table.Td>{c.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** An import refused whole (400: missing columns, an empty file; 413, 415): the problem and its cells; any other error as text. */
export function ImportRefused({ error, columnLabel }: { error: unknown; columnLabel: (key: string) => string }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!(error instanceof ApiError)) return <Alert color="red">{String(error)}</Alert>;
  return (
    <Alert color="red" title={t('imports.refused')} data-testid="import-refused">
      <Stack gap="xs">
        <Text size="sm">{problemTitle(error.problem, lang)}. {problemDetail(error.problem, lang)}</Text>
        {error.fieldErrors.length > 0 && <RejectedTable cells={problemCells(error.fieldErrors, lang)} columnLabel={columnLabel} />}
      </Stack>
    </Alert>
  );
}

/** The template's two downloads (XLSX, CSV); a refused download says why beside them. */
export function ImportTemplateButtons({ download }: { download: (format: 'xlsx' | 'csv') => Promise<unknown> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [error, setError] = useState<unknown>(null);
  const get = (format: 'xlsx' | 'csv') => {
    setError(null);
    download(format).catch(setError);
  };
  return (
    <>
      <Button variant="light" onClick={() => get('xlsx')}>{t('imports.template')}</Button>
      <Button variant="subtle" onClick={() => get('csv')}>{t('imports.templateCsv')}</Button>
      {error != null && <Alert color="red">{error instanceof ApiError ? problemTitle(error.problem, lang) : String(error)}</Alert>}
    </>
  );
}

/** The CSV or XLSX file to check, then import. */
export function ImportFileInput({ value, onChange, autoFocus }: {
  value: File | null;
  onChange: (file: File | null) => void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <FileInput
      label={t('imports.file')}
      placeholder={t('imports.filePlaceholder')}
      accept={IMPORT_ACCEPT}
      value={value}
      onChange={onChange}
      w={360}
      data-autofocus={autoFocus || undefined}
    />
  );
}
