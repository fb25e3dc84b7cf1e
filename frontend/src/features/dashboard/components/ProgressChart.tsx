// Target vs valid vs pipeline per unit as horizontal bars, drawn with plain elements: a chart library (Recharts was
// ≈ 120 KB gzipped) would take the dashboard over its 300 KB budget, and these bars need only one linear scale.
// The table above carries every number; the chart is the picture of it (role="img", one label for the whole).
import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgressRow } from '@/lib/api/types';
import { formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { chartScale, exceeded, reached } from '../logic/progress';

const COLORS = {
  target: 'var(--mantine-color-gray-6)',
  valid: 'var(--mantine-color-teal-7)',
  pipeline: 'var(--mantine-color-orange-7)',
} as const;

const LABEL_WIDTH = 'clamp(6.5rem, 30%, 12rem)';

function Swatch({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <span style={{ width: 12, height: 12, borderRadius: 2, background: color, display: 'inline-block' }} aria-hidden />
      <Text size="xs">{label}</Text>
    </Group>
  );
}

function Bar({ value, max, color, testId }: { value: number; max: number; color: string; testId?: string }) {
  if (value <= 0) return null;
  return <div data-testid={testId} style={{ width: `${(value * 100) / max}%`, background: color, height: '100%' }} />;
}

export function ProgressChart({ rows }: { rows: ProgressRow[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { max, ticks } = chartScale(rows.map((r) => Math.max(r.target ?? 0, (r.valid ?? 0) + (r.pipeline ?? 0))));
  const label = (r: ProgressRow) => r.unitName ?? r.unitCode ?? '';
  const describe = (r: ProgressRow) =>
    `${label(r)} — ${t('dashboard.target')}: ${r.target === undefined || r.target === null ? t('dashboard.noTarget') : formatNumber(r.target, lang)}; ` +
    `${t('dashboard.valid')}: ${formatNumber(r.valid ?? 0, lang)}; ${t('dashboard.pipeline')}: ${formatNumber(r.pipeline ?? 0, lang)}`;
  return (
    <div role="img" aria-label={t('dashboard.chartTitle')} data-testid="progress-chart">
      <Group gap="md" mb="xs" aria-hidden>
        <Swatch color={COLORS.target} label={t('dashboard.target')} />
        <Swatch color={COLORS.valid} label={t('dashboard.valid')} />
        <Swatch color={COLORS.pipeline} label={t('dashboard.pipeline')} />
      </Group>
      <div aria-hidden>
        {rows.map((r) => (
          <div key={r.unitCode} title={describe(r)} data-testid={`chart-row-${r.unitCode}`} style={{ display: 'flex', alignItems: 'center', gap: 8, padding: '3px 0' }}>
            <Text size="xs" ta="right" lh={1.2} fw={reached(r) ? 700 : 400} c={exceeded(r) ? 'teal.9' : undefined} style={{ flex: `0 0 ${LABEL_WIDTH}` }}>
              {label(r)}
            </Text>
            <Box style={{ flex: 1, position: 'relative', borderLeft: '1px solid var(--mantine-color-gray-5)' }}>
              <div style={{ height: 10, display: 'flex' }}>
                <Bar value={r.target ?? 0} max={max} color={COLORS.target} />
              </div>
              <div style={{ height: 10, display: 'flex', marginTop: 2 }}>
                <Bar value={r.valid ?? 0} max={max} color={COLORS.valid} />
                <Bar value={r.pipeline ?? 0} max={max} color={COLORS.pipeline} />
              </div>
            </Box>
          </div>
        ))}
        <div style={{ display: 'flex', gap: 8 }}>
          <div style={{ flex: `0 0 ${LABEL_WIDTH}` }} />
          <div style={{ flex: 1, position: 'relative', height: 18, borderTop: '1px solid var(--mantine-color-gray-5)' }}>
            {ticks.map((tick, i) => (
              <Text
                key={tick}
                size="xs"
                c="dimmed"
                style={{
                  position: 'absolute',
                  left: `${(tick * 100) / max}%`,
                  transform: i === 0 ? undefined : i === ticks.length - 1 ? 'translateX(-100%)' : 'translateX(-50%)',
                }}
              >
                {formatNumber(tick, lang)}
              </Text>
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}
