import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, problemDetail, problemTitle } from '@/lib/api/problem';
import { downloadFile } from '@/lib/download';
import { useLang } from '@/lib/i18n';

export type ReportKind = 'progress' | 'initiatives';
export type ReportFormat = 'csv' | 'xlsx';

const ACCEPT: Record<ReportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The report's address: GET /api/v1/reports/{kind}?program=&period=&root=&depth=&format= (the confederation's pull). */
export function reportPath(kind: ReportKind, format: ReportFormat, q: { program: string; period?: string; root?: string }) {
  const params = new URLSearchParams({ program: q.program });
  if (q.period) params.set('period', q.period);
  if (q.root) params.set('root', q.root);
  if (kind === 'progress') params.set('depth', '1');
  params.set('format', format);
  return `/api/v1/reports/${kind}?${params.toString()}`;
}

export function reportFileName(kind: ReportKind, format: ReportFormat, q: { period?: string; root?: string }) {
  const base = kind === 'progress' ? 'tien-do' : 'danh-sach-sang-kien';
  return `${[base, q.root, q.period].filter(Boolean).join('-')}.${format}`;
}

/** Download buttons for the progress table and the register of initiatives (no personal data), as CSV or XLSX. */
export function ReportDownloads({ program, period, root }: { program: string; period?: string; root?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const get = async (kind: ReportKind, format: ReportFormat) => {
    setBusy(`${kind}-${format}`);
    setFailure(null);
    try {
      const name = await downloadFile(reportPath(kind, format, { program, period, root }), ACCEPT[format], reportFileName(kind, format, { period, root }));
      notifications.show({ color: 'teal', message: t('reports.downloaded', { name }) });
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(null);
    }
  };

  const row = (kind: ReportKind) => (
    <Group justify="space-between" wrap="wrap" gap="xs">
      <div>
        <Text fw={600}>{t(`reports.${kind}Report`)}</Text>
        <Text size="sm" c="dimmed">
          {t(`reports.${kind}ReportHint`)}
        </Text>
      </div>
      <Group gap="xs">
        {(['csv', 'xlsx'] as const).map((format) => (
          <Button
            key={format}
            variant="light"
            loading={busy === `${kind}-${format}`}
            disabled={busy !== null && busy !== `${kind}-${format}`}
            onClick={() => void get(kind, format)}
            data-testid={`download-${kind}-${format}`}
            aria-label={t('reports.downloadAs', { report: t(`reports.${kind}Report`), format: format.toUpperCase() })}
          >
            {format.toUpperCase()}
          </Button>
        ))}
      </Group>
    </Group>
  );

  return (
    <Paper withBorder p="md" className="no-print">
      <Title order={3} size="h5" mb="sm">
        {t('reports.downloads')}
      </Title>
      <Stack gap="md">
        {row('progress')}
        {row('initiatives')}
        {failure !== null && (
          <Alert color="red" role="alert" title={failure instanceof ApiError ? problemTitle(failure.problem, lang) : t('problem.generic')} data-testid="download-problem">
            {failure instanceof ApiError && failure.status === 404 ? t('reports.notAvailable') : failure instanceof ApiError ? problemDetail(failure.problem, lang) : String(failure)}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
