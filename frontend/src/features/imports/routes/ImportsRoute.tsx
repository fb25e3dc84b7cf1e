import { Alert, Button, Divider, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { ImportOutcome, ImportRefused, ImportFileInput, ImportTemplateButtons } from '@/components/ImportOutcome';
import type { ImportResult } from '@/lib/api/types';
import { config } from '@/lib/config';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { abilities } from '@/lib/me/me';
import { useCurrentUser } from '@/lib/me/MeContext';
import { usePrograms } from '@/lib/programs/programs';
import { downloadTemplate, useImport } from '../api/imports';
import { BatchList } from '../components/BatchList';
import { beyondPreview, columnLabeller, rowsToCommit } from '../logic/imports';

/**
 * Importing a unit's Excel list of initiatives: the template, the file, a dry run that says row by row what would be
 * imported, rejected (column and reason) or skipped as already there, then the import itself, and the past imports.
 */
export function ImportsRoute() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentUser();
  const programs = usePrograms();
  const [program, setProgram] = useState(config.defaultProgram);
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState<ImportResult | undefined>();
  const [done, setDone] = useState<ImportResult | undefined>();
  const sending = useImport();
  const label = columnLabeller(t);

  if (!abilities(me).importInitiatives) return <Navigate to="/" replace />;

  const choose = (next: File | null) => {
    setFile(next);
    setDryRun(undefined);
    setDone(undefined);
    sending.reset();
  };
  const check = () => {
    if (!file) return;
    setDone(undefined);
    sending.mutate({ program, file, dryRun: true }, { onSuccess: setDryRun });
  };
  const commit = () => {
    if (!file) return;
    sending.mutate({ program, file, dryRun: false }, { onSuccess: (r) => { setDone(r); setDryRun(undefined); } });
  };
  const toCommit = rowsToCommit(dryRun);

  return (
    <Stack gap="md">
      <div>
        <Title order={2}>{t('imports.title')}</Title>
        <Text c="dimmed" size="sm">{t('imports.intro')}</Text>
      </div>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Group align="flex-end">
            <Select
              label={t('imports.program')}
              w={320}
              data={(programs.data ?? []).map((p) => ({ value: p.code ?? '', label: p.name ?? p.code ?? '' }))}
              value={program}
              onChange={(v) => { if (v) { setProgram(v); choose(file); } }}
              allowDeselect={false}
            />
            <ImportTemplateButtons download={downloadTemplate} />
          </Group>
          <Group align="flex-end">
            <ImportFileInput value={file} onChange={choose} />
            <Button onClick={check} disabled={!file} loading={sending.isPending && sending.variables?.dryRun}>
              {t('imports.check')}
            </Button>
          </Group>
        </Stack>
      </Paper>

      {sending.error != null && <ImportRefused error={sending.error} columnLabel={label} />}

      {dryRun && (
        <Paper withBorder p="md" data-testid="import-dry-run">
          <Stack gap="sm">
            <Title order={3}>{t('imports.dryRunTitle')}</Title>
            <ImportOutcome
              dryRun
              counts={{ rows: dryRun.rows ?? 0, imported: dryRun.imported ?? 0, rejected: dryRun.rejected ?? 0, skipped: dryRun.skipped ?? 0 }}
              rejectedRows={dryRun.rejectedRows}
              skippedRows={dryRun.skippedRows}
              columnLabel={label}
            />
            {(dryRun.preview?.length ?? 0) > 0 && (
              <Stack gap={4}>
                <Title order={4}>{t('imports.preview')}</Title>
                <Table.ScrollContainer minWidth={640}>
                  <Table withTableBorder data-testid="import-preview">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('importing.row')}</Table.Th>
                        <Table.Th>{t('imports.columns.unitCode')}</Table.Th>
                        <Table.Th>{t('imports.titleCol')}</Table.Th>
                        <Table.Th>{t('imports.status')}</Table.Th>
                        <Table.Th>{t('imports.firstApplied')}</Table.Th>
                        <Table.Th>{t('imports.authors')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {dryRun.preview!.map((r) => (
                        <Table.Tr key={r.row}>
                          <Table.Td>{r.row}</Table.Td>
                          <Table.Td>{r.unitCode}</Table.Td>
                          <Table.Td>{r.title}</Table.Td>
                          <Table.Td>{r.status && t(`status.${r.status}`)}</Table.Td>
                          <Table.Td>{formatDate(r.firstAppliedOn)}</Table.Td>
                          <Table.Td>{(r.authors ?? []).join('; ')}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                {beyondPreview(dryRun) > 0 && <Text size="sm" c="dimmed">{t('imports.previewMore', { n: formatNumber(beyondPreview(dryRun), lang) })}</Text>}
              </Stack>
            )}
            <Group>
              {toCommit > 0 ? (
                <Button onClick={commit} loading={sending.isPending && sending.variables?.dryRun === false}>
                  {t('imports.commit', { n: formatNumber(toCommit, lang) })}
                </Button>
              ) : (
                <Text size="sm" c="dimmed">{t('imports.nothingToCommit')}</Text>
              )}
            </Group>
          </Stack>
        </Paper>
      )}

      {done && (
        <Paper withBorder p="md" data-testid="import-done">
          <Stack gap="sm">
            <Alert color={done.replayed ? 'yellow' : 'green'}>
              {done.replayed
                ? t('imports.replayed', { when: formatDateTime(done.importedAt) })
                : t('imports.committed', { n: formatNumber(done.imported ?? 0, lang), file: done.fileName ?? file?.name ?? '' })}
            </Alert>
            <ImportOutcome
              dryRun={false}
              counts={{ rows: done.rows ?? 0, imported: done.imported ?? 0, rejected: done.rejected ?? 0, skipped: done.skipped ?? 0 }}
              rejectedRows={done.rejectedRows}
              skippedRows={done.skippedRows}
              columnLabel={label}
            />
          </Stack>
        </Paper>
      )}

      <Divider />
      <BatchList />
    </Stack>
  );
}
