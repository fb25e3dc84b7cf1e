import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/QueryState';
import { abilities, homeUnit } from '@/lib/me/me';
import { useCurrentUser } from '@/lib/me/MeContext';
import { config } from '@/lib/config';
import { useAllocate, useQuotaTable, useUnit } from '../api/quotas';
import { QuotaTableEditor } from '../components/QuotaTableEditor';
import { toAllocationWithBelow } from '../logic/quotaSums';

export function QuotasRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const can = abilities(me);
  const [params] = useSearchParams();
  const home = homeUnit(me);
  const unit = params.get('unit') ?? home;
  const program = config.defaultProgram;
  const table = useQuotaTable(program, unit);
  const allocate = useAllocate(program, unit);
  const atHome = !params.get('unit') || params.get('unit') === home;
  const current = useUnit(table.data?.parent?.unitCode, !atHome);
  const link = (code?: string) => (code && code !== home ? `/quotas?unit=${encodeURIComponent(code)}` : '/quotas');

  // The table kept on the device shows at once; until the server's own arrives, editing waits (it would start from a
  // table about to be replaced).
  const waitingForLatest = table.isFetching && !table.isFetchedAfterMount;

  if (table.isPending) return <LoadingState />;
  if (table.isError) return <ErrorState error={table.error} onRetry={() => void table.refetch()} />;
  const data = table.data;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('quotas.title')}</Title>
          <Text c="dimmed" size="sm">
            {data.parent?.unitName}
          </Text>
        </div>
        {!atHome && (
          <Group gap="xs">
            {current.data?.parentCode && (
              <Button variant="default" size="xs" component={Link} to={link(current.data.parentCode)}>
                {t('quotas.parentOf')}
              </Button>
            )}
            <Button variant="default" size="xs" component={Link} to={link(home)}>
              {t('dashboard.backToMine')}
            </Button>
          </Group>
        )}
      </Group>
      <Paper withBorder p="sm">
        <QuotaTableEditor
          // Per unit, not per version: a newer table arriving while the officer edits keeps what was typed (the editor warns).
          key={data.parent?.unitCode}
          table={data}
          canEdit={can.manageQuotas}
          linkTo={link}
          onReload={() => void table.refetch()}
          waitingForLatest={waitingForLatest}
          onSave={async (rows, below, version) => {
            // One request, one transaction: the allocation and the children's own allocations that change with it.
            await allocate.mutateAsync({ parent: data.parent?.unitCode ?? '', body: toAllocationWithBelow(version, rows, below) });
            notifications.show({ color: 'teal', message: t('quotas.saved') });
          }}
        />
      </Paper>
    </Stack>
  );
}
