import { Group, Paper, SegmentedControl, SimpleGrid, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { periodOfKind, subPeriodKinds, type SubPeriodKind } from '@/lib/programs/programs';
import type { Period } from '@/lib/api/types';
import { formatDate, formatNumber, formatPercent, toIsoDate } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { progressQuery } from '@/lib/progress/api';
import { percentOf } from '@/lib/progress/progress';

interface Props {
  program: string;
  periods: Period[];
  root?: string;
  selected?: string;
  onSelect: (code: string) => void;
}

/**
 * One card per period with the unit's target and valid count; choosing a card switches the dashboard. The whole
 * programme's card comes first, then the periods of one kind: when the programme has more than one kind (phases,
 * years, quarters), a switch above the cards chooses which.
 */
export function PeriodCards({ program, periods: all, root, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const kinds = subPeriodKinds(all);
  const current = all.find((p) => p.code === selected);
  const kind: SubPeriodKind | undefined = kinds.find((k) => k === current?.kind) ?? kinds[0];
  const periods = all.filter((p) => p.kind === 'PROGRAM' || p.kind === kind || !p.kind);
  const results = useQueries({
    queries: periods.map((p) => ({ ...progressQuery({ program, period: p.code, root, depth: 0 }), staleTime: 30_000 })),
  });
  const switchKind = (next: string) => {
    const target = periodOfKind(all, next as SubPeriodKind, current, toIsoDate(new Date()));
    if (target?.code) onSelect(target.code);
  };
  return (
    <Stack gap="xs">
      {kinds.length > 1 && kind && (
        <Group gap="xs">
          <Text size="sm" id="period-kind-label">
            {t('dashboard.periodKind')}
          </Text>
          <SegmentedControl
            size="xs"
            value={kind}
            onChange={switchKind}
            data={kinds.map((k) => ({ value: k, label: t(`dashboard.kinds.${k}`) }))}
            aria-labelledby="period-kind-label"
            data-testid="period-kind"
          />
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, xs: Math.min(3, periods.length) as 1 | 2 | 3 }} spacing="sm" role="group" aria-label={t('dashboard.periodTargets')}>
        {periods.map((p, i) => {
          const row = results[i]?.data?.rows?.[0];
          const active = p.code === selected;
          const percent = row ? percentOf(row) : null;
          return (
            <UnstyledButton key={p.code} onClick={() => onSelect(p.code!)} aria-pressed={active} data-testid={`period-${p.code}`}>
              <Paper
                withBorder
                p="sm"
                h="100%"
                style={{
                  borderColor: active ? 'var(--mantine-color-blue-8)' : undefined,
                  borderWidth: active ? 2 : 1,
                  background: active ? 'var(--mantine-color-blue-0)' : undefined,
                }}
              >
                <Text fw={700} size="sm">
                  {p.name ?? p.code}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDate(p.startsOn)} – {formatDate(p.endsOn)}
                </Text>
                {row ? (
                  <Group justify="space-between" mt={6} align="baseline" wrap="nowrap">
                    <div>
                      <Text size="xs" c="dimmed">
                        {t('dashboard.target')}
                      </Text>
                      <Text fw={700} size="xl" data-testid={`period-${p.code}-target`}>
                        {row.target === undefined || row.target === null ? '–' : formatNumber(row.target, lang)}
                      </Text>
                    </div>
                    <div style={{ textAlign: 'right' }}>
                      <Text size="xs" c="dimmed">
                        {t('dashboard.valid')}
                      </Text>
                      <Text fw={600}>
                        {formatNumber(row.valid ?? 0, lang)}
                        {percent !== null && (
                          <Text span size="xs" c="dimmed">
                            {' '}
                            ({formatPercent(percent, lang)})
                          </Text>
                        )}
                      </Text>
                    </div>
                  </Group>
                ) : (
                  <Skeleton h={40} mt={6} />
                )}
              </Paper>
            </UnstyledButton>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
