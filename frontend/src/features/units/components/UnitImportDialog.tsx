import { Alert, Badge, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportOutcome, ImportRefused, ImportFileInput, ImportTemplateButtons } from '@/components/ImportOutcome';
import type { UnitImportResult } from '@/lib/api/types';
import { formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { columnLabels } from '@/lib/imports/imports';
import { downloadUnitTemplate, useUnitImport } from '../api/units';

const COLUMN_KEYS = ['code', 'name', 'parentCode', 'type', 'sector', 'validFrom', 'header', 'file'] as const;

/** A unit import's counts as the shared outcome shows them: created is what is imported, unchanged what is skipped. */
function countsOf(result: UnitImportResult) {
  return { rows: result.rows ?? 0, imported: result.created ?? 0, rejected: result.rejected ?? 0, skipped: result.unchanged ?? 0 };
}

/**
 * A district's list of grassroots unions from CSV or XLSX: the template, the file, a dry run that lists the units to be
 * added and each rejected row (row, column, reason), then the import of the right rows; the tree is read again.
 */
export function UnitImportDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <Modal opened={opened} onClose={onClose} title={t('units.importing.title')} centered size="xl" fullScreen={phone}>
      {/* Made anew each time it opens: no file or result lingers from the last time. */}
      {opened && <UnitImport onClose={onClose} />}
    </Modal>
  );
}

function UnitImport({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState<UnitImportResult | undefined>();
  const [done, setDone] = useState<UnitImportResult | undefined>();
  const sending = useUnitImport();
  const label = columnLabels(t, 'units.importing.columns', COLUMN_KEYS);

  const choose = (next: File | null) => {
    setFile(next);
    setDryRun(undefined);
    setDone(undefined);
    sending.reset();
  };
  const check = () => {
    if (!file) return;
    setDone(undefined);
    sending.mutate({ file, dryRun: true }, { onSuccess: setDryRun });
  };
  const commit = () => {
    if (!file) return;
    sending.mutate({ file, dryRun: false }, { onSuccess: (r) => { setDone(r); setDryRun(undefined); } });
  };
  const toCreate = dryRun?.created ?? 0;

  return (
    <Stack gap="md">
      <Text c="dimmed" size="sm">{t('units.importing.intro')}</Text>
      <Group align="flex-end">
        <ImportTemplateButtons download={downloadUnitTemplate} />
      </Group>
      <Group align="flex-end">
        <ImportFileInput value={file} onChange={choose} autoFocus />
        <Button onClick={check} disabled={!file} loading={sending.isPending && sending.variables?.dryRun}>
          {t('imports.check')}
        </Button>
      </Group>

      {sending.error != null && <ImportRefused error={sending.error} columnLabel={label} />}

      {dryRun && (
        <Stack gap="sm" data-testid="unit-import-dry-run">
          <Title order={3}>{t('imports.dryRunTitle')}</Title>
          <ImportOutcome dryRun counts={countsOf(dryRun)} rejectedRows={dryRun.rejectedRows} columnLabel={label} />
          {toCreate > 0 && <CodeList title={t('units.importing.toCreate')} codes={dryRun.createdCodes} testId="unit-import-to-create" />}
          {(dryRun.rejected ?? 0) > 0 && <Text size="sm">{t('units.importing.fixHint')}</Text>}
          <Group>
            {toCreate > 0 ? (
              <Button onClick={commit} loading={sending.isPending && sending.variables?.dryRun === false}>
                {t('units.importing.commit', { n: formatNumber(toCreate, lang) })}
              </Button>
            ) : (
              <Text size="sm" c="dimmed">{t('units.importing.nothingToCommit')}</Text>
            )}
          </Group>
        </Stack>
      )}

      {done && (
        <Stack gap="sm" data-testid="unit-import-done">
          <Alert color="green" role="status">
            {t('units.importing.committed', { n: formatNumber(done.created ?? 0, lang), file: file?.name ?? '' })}
          </Alert>
          <ImportOutcome dryRun={false} counts={countsOf(done)} rejectedRows={done.rejectedRows} columnLabel={label} />
          {(done.created ?? 0) > 0 && <CodeList title={t('units.importing.created')} codes={done.createdCodes} testId="unit-import-created" />}
          <Group>
            <Button variant="default" onClick={onClose}>{t('units.importing.close')}</Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

function CodeList({ title, codes, testId }: { title: string; codes?: string[]; testId: string }) {
  return (
    <Stack gap={4}>
      <Title order={4}>{title}</Title>
      <Group gap={4} data-testid={testId}>
        {(codes ?? []).map((code) => (
          <Badge key={code} variant="outline" tt="none">{code}</Badge>
        ))}
      </Group>
    </Stack>
  );
}
