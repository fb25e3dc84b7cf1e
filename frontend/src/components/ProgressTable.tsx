import { Anchor, Badge, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgressRow } from '@/lib/api/types';
import { formatNumber, formatPercent } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { exceeded, percentOf, reached } from '@/lib/progress/progress';

interface Props {
  rows: ProgressRow[];
  total?: ProgressRow;
  caption: string;
  /** Where a unit's name links to (drill-down); no links when absent (print). */
  linkTo?: (row: ProgressRow) => string;
  className?: string;
}

export function ReachedBadge({ row }: { row: ProgressRow }) {
  const { t } = useTranslation();
  if (exceeded(row)) {
    return (
      <Badge color="teal" variant="light" size="sm">
        {t('dashboard.exceeded')}
      </Badge>
    );
  }
  if (reached(row)) {
    return (
      <Badge color="teal" variant="light" size="sm">
        {t('dashboard.reached')}
      </Badge>
    );
  }
  return null;
}

function Cells({ row }: { row: ProgressRow }) {
  const { t } = useTranslation();
  const lang = useLang();
  const percent = percentOf(row);
  return (
    <>
      <Table.Td className="num">{row.target === undefined || row.target === null ? <Text span c="dimmed" size="sm">{t('dashboard.noTarget')}</Text> : formatNumber(row.target, lang)}</Table.Td>
      <Table.Td className="num" fw={600}>
        {formatNumber(row.valid ?? 0, lang)}
      </Table.Td>
      <Table.Td className="num">{formatNumber(row.pipeline ?? 0, lang)}</Table.Td>
      <Table.Td className="num">{percent === null ? '–' : formatPercent(percent, lang)}</Table.Td>
      <Table.Td className="num">{row.remaining === undefined || row.remaining === null ? '–' : formatNumber(row.remaining, lang)}</Table.Td>
      <Table.Td>
        <ReachedBadge row={row} />
      </Table.Td>
    </>
  );
}

/** Target, valid, pipeline, percent and remaining per unit, the total underneath; exceeders highlighted. */
export function ProgressTable({ rows, total, caption, linkTo, className }: Props) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover withTableBorder className={className} data-testid="progress-table">
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard.unit')}</Table.Th>
            <Table.Th scope="col" className="num">
              {t('dashboard.target')}
            </Table.Th>
            <Table.Th scope="col" className="num">
              {t('dashboard.valid')}
            </Table.Th>
            <Table.Th scope="col" className="num">
              <Tooltip label={t('dashboard.pipelineHint')} multiline w={260}>
                <span>{t('dashboard.pipeline')}</span>
              </Tooltip>
            </Table.Th>
            <Table.Th scope="col" className="num">
              {t('dashboard.percent')}
            </Table.Th>
            <Table.Th scope="col" className="num">
              {t('dashboard.remaining')}
            </Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('dashboard.reached')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.unitCode} className={reached(row) ? 'row-reached' : undefined} data-unit={row.unitCode}>
              <Table.Th scope="row" fw={500}>
                {linkTo ? (
                  <Anchor component={Link} to={linkTo(row)} aria-label={t('dashboard.drillDown', { unit: row.unitName })}>
                    {row.unitName}
                  </Anchor>
                ) : (
                  row.unitName
                )}
              </Table.Th>
              <Cells row={row} />
            </Table.Tr>
          ))}
        </Table.Tbody>
        {total && (
          <Table.Tfoot>
            <Table.Tr fw={700} className={reached(total) ? 'row-reached' : undefined} data-unit={total.unitCode} data-testid="progress-total">
              <Table.Th scope="row">{t('dashboard.total', { unit: total.unitName })}</Table.Th>
              <Cells row={total} />
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
