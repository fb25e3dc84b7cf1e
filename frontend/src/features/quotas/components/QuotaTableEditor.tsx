import { Alert, Anchor, Button, Card, Group, List, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, mapFieldErrors, problemDetail, problemTitle } from '@/lib/api/problem';
import type { QuotaTable } from '@/lib/api/types';
import { formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { sortPeriods } from '@/lib/programs/programs';
import { useQuotaTables } from '../api/quotas';
import {
  allocatedBelow,
  checkAllocation,
  givenTargets,
  sameTargets,
  type AllocationRow,
  type BelowAllocation,
  type PeriodCheck,
} from '../logic/quotaSums';
import { BelowAllocationTable } from './BelowAllocationTable';
import { SumCheckRow } from './SumBadge';
import { TargetCell } from './TargetCell';

interface Props {
  table: QuotaTable;
  canEdit: boolean;
  /**
   * Sends the allocation, with the children's own allocations that change with it, made on the table's `version` (the
   * one editing started from: a newer table on the server refuses it as stale); throws ApiError when refused.
   */
  onSave: (rows: AllocationRow[], below: BelowAllocation[], version: number) => Promise<void>;
  onReload: () => void;
  /** The table shown is the one kept on the device and the server's is on its way: editing waits for it. */
  waitingForLatest?: boolean;
  linkTo: (unitCode: string) => string;
}

function rowsOf(table: QuotaTable): AllocationRow[] {
  return (table.children ?? []).map((c) => ({ unitCode: c.unitCode ?? '', targets: { ...(c.targets ?? {}) } }));
}

/** The quota table of a unit and its direct children (units × periods), editable with sums checked as you type. */
export function QuotaTableEditor({ table, canEdit, onSave, onReload, linkTo, waitingForLatest = false }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const periods = useMemo(() => sortPeriods(table.periods ?? []), [table.periods]);
  const [editing, setEditing] = useState(false);
  // The version editing started from: a table that changes meanwhile keeps what was typed, and says so.
  const [baseVersion, setBaseVersion] = useState(table.version ?? 0);
  const [rows, setRows] = useState<AllocationRow[]>(() => rowsOf(table));
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<ApiError | Error | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [unmatched, setUnmatched] = useState<string[]>([]);
  // Children's own allocations as edited, by child: shown when a child's targets change after it allocated them.
  const [belowEdits, setBelowEdits] = useState<Record<string, AllocationRow[]>>({});
  const shown = editing ? rows : rowsOf(table);
  const phone = useMediaQuery('(max-width: 36em)') ?? false;
  const parentTargets = table.parent?.targets ?? {};
  const check = checkAllocation(periods, parentTargets, shown, table.quotaRule);
  const children = table.children ?? [];
  const parentName = table.parent?.unitName ?? '';

  // A child whose targets change and which has already allocated them further down: under MUST_EQUAL its children's
  // allocation must change with them, in the same request. Its table is read as soon as its row changes.
  const original = useMemo(() => new Map(rowsOf(table).map((r) => [r.unitCode, r.targets])), [table]);
  const grassroots = new Set(children.filter((c) => c.unitType === 'GRASSROOTS').map((c) => c.unitCode));
  const changed = editing
    ? rows.filter((r) => !grassroots.has(r.unitCode) && !sameTargets(r.targets, original.get(r.unitCode) ?? {})).map((r) => r.unitCode)
    : [];
  const belowTables = useQuotaTables(table.programCode ?? '', changed);
  const below = changed.flatMap((code) => {
    const data = belowTables[code]?.data;
    if (!data || !allocatedBelow(data)) return [];
    const names = Object.fromEntries((data.children ?? []).map((c) => [c.unitCode ?? '', c.unitName ?? '']));
    return [{
      unitCode: code,
      unitName: children.find((c) => c.unitCode === code)?.unitName ?? code,
      version: data.version ?? 0,
      rows: belowEdits[code] ?? rowsOf(data),
      names,
      targets: givenTargets(rows.find((r) => r.unitCode === code)?.targets ?? {}),
    }];
  });
  const belowChecks = below.map((b) => checkAllocation(periods, b.targets, b.rows, table.quotaRule));
  const allOk = check.ok && belowChecks.every((c) => c.ok);
  const belowErrors = (n: number) =>
    Object.fromEntries(
      Object.entries(serverErrors)
        .filter(([k]) => k.startsWith(`below.${n}.allocation.`))
        .map(([k, v]) => [k.slice(`below.${n}.allocation.`.length), v]),
    );
  const setBelowCell = (code: string, n: number, base: AllocationRow[], index: number, period: string, value: number | string) => {
    const at = `below.${n}.allocation.`;
    setServerErrors((e) =>
      Object.fromEntries(
        Object.entries(e).filter(([k]) => k !== `${at}targets.${period}` && k !== `${at}allocations.${index}.targets.${period}`),
      ),
    );
    setBelowEdits((current) => ({
      ...current,
      [code]: (current[code] ?? base).map((r, i) =>
        i === index ? { ...r, targets: { ...r.targets, [period]: typeof value === 'number' ? value : '' } } : r,
      ),
    }));
  };

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

  const periodMessage = (c: PeriodCheck, unit: string = parentName) => {
    const values = {
      period: periodName(c.period),
      unit,
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
    setBelowEdits({});
    setServerErrors({});
    setUnmatched([]);
    setFailure(null);
    setBaseVersion(table.version ?? 0);
    setEditing(true);
  };
  const cancel = () => {
    setEditing(false);
    setBelowEdits({});
    setServerErrors({});
    setUnmatched([]);
    setFailure(null);
  };
  const save = async () => {
    setSaving(true);
    setFailure(null);
    try {
      await onSave(rows, below.map((b) => ({ unitCode: b.unitCode, version: b.version, rows: b.rows })), baseVersion);
      setEditing(false);
      setServerErrors({});
      setUnmatched([]);
    } catch (e) {
      setFailure(e instanceof Error ? e : new Error(String(e)));
      if (e instanceof ApiError) {
        const mapped = mapFieldErrors(e.fieldErrors, lang, (p) =>
          /^(below\.\d+\.allocation\.)?(allocations\.\d+\.(targets\.[^.]+|unitCode)|targets\.[^.]+)$/.test(p),
        );
        setServerErrors(mapped.byField);
        setUnmatched(mapped.unmatched);
      }
    } finally {
      setSaving(false);
    }
  };

  const changedMeanwhile = editing && (table.version ?? 0) !== baseVersion;

  if (children.length === 0) {
    return <Text c="dimmed">{t('quotas.noChildren')}</Text>;
  }

  return (
    <Stack gap="sm">
      <Text size="sm">{table.quotaRule === 'MUST_NOT_EXCEED' ? t('quotas.ruleNotExceed') : t('quotas.ruleEqual')}</Text>
      {changedMeanwhile && !failure && (
        <Alert color="orange" role="alert" title={t('quotas.changedTitle')} data-testid="quota-changed">
          <Group>
            <Text size="sm">{t('quotas.changedMeanwhile')}</Text>
            <Button size="xs" color="orange" variant="light" onClick={start}>
              {t('quotas.restart')}
            </Button>
          </Group>
        </Alert>
      )}
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
            <SumCheckRow checks={check.periods} serverErrors={serverErrors} testId="quota-check-row" />
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {below.map((b, n) => (
        <BelowAllocationTable
          key={b.unitCode}
          unitCode={b.unitCode}
          unitName={b.unitName}
          periods={periods}
          rule={table.quotaRule}
          targets={b.targets}
          names={b.names}
          rows={b.rows}
          onChange={(index, period, value) => setBelowCell(b.unitCode, n, b.rows, index, period, value)}
          serverErrors={belowErrors(n)}
        />
      ))}
      {editing && (
        // Read out as the officer types: which period does not add up, by how much, in words.
        <div role="status" aria-live="polite" data-testid="quota-sums">
          {(!check.periods.every((c) => c.state === 'ok') || belowChecks.some((c) => !c.ok)) && (
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
                {below.flatMap((b, n) =>
                  belowChecks[n].periods
                    .filter((c) => c.state !== 'ok')
                    .map((c) => <List.Item key={`${b.unitCode}-${c.period}`}>{periodMessage(c, b.unitName)}</List.Item>),
                )}
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
              {!allOk && (
                <Text size="sm" c="red.9">
                  {t('quotas.invalid')}
                </Text>
              )}
            </>
          ) : (
            <>
              <Button variant="light" onClick={start} disabled={waitingForLatest} data-testid="quota-edit">
                {t('quotas.edit')}
              </Button>
              {waitingForLatest && (
                <Text size="sm" c="dimmed" role="status" data-testid="quota-loading-latest">
                  {t('quotas.loadingLatest')}
                </Text>
              )}
            </>
          )}
        </Group>
      )}
    </Stack>
  );
}
