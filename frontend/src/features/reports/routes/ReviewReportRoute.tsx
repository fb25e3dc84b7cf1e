import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/QueryState';
import { ProgressTable } from '@/components/ProgressTable';
import { ApiError, problemDetail, problemTitle } from '@/lib/api/problem';
import { config } from '@/lib/config';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { homeUnit } from '@/lib/me/me';
import { useCurrentUser } from '@/lib/me/MeContext';
import { downloadReview, reviewTitleKey, useReview, type ReviewReport } from '../components/review';

type Breakdown = NonNullable<ReviewReport['byField']>;

/** The interim or final review report (báo cáo sơ kết / tổng kết) laid out for A4 paper, its sections as tables. */
export function ReviewReportRoute() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentUser();
  const [params] = useSearchParams();
  const program = config.defaultProgram;
  const scope = {
    program,
    period: params.get('period') ?? undefined,
    root: params.get('unit') ?? homeUnit(me) ?? undefined,
    asOf: params.get('asOf') ?? undefined,
  };
  const review = useReview(scope, me.permissions.viewReports);
  const [generatedAt] = useState(() => new Date());
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  if (!me.permissions.viewReports) return <Navigate to="/" replace />;
  if (review.isPending) return <LoadingState />;
  if (review.isError) return <ErrorState error={review.error} />;
  const r = review.data;
  const units = r.units ?? [];
  const total = units.find((u) => u.unitCode === r.rootCode);
  const n = (v: number | null | undefined) => formatNumber(v, lang);

  const download = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const name = await downloadReview(scope, r.kind);
      notifications.show({ color: 'teal', message: t('reports.downloaded', { name }) });
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  const breakdown = (title: string, rows: Breakdown, label: (key: string) => string, testId: string) => (
    <Section title={title} testId={testId}>
      {rows.length === 0 ? (
        <Text size="sm">{t('reports.review.noneFound')}</Text>
      ) : (
      <Table className="print-table" withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reports.review.item')}</Table.Th>
            <Table.Th ta="right">{t('reports.review.filed')}</Table.Th>
            <Table.Th ta="right">{t('status.VALID')}</Table.Th>
            <Table.Th ta="right">{t('reports.review.value')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((b) => (
            <Table.Tr key={b.key}>
              <Table.Td>{b.key === 'NONE' ? t('reports.review.none') : label(b.key ?? '')}</Table.Td>
              <Table.Td ta="right">{n(b.filed)}</Table.Td>
              <Table.Td ta="right">{n(b.valid)}</Table.Td>
              <Table.Td ta="right">{n(b.estimatedValueVnd)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      )}
    </Section>
  );
  const share = (count: number | undefined, percent: number | null | undefined) =>
    percent === null || percent === undefined ? n(count) : `${n(count)} (${formatPercent(percent, lang)})`;

  return (
    <Stack gap="md" className="report review-report">
      <Group justify="flex-end" className="no-print">
        <Button variant="light" loading={busy} onClick={() => void download()} data-testid="download-review-xlsx">
          {t('reports.review.downloadXlsx')}
        </Button>
        <Button onClick={() => window.print()} data-testid="print">
          {t('reports.printIt')}
        </Button>
      </Group>
      {failure !== null && (
        <Alert color="red" role="alert" className="no-print" title={failure instanceof ApiError ? problemTitle(failure.problem, lang) : t('problem.generic')}>
          {failure instanceof ApiError ? problemDetail(failure.problem, lang) : String(failure)}
        </Alert>
      )}

      <header>
        <Text fw={700} tt="uppercase" size="sm">
          {r.rootName}
        </Text>
        <Title order={2} ta="center" mt="sm" data-testid="review-title">
          {t(reviewTitleKey(r.kind), { period: r.period?.name ?? '' })}
        </Title>
        <Text ta="center" size="sm" fs="italic">
          {r.programName}
        </Text>
        <Text ta="center" size="sm">
          {t('dashboard.periodWindow', { from: formatDate(r.period?.startsOn), to: formatDate(r.period?.endsOn) })} —{' '}
          {t('reports.review.asOf', { day: formatDate(r.asOf) })}
        </Text>
        <Text ta="right" size="xs" mt="xs">
          {t('reports.generatedAt', { when: formatDateTime(generatedAt) })}
        </Text>
      </header>

      <Section title={t('reports.review.units')} testId="review-units">
        {total && <ProgressTable rows={units.filter((u) => u !== total)} total={total} caption={`${total.unitName ?? ''} — ${r.period?.name ?? ''}`} className="print-table" />}
      </Section>

      <Section title={t('reports.review.exceeders')} testId="review-exceeders">
        {(r.exceeders ?? []).length === 0 ? (
          <Text size="sm">{t('reports.review.noneFound')}</Text>
        ) : (
          <Table className="print-table" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.review.unit')}</Table.Th>
                <Table.Th ta="right">{t('reports.review.target')}</Table.Th>
                <Table.Th ta="right">{t('status.VALID')}</Table.Th>
                <Table.Th ta="right">%</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(r.exceeders ?? []).map((u) => (
                <Table.Tr key={u.unitCode}>
                  <Table.Td>{u.unitName}</Table.Td>
                  <Table.Td ta="right">{n(u.target)}</Table.Td>
                  <Table.Td ta="right">{n(u.valid)}</Table.Td>
                  <Table.Td ta="right">{formatPercent(u.percent, lang)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>

      {breakdown(t('reports.review.byField'), r.byField ?? [], (k) => t(`fields.${k}`), 'review-by-field')}
      {breakdown(t('reports.review.bySector'), r.bySector ?? [], (k) => t(`units.sectors.${k}`), 'review-by-sector')}
      {breakdown(t('reports.review.byImpactLevel'), r.byImpactLevel ?? [], (k) => t(`impact.${k}`), 'review-by-impact')}

      <Section title={t('reports.review.participation')} testId="review-participation">
        <Table className="print-table" withTableBorder>
          <Table.Tbody>
            <Table.Tr>
              <Table.Td>{t('reports.review.grassrootsUnits')}</Table.Td>
              <Table.Td ta="right" data-testid="grassroots-units">{n(r.participation?.grassrootsUnits)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td>{t('reports.review.participatingUnits')}</Table.Td>
              <Table.Td ta="right">
                {share(r.participation?.participatingUnits, r.participation?.participationPercent)}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td>{t('reports.review.unitsWithValid')}</Table.Td>
              <Table.Td ta="right">
                {share(r.participation?.unitsWithValid, r.participation?.withValidPercent)}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td>{t('reports.review.authors')}</Table.Td>
              <Table.Td ta="right" data-testid="review-authors">{n(r.participation?.authors)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td>{t('reports.review.memberAuthors')}</Table.Td>
              <Table.Td ta="right">{n(r.participation?.memberAuthors)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Section>

      <Section title={t('reports.review.rewards')} testId="review-rewards">
        {(r.rewards ?? []).length === 0 ? (
          <Text size="sm">{t('reports.review.noneFound')}</Text>
        ) : (
          <Table className="print-table" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.review.decision')}</Table.Th>
                <Table.Th>{t('reports.review.form')}</Table.Th>
                <Table.Th>{t('reports.review.recipient')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(r.rewards ?? []).map((w) => (
                <Table.Tr key={w.id}>
                  <Table.Td>
                    {w.decisionNumber}, {formatDate(w.decisionDate)}
                  </Table.Td>
                  <Table.Td>{w.formTitle}</Table.Td>
                  <Table.Td>{[w.memberName, w.initiativeTitle, w.recipientUnitName].filter(Boolean).join(' — ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>

      <Section title={t('reports.review.typical')} testId="review-typical">
        {(r.typicalInitiatives ?? []).length === 0 ? (
          <Text size="sm">{t('reports.review.noneFound')}</Text>
        ) : (
          <Table className="print-table" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>#</Table.Th>
                <Table.Th>{t('reports.review.initiative')}</Table.Th>
                <Table.Th>{t('reports.review.unit')}</Table.Th>
                <Table.Th>{t('reports.review.field')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(r.typicalInitiatives ?? []).map((i, index) => (
                <Table.Tr key={i.id}>
                  <Table.Td>{index + 1}</Table.Td>
                  <Table.Td>{i.title}</Table.Td>
                  <Table.Td>{i.unitName}</Table.Td>
                  <Table.Td>{i.field ? t(`fields.${i.field}`) : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>

      <Group justify="flex-end" mt="xl" className="only-print">
        <Stack gap={60} align="center">
          <Text fw={700}>{t('reports.signature')}</Text>
          <Text>{me.name}</Text>
        </Stack>
      </Group>
    </Stack>
  );
}

function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <section data-testid={testId} className="review-section">
      <Title order={3} size="h5" mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}
