import { Alert, Anchor, Badge, Button, Card, Group, List, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, mapFieldErrors, problemDetail, problemTitle } from '@/lib/api/problem';
import type { QuotaTable } from '@/lib/api/types';
import { formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { sortPeriods } from '@/lib/programs/programs';
import { checkAllocation, type AllocationRow, type PeriodCheck } from '../logic/quotaSums';
import { TargetCell } from './TargetCell';

interface Props {
  table: QuotaTable;
  canEdit: boolean;
  /** Sends the allocation; throws ApiError when refused. */
  onSave: (rows: AllocationRow[]) => Promise<void>;
  onReload: () => void;
  linkTo: (unitCode: string) => string;
}

function rowsOf(table: QuotaTable): AllocationRow[] {
  return (table.children ?? []).map((c) => ({ unitCode: c.unitCode ?? '', targets: { ...(c.targets ?? {}) } }));
}

function SumBadge({ check }: { check: PeriodCheck }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (check.state === 'ok') {
    return (
      <Badge color="teal" variant="light" size="sm">
        {t('quotas.sumOk')}
      </Badge>
    );
  }
  const n = formatNumber(Math.abs(check.difference), lang);
  return (
    <Badge color="red" variant="light" size="sm">
      {check.state === 'short' ? t('quotas.sumShort', { n }) : t('quotas.sumOver', { n })}
    </Badge>
  );
}

/** The quota table of a unit and its direct children (units × periods), editable with sums checked as you type. */
export function QuotaTableEditor({ table, canEdit, onSave, onReload, linkTo }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const periods = useMemo(() => sortPeriods(table.periods ?? []), [table.periods]);
  const [editing, setEditing] = useState(false);
  const [rows, setRows] = useState<AllocationRow[]>(() => rowsOf(table));
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<ApiError | Error | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const shown = editing ? rows : rowsOf(table);
  const phone = useMediaQuery('(max-width: 36em)') ?? false;
  const parentTargets = table.parent?.targets ?? {};
  const check = checkAllocation(periods, parentTargets, shown, table.quotaRule);
  const children = table.children ?? [];
  const parentName = table.parent?.unitName ?? '';

  const periodName = (code: string) => periods.find((p) => p.code === code)?.name ?? code;
  const rowError = (index: number, period: string): string | undefined => {
    const server = serverErrors[`allocations.${index}.targets.${period}`];
    if (server) return server;
    const problem = check.rows.find((r) => r.row === index && r.period === period);
    if (!problem) return undefined;
    if (problem.kind === 'missing') {
      const whole = periods.find((p) => p.code === period)?.parentCode ?? '';
      return t('quotas.partMissing', { period: periodName(period), whole: periodName(whole) });
    }
    return t('quotas.periodSumBroken', {
      parts: problem.parts.join(' + '),
      sum: formatNumber(problem.sum, lang),
      whole: formatNumber(problem.whole, lang),
      period: periodName(period),
    });
  };

  const periodMessage = (c: PeriodCheck) => {
    const values = {
      period: periodName(c.period),
      unit: parentName,
      total: formatNumber(c.total, lang),
      target: formatNumber(c.parent ?? 0, lang),
      n: formatNumber(Math.abs(c.difference), lang),
    };
    if (c.parent === null) return t('quotas.periodNoTarget', values);
    return c.state === 'short' ? t('quotas.periodShort', values) : t('quotas.periodOver', values);
  };

  const setCell = (index: number, period: string, value: number | string) => {
    setRows((current) =>
      current.map((r, i) => (i === index ? { ...r, targets: { ...r.targets, [period]: typeof value === 'number' ? value : '' } } : r)),
    );
    setServerErrors((e) => {
      const { [`allocations.${index}.targets.${period}`]: _drop, [`targets.${period}`]: _dropTotal, ...rest } = e;
      return rest;
    });
  };

  const cell = (index: number, p: (typeof periods)[number], unitName: string) => {
    const code = p.code ?? '';
    return (
      <TargetCell
        unitName={unitName}
        periodName={p.name ?? code}
        value={shown[index]?.targets[code]}
        editing={editing}
        error={rowError(index, code)}
        onChange={(v) => setCell(index, code, v)}
        testId={`quota-${children[index]?.unitCode}-${code}`}
      />
    );
  };

  const start = () => {
    setRows(rowsOf(table));
    setServerErrors({});
    setUnmatched([]);
    setFailure(null);
    setEditing(true);
  };
  const cancel = () => {
    setEditing(false);
    setServerErrors({});
    setUnmatched([]);
    setFailure(null);
  };
  const save = async () => {
    setSaving(true);
    setFailure(null);
    try {
      await onSave(rows);
      setEditing(false);
      setServerErrors({});
      setUnmatched([]);
    } catch (e) {
      setFailure(e instanceof Error ? e : new Error(String(e)));
      if (e instanceof ApiError) {
        const mapped = mapFieldErrors(e.fieldErrors, lang, (p) => /^(allocations\.\d+\.(targets\.[^.]+|unitCode)|targets\.[^.]+)$/.test(p));
        setServerErrors(mapped.byField);
        setUnmatched(mapped.unmatched);
      }
    } finally {
      setSaving(false);
    }
  };

  if (children.length === 0) {
    return <Text c="dimmed">{t('quotas.noChildren')}</Text>;
  }

  return (
    <Stack gap="sm">
      <Text size="sm">{table.quotaRule === 'MUST_NOT_EXCEED' ? t('quotas.ruleNotExceed') : t('quotas.ruleEqual')}</Text>
      {failure && (
        <Alert
          color={failure instanceof ApiError && failure.isStale ? 'orange' : 'red'}
          role="alert"
          title={failure instanceof ApiError ? problemTitle(failure.problem, lang) : t('problem.generic')}
          data-testid="quota-problem"
        >
          <Stack gap={4}>
            <Text size="sm">{failure instanceof ApiError ? problemDetail(failure.problem, lang) : failure.message}</Text>
            {failure instanceof ApiError && failure.isStale ? (
              <Group>
                <Text size="sm">{t('quotas.stale')}</Text>
                <Button
                  size="xs"
                  color="orange"
                  onClick={() => {
                    cancel();
                    onReload();
                  }}
                >
                  {t('quotas.reload')}
                </Button>
              </Group>
            ) : (
              Object.keys(serverErrors).length > 0 && <Text size="sm">{t('quotas.invalid')}</Text>
            )}
            {unmatched.length > 0 && (
              <List size="sm">
                {unmatched.map((m) => (
                  <List.Item key={m}>{m}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        </Alert>
      )}
      {phone ? (
        // A card per unit on a phone: a table of periods would need sideways scrolling there.
        <Stack gap="xs" data-testid="quota-cards">
          {children.map((child, index) => (
            <Card key={child.unitCode} withBorder padding="sm" data-unit={child.unitCode} data-testid="quota-card">
              <Anchor component={Link} to={linkTo(child.unitCode ?? '')} fw={600} aria-label={t('quotas.open', { unit: child.unitName })}>
                {child.unitName}
              </Anchor>
              <SimpleGrid cols={periods.length > 2 ? 2 : periods.length} spacing="xs" mt={4}>
                {periods.map((p) => (
                  <Stack key={p.code} gap={2}>
                    <Text size="xs" c="dimmed">
                      {p.name ?? p.code}
                    </Text>
                    <Text size="sm" className="num" ta="left">
                      {cell(index, p, child.unitName ?? '')}
                    </Text>
                  </Stack>
                ))}
              </SimpleGrid>
            </Card>
          ))}
        </Stack>
      ) : null}
      <Table.ScrollContainer minWidth={0}>
        <Table withTableBorder withColumnBorders striped data-testid="quota-table" className="quota-table">
          <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{t('quotas.parentRow', { unit: parentName })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('quotas.unit')}</Table.Th>
              {periods.map((p) => (
                <Table.Th key={p.code} scope="col" className="num">
                  {p.name ?? p.code}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr fw={700} data-testid="quota-parent-row">
              <Table.Th scope="row">{parentName}</Table.Th>
              {periods.map((p) => (
                <Table.Td key={p.code} className="num">
                  {formatNumber(parentTargets[p.code ?? ''], lang) || '–'}
                </Table.Td>
              ))}
            </Table.Tr>
            {/* On a phone the units are the cards above; the table keeps the whole, the sums and their check. */}
            {!phone && children.map((child, index) => (
              <Table.Tr key={child.unitCode} data-unit={child.unitCode}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={linkTo(child.unitCode ?? '')} aria-label={t('quotas.open', { unit: child.unitName })}>
                    {child.unitName}
                  </Anchor>
                  {serverErrors[`allocations.${index}.unitCode`] && (
                    <Text size="xs" c="red.9">
                      {serverErrors[`allocations.${index}.unitCode`]}
                    </Text>
                  )}
                </Table.Th>
                {periods.map((p) => (
                  <Table.Td key={p.code} className="num quota-target">
                    {cell(index, p, child.unitName ?? '')}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700} data-testid="quota-children-total">
              <Table.Th scope="row">{t('quotas.childrenTotal')}</Table.Th>
              {check.periods.map((c) => (
                <Table.Td key={c.period} className="num" aria-live={editing ? 'polite' : undefined}>
                  {formatNumber(c.total, lang)}
                </Table.Td>
              ))}
            </Table.Tr>
            <Table.Tr data-testid="quota-check-row">
              <Table.Th scope="row">{t('quotas.difference')}</Table.Th>
              {check.periods.map((c) => (
                <Table.Td key={c.period} className="num">
                  <SumBadge check={c} />
                  {serverErrors[`targets.${c.period}`] && (
                    <Text size="xs" c="red.9" className="quota-error">
                      {serverErrors[`targets.${c.period}`]}
                    </Text>
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {editing && (
        // Read out as the officer types: which period does not add up, by how much, in words.
        <div role="status" aria-live="polite" data-testid="quota-sums">
          {check.periods.some((c) => c.state !== 'ok') && (
            <Paper withBorder p="xs" c="red.9" bd="1px solid red.3">
              <Text size="sm" fw={700}>
                {t('quotas.sumsTitle')}
              </Text>
              <List size="sm" c="red.9">
                {check.periods
                  .filter((c) => c.state !== 'ok')
                  .map((c) => (
                    <List.Item key={c.period}>{periodMessage(c)}</List.Item>
                  ))}
              </List>
            </Paper>
          )}
        </div>
      )}
      {canEdit && (
        <Group className="no-print">
          {editing ? (
            <>
              <Button onClick={() => void save()} loading={saving} data-testid="quota-save">
                {t('quotas.save')}
              </Button>
              <Button variant="default" onClick={cancel}>
                {t('quotas.cancel')}
              </Button>
              {!check.ok && (
                <Text size="sm" c="red.9">
                  {t('quotas.invalid')}
                </Text>
              )}
            </>
          ) : (
            <Button variant="light" onClick={start} data-testid="quota-edit">
              {t('quotas.edit')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
