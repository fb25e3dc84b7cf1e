import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, problemDetail, problemTitle } from '@/lib/api/problem';
import { api } from '@/lib/api/client';
import { saveDownload } from '@/lib/download';
import { useLang } from '@/lib/i18n';

export type ReportKind = 'progress' | 'initiatives';
export type ReportFormat = 'csv' | 'xlsx';

const ACCEPT: Record<ReportFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

interface ReportScope {
  program: string;
  period?: string;
  root?: string;
}

/** The report's query besides the programme (in the path for progress): period, root, depth (progress: one level down), format. */
export function reportQuery(kind: ReportKind, format: ReportFormat, q: ReportScope) {
  return {
    ...(q.period ? { period: q.period } : {}),
    ...(q.root ? { root: q.root } : {}),
    ...(kind === 'progress' ? { depth: 1 } : {}),
    format,
  };
}

/** GETs the report (typed call, as a Blob, with the token) and saves it; throws ApiError when refused. Returns the file name. */
export function downloadReport(kind: ReportKind, format: ReportFormat, q: ReportScope): Promise<string> {
  const common = { headers: { Accept: ACCEPT[format] }, parseAs: 'blob' as const };
  const call =
    kind === 'progress'
      ? api.GET('/api/v1/programs/{code}/progress', { ...common, params: { path: { code: q.program }, query: reportQuery(kind, format, q) } })
      : api.GET('/api/v1/reports/initiatives', { ...common, params: { query: { program: q.program, ...reportQuery(kind, format, q) } } });
  return saveDownload(call, reportFileName(kind, format, q));
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
      const name = await downloadReport(kind, format, { program, period, root });
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
