import { Alert, Anchor, List, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '@/lib/api/client';
import { StatusBadge } from '@/components/StatusBadge';

/** Close titles already in the programme, found while typing, so that a duplicate is noticed before filing. */
export function SimilarTitles({ program, title, excludeId }: { program: string; title: string; excludeId?: number }) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(title.trim(), 500);
  const similar = useQuery({
    queryKey: ['initiatives', 'similar', program, debounced],
    queryFn: () => unwrap(api.GET('/api/v1/initiatives/similar', { params: { query: { program, title: debounced } } })),
    enabled: Boolean(program) && debounced.length >= 3,
    staleTime: 60_000,
    retry: false,
  });
  const items = (similar.data ?? []).filter((s) => s.id !== excludeId);
  if (items.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" role="status" data-testid="similar-titles">
      <Text size="sm" fw={600}>
        {t('form.similar')}
      </Text>
      <List size="sm" mt={4}>
        {items.map((s) => (
          <List.Item key={s.id}>
            <Anchor component={Link} to={`/initiatives/${s.id}`} target="_blank" size="sm">
              {s.title}
            </Anchor>{' '}
            — {s.unitName} <StatusBadge status={s.status} />
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
