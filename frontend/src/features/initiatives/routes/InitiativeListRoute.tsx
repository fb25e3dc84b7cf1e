import { Anchor, Button, Card, Group, MultiSelect, Pagination, Paper, Select, SimpleGrid, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/QueryState';
import { abilities } from '@/lib/me/me';
import { useCurrentUser } from '@/lib/me/MeContext';
import { sortPeriods, usePeriods } from '@/lib/programs/programs';
import { INITIATIVE_FIELDS, INITIATIVE_STATUSES, type InitiativeField, type InitiativeStatus } from '@/lib/api/types';
import { config } from '@/lib/config';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { useInitiatives, type InitiativeFilters } from '@/lib/initiatives/initiatives';
import { useUnitOptions } from '@/lib/units/units';
import { StatusBadge } from '@/components/StatusBadge';

const SIZES = ['10', '20', '50', '100'];

/** Filters live in the address, so a search can be bookmarked, shared and survives a reload. */
export function readFilters(params: URLSearchParams): InitiativeFilters {
  const status = (params.get('status') ?? '').split(',').filter((s): s is InitiativeStatus => (INITIATIVE_STATUSES as string[]).includes(s));
  const field = params.get('field');
  const size = Number(params.get('size') ?? 20);
  return {
    q: params.get('q') ?? '',
    unit: params.get('unit') ?? '',
    program: params.get('period') ? config.defaultProgram : undefined,
    period: params.get('period') ?? '',
    status,
    field: field && (INITIATIVE_FIELDS as string[]).includes(field) ? (field as InitiativeField) : undefined,
    page: Math.max(0, Number(params.get('page') ?? 1) - 1),
    size: SIZES.includes(String(size)) ? size : 20,
    sort: params.get('sort') ?? '-updatedAt',
    linkedToMe: params.get('linkedToMe') === '1' || undefined,
  };
}

export function InitiativeListRoute() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentUser();
  const can = abilities(me);
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const [text, setText] = useState(filters.q ?? '');
  const [debounced] = useDebouncedValue(text, 350);
  const list = useInitiatives(filters);
  const periods = usePeriods(config.defaultProgram);
  const units = useUnitOptions(me);

  const update = (changes: Record<string, string | undefined>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!keepPage) next.delete('page');
    setParams(next, { replace: true });
  };

  useEffect(() => {
    if ((params.get('q') ?? '') !== debounced) update({ q: debounced.trim() || undefined });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const data = list.data;
  const items = data?.items ?? [];
  const totalPages = data?.totalPages ?? 0;
  const anyFilter = ['q', 'status', 'unit', 'period', 'field', 'linkedToMe'].some((k) => params.get(k));

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('initiatives.title')}</Title>
        {can.createInitiatives && (
          <Button component={Link} to="/initiatives/new" data-testid="new-initiative">
            {t('initiatives.new')}
          </Button>
        )}
      </Group>

      <Paper withBorder p="sm" component="search">
        <Stack gap="sm">
          <TextInput
            label={t('initiatives.search')}
            placeholder={t('initiatives.searchPlaceholder')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            type="search"
            data-testid="initiative-search"
          />
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            <MultiSelect
              label={t('initiatives.status')}
              placeholder={filters.status?.length ? undefined : t('initiatives.allStatuses')}
              data={INITIATIVE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              value={filters.status}
              onChange={(v) => update({ status: v.join(',') || undefined })}
              clearable
            />
            {can.browseUnits && (
              <Select
                label={t('initiatives.unit')}
                placeholder={t('initiatives.allUnits')}
                data={units.data ?? []}
                value={filters.unit || null}
                onChange={(v) => update({ unit: v ?? undefined })}
                searchable
                clearable
              />
            )}
            <Select
              label={t('initiatives.period')}
              placeholder={t('initiatives.allPeriods')}
              data={sortPeriods(periods.data ?? []).map((p) => ({ value: p.code ?? '', label: p.name ?? p.code ?? '' }))}
              value={filters.period || null}
              onChange={(v) => update({ period: v ?? undefined })}
              clearable
            />
            <Select
              label={t('initiatives.field')}
              data={INITIATIVE_FIELDS.map((f) => ({ value: f, label: t(`fields.${f}`) }))}
              value={filters.field ?? null}
              onChange={(v) => update({ field: v ?? undefined })}
              clearable
            />
          </SimpleGrid>
          <Switch
            label={t('initiatives.filedForMe')}
            checked={filters.linkedToMe ?? false}
            onChange={(e) => update({ linkedToMe: e.currentTarget.checked ? '1' : undefined })}
            data-testid="filed-for-me"
          />
          <Group justify="space-between" align="flex-end">
            <Select
              label={t('initiatives.sort')}
              w={220}
              data={[
                { value: '-updatedAt', label: t('initiatives.sortUpdated') },
                { value: 'title', label: t('initiatives.sortTitle') },
                { value: '-firstAppliedOn', label: t('initiatives.sortApplied') },
              ]}
              value={filters.sort ?? '-updatedAt'}
              onChange={(v) => update({ sort: v && v !== '-updatedAt' ? v : undefined })}
              allowDeselect={false}
            />
            {anyFilter && (
              <Button
                variant="subtle"
                onClick={() => {
                  setText('');
                  setParams(new URLSearchParams(), { replace: true });
                }}
              >
                {t('initiatives.clearFilters')}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>

      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending && <LoadingState />}
      {data && (
        <>
          <Text size="sm" role="status" aria-live="polite" data-testid="initiative-count">
            {t('initiatives.results', { n: formatNumber(data.totalItems ?? 0, lang) })}
          </Text>
          {items.length === 0 ? (
            <Text c="dimmed">{t('initiatives.none')}</Text>
          ) : (
            <>
              <Paper withBorder visibleFrom="sm" style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
                <Table striped highlightOnHover data-testid="initiative-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('initiatives.columnTitle')}</Table.Th>
                      <Table.Th scope="col">{t('initiatives.unit')}</Table.Th>
                      <Table.Th scope="col">{t('initiatives.firstAppliedOn')}</Table.Th>
                      <Table.Th scope="col">{t('initiatives.status')}</Table.Th>
                      <Table.Th scope="col">{t('initiatives.updatedAt')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((i) => (
                      <Table.Tr key={i.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/initiatives/${i.id}`}>
                            {i.title}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {i.field ? t(`fields.${i.field}`) : ''}
                          </Text>
                        </Table.Td>
                        <Table.Td>{i.unitName}</Table.Td>
                        <Table.Td>{formatDate(i.firstAppliedOn)}</Table.Td>
                        <Table.Td>
                          <StatusBadge status={i.status} />
                        </Table.Td>
                        <Table.Td>{formatDateTime(i.updatedAt)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Paper>
              <Stack gap="xs" hiddenFrom="sm">
                {items.map((i) => (
                  <Card key={i.id} withBorder padding="sm" component={Link} to={`/initiatives/${i.id}`}>
                    <Text fw={600} c="blue.8">
                      {i.title}
                    </Text>
                    <Text size="sm">{i.unitName}</Text>
                    <Group justify="space-between" mt={4}>
                      <StatusBadge status={i.status} />
                      <Text size="xs" c="dimmed">
                        {formatDate(i.firstAppliedOn)}
                      </Text>
                    </Group>
                  </Card>
                ))}
              </Stack>
            </>
          )}
          <Group justify="space-between">
            <Select
              label={t('initiatives.pageSize')}
              w={140}
              data={SIZES}
              value={String(filters.size)}
              onChange={(v) => update({ size: v && v !== '20' ? v : undefined })}
              allowDeselect={false}
            />
            {totalPages > 1 && (
              <Pagination
                total={totalPages}
                value={filters.page + 1}
                onChange={(p) => update({ page: p > 1 ? String(p) : undefined }, true)}
                getControlProps={(control) => ({ 'aria-label': control === 'previous' ? t('form.previous') : t('form.next') })}
                getItemProps={(page) => ({ 'aria-label': `${t('initiatives.page')} ${page}` })}
              />
            )}
          </Group>
        </>
      )}
    </Stack>
  );
}
