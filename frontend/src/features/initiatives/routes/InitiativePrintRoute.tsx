import { Anchor, Button, Group, Stack } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/QueryState';
import { config } from '@/lib/config';
import i18n from '@/lib/i18n';
import { useInitiative } from '@/lib/initiatives/initiatives';
import { ApplicationForm } from '../components/print/ApplicationForm';

// The printed form's page: A4 portrait with the margins of administrative papers (left 30 mm for binding). Rendered
// only while this screen is open, after the app's own print rules (A4 landscape for reports), so it wins over them.
const PAGE = '@media print { @page { size: A4; margin: 20mm 15mm 20mm 30mm; } }';

/** `/initiatives/:id/print`: the dossier as the application for recognition of an initiative, ready to print. */
export function InitiativePrintRoute() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const query = useInitiative(id);
  const vi = useMemo(() => i18n.getFixedT('vi'), []);
  const title = query.data?.title;

  useEffect(() => {
    if (!title) return undefined;
    const before = document.title;
    document.title = vi('printForm.title', { title });
    return () => {
      document.title = before;
    };
  }, [title, vi]);

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  return (
    <Stack gap="md">
      <style>{PAGE}</style>
      <Group justify="space-between" className="no-print">
        <Anchor component={Link} to={`/initiatives/${id}`} size="sm">
          ← {t('printForm.back')}
        </Anchor>
        <Button onClick={() => window.print()} data-testid="print-application">
          {t('printForm.print')}
        </Button>
      </Group>
      <ApplicationForm initiative={query.data} place={config.placeName} today={new Date()} t={vi} />
    </Stack>
  );
}
