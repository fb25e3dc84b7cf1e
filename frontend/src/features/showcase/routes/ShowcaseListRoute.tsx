import { Badge, Card, Group, Pagination, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/QueryState';
import type { InitiativeField } from '@/lib/api/types';
import { SHOWCASE_PAGE_SIZE, useShowcase } from '@/lib/showcase/showcase';
import { ShowcaseShell } from '../components/ShowcaseShell';
import { excerpt, readFilters, writeFilters } from '../logic/filters';

const FIELDS: InitiativeField[] = ['EPIDEMIC_PREVENTION', 'SOCIO_ECONOMIC', 'UNION_INNOVATION', 'OTHER'];

/** The public showcase: recognised initiatives whose authors agreed, searched without diacritics; the address is the search. */
export function ShowcaseListRoute() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const [text, setText] = useState(filters.q);
  const [typed] = useDebouncedValue(text, 300);
  useEffect(() => {
    if (typed.trim() !== filters.q.trim()) setParams(writeFilters({ ...filters, q: typed, page: 0 }), { replace: true });
    // Only typing changes the address here; the other filters change it themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [typed]);
  const list = useShowcase(filters);
  const data = list.data;

  return (
    <ShowcaseShell>
      <Title order={1} size="h2">
        {t('showcase.title')}
      </Title>
      <Text c="dimmed">{t('showcase.intro')}</Text>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          style={{ flex: 1, minWidth: 240 }}
          label={t('showcase.search')}
          placeholder={t('showcase.searchPlaceholder')}
          type="search"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          data-testid="showcase-search"
        />
        <Select
          label={t('showcase.field')}
          placeholder={t('showcase.allFields')}
          clearable
          data={FIELDS.map((f) => ({ value: f, label: t(`fields.${f}`) }))}
          value={filters.field ?? null}
          onChange={(value) => setParams(writeFilters({ ...filters, field: (value as InitiativeField) ?? undefined, page: 0 }))}
        />
      </Group>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (data?.items ?? []).length === 0 ? (
        <Text role="status">{t('showcase.none')}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('showcase.found', { count: data?.totalItems ?? 0 })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {(data?.items ?? []).map((item) => (
              <Card key={item.id} withBorder padding="md" component="article" data-testid="showcase-card">
                <Stack gap="xs">
                  <Title order={2} size="h4">
                    <Link to={`/showcase/${item.id}`}>{item.title}</Link>
                  </Title>
                  <Text size="sm">{item.unitName}</Text>
                  <Group gap="xs">
                    {item.field && <Badge variant="light">{t(`fields.${item.field}`)}</Badge>}
                    <Badge variant="outline" color="gray">
                      {t('showcase.helpedCount', { count: item.helpedCount })}
                    </Badge>
                  </Group>
                  <Text size="sm">{excerpt(item.summary)}</Text>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
          {(data?.totalPages ?? 0) > 1 && (
            <Pagination
              total={data?.totalPages ?? 0}
              value={filters.page + 1}
              onChange={(p) => setParams(writeFilters({ ...filters, page: p - 1 }))}
              aria-label={t('showcase.pages')}
            />
          )}
        </>
      )}
      <Text size="xs" c="dimmed">
        {t('showcase.pageSize', { size: SHOWCASE_PAGE_SIZE })}
      </Text>
    </ShowcaseShell>
  );
}
