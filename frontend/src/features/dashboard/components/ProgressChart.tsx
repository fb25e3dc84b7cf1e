// Loaded lazily: Recharts is the heaviest library of the app and the table already carries every number.
// No animation: bars that grow for a second cost slow phones and make screenshots lie.
import { useMantineTheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ProgressRow } from '@/lib/api/types';
import { formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n';

export default function ProgressChart({ rows }: { rows: ProgressRow[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const theme = useMantineTheme();
  const data = rows.map((r) => ({
    name: r.unitName ?? r.unitCode,
    target: r.target ?? 0,
    valid: r.valid ?? 0,
    pipeline: r.pipeline ?? 0,
  }));
  const height = Math.max(220, data.length * 44 + 70);
  const fmt = (v: unknown) => formatNumber(Number(v), lang);
  return (
    <div role="img" aria-label={t('dashboard.chartTitle')} style={{ width: '100%', height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }} barGap={2}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={fmt} />
          <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={fmt} />
          <Legend />
          <Bar dataKey="target" name={t('dashboard.target')} fill={theme.colors.gray[5]} barSize={12} isAnimationActive={false} />
          <Bar dataKey="valid" name={t('dashboard.valid')} stackId="done" fill={theme.colors.teal[7]} barSize={12} isAnimationActive={false} />
          <Bar dataKey="pipeline" name={t('dashboard.pipeline')} stackId="done" fill={theme.colors.orange[5]} barSize={12} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
