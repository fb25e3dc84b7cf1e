import { Button, CloseButton, Group, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/QueryState';
import type { Unit } from '@/lib/api/types';
import { formatNumber, toIsoDate } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { abilities, homeUnit } from '@/lib/me/me';
import { useCurrentUser } from '@/lib/me/MeContext';
import { useChildCounts, useDossierCounts, useRootUnit, useUnitSearch } from '../api/units';
import { UnitDialog, type UnitAction } from '../components/UnitDialog';
import { UnitImportDialog } from '../components/UnitImportDialog';
import { TreeContext, UnitRow, UnitSummary, type TreeSettings } from '../components/UnitTree';

/**
 * The units of the officer's subtree as a tree to open level by level, with a search (without diacritics) and the
 * changes the API allows: add below, rename, move, close. The officer's own unit is at the top, read-only.
 */
export function UnitsRoute() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const today = toIsoDate(new Date());
  const home = homeUnit(me);
  const root = useRootUnit(home);
  const rootCode = root.data?.code ?? '';
  const rootCounts = useChildCounts(rootCode, Boolean(rootCode));
  const rootDossiers = useDossierCounts(rootCode, Boolean(rootCode));
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [showClosed, setShowClosed] = useState(false);
  const results = useUnitSearch(q, home, showClosed ? undefined : today);
  const [collapsed, setCollapsed] = useState<Set<string>>(() => new Set());
  const [opened, setOpened] = useState<Set<string>>(() => new Set());
  const [action, setAction] = useState<UnitAction | null>(null);
  const [importing, setImporting] = useState(false);
  const canManage = abilities(me).manageUnits;

  // The user's own unit starts open, the others closed.
  const isExpanded = useCallback((code: string) => (code === rootCode ? !collapsed.has(code) : opened.has(code)), [rootCode, collapsed, opened]);
  const toggle = useCallback(
    (code: string) => {
      const flip = (set: Set<string>) => {
        const next = new Set(set);
        if (next.has(code)) next.delete(code);
        else next.add(code);
        return next;
      };
      if (code === rootCode) setCollapsed(flip);
      else setOpened(flip);
    },
    [rootCode],
  );
  // A parent's name from the units already read (the tree's lists), else its code.
  const nameOf = useCallback(
    (code: string) => {
      if (code === root.data?.code) return root.data.name ?? code;
      for (const [, list] of queryClient.getQueriesData<Unit[]>({ queryKey: ['units', 'children'] })) {
        const found = list?.find((u) => u.code === code);
        if (found?.name) return found.name;
      }
      return code;
    },
    [queryClient, root.data],
  );
  const settings: TreeSettings = useMemo(
    () => ({ today, showClosed, rootCode, isExpanded, toggle, act: setAction, nameOf }),
    [today, showClosed, rootCode, isExpanded, toggle, nameOf],
  );

  if (root.isPending) return <LoadingState />;
  if (root.isError) return <ErrorState error={root.error} onRetry={() => void root.refetch()} />;
  const searching = q.length > 0;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('units.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('units.intro', { unit: root.data.name })}
          </Text>
        </div>
        {canManage && (
          <Button variant="light" onClick={() => setImporting(true)} data-testid="unit-import-open">
            {t('units.importing.action')}
          </Button>
        )}
      </Group>
      <Group align="flex-end" gap="md" wrap="wrap">
        <TextInput
          label={t('units.search')}
          placeholder={t('units.searchPlaceholder')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          type="search"
          style={{ flex: '1 1 16rem' }}
          data-testid="unit-search"
          rightSection={search ? <CloseButton size="sm" aria-label={t('units.clearSearch')} onClick={() => setSearch('')} /> : null}
        />
        <Switch
          label={t('units.showClosed')}
          checked={showClosed}
          onChange={(e) => setShowClosed(e.currentTarget.checked)}
          data-testid="unit-show-closed"
          mb={8}
        />
      </Group>
      <TreeContext.Provider value={settings}>
        <Paper withBorder p="sm">
          {searching ? (
            <SearchResults
              pending={results.isPending}
              error={results.isError ? results.error : null}
              onRetry={() => void results.refetch()}
              items={results.data?.items ?? []}
              total={results.data?.total ?? 0}
              formatCount={(n) => formatNumber(n, lang)}
            />
          ) : (
            <ul className="unit-tree unit-tree-root" aria-label={t('units.tree')} data-testid="unit-tree">
              <UnitRow unit={root.data} below={rootCounts.data?.get(rootCode)} dossiers={rootDossiers.data?.get(rootCode)} />
            </ul>
          )}
        </Paper>
        <Text size="xs" c="dimmed">
          {t('units.ownHint')}
        </Text>
      </TreeContext.Provider>
      {canManage && <UnitImportDialog opened={importing} onClose={() => setImporting(false)} />}
      <UnitDialog action={action} onClose={() => setAction(null)} rootCode={rootCode} today={today} nameOf={nameOf} />
    </Stack>
  );
}

function SearchResults({ pending, error, onRetry, items, total, formatCount }: {
  pending: boolean;
  error: unknown;
  onRetry: () => void;
  items: Unit[];
  total: number;
  formatCount: (n: number) => string;
}) {
  const { t } = useTranslation();
  if (pending) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={onRetry} />;
  if (items.length === 0) {
    return (
      <Text c="dimmed" role="status">
        {t('units.noResults')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Text size="sm" role="status" data-testid="unit-result-count">
        {total > items.length ? t('units.resultsMore', { shown: formatCount(items.length), n: formatCount(total) }) : t('units.results', { n: formatCount(total) })}
      </Text>
      <ul className="unit-tree unit-results" aria-label={t('units.search')} data-testid="unit-results">
        {items.map((u) => (
          <li key={u.code} data-unit={u.code} className="unit-node">
            <Group gap={4} wrap="nowrap" align="flex-start" className="unit-row">
              <UnitSummary unit={u} withParent />
            </Group>
          </li>
        ))}
      </ul>
    </Stack>
  );
}
