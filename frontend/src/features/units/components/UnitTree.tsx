import { ActionIcon, Badge, Button, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { createContext, useContext, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/QueryState';
import type { Unit } from '@/lib/api/types';
import { formatDate, formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { useChildCounts, useChildren, useDossierCounts } from '../api/units';
import { shown, unitState, type DossierCount } from '../logic/units';
import type { UnitAction } from './UnitDialog';

/** What every row of the tree shares: the day, the filter, which units are open, and where the actions go. */
export interface TreeSettings {
  today: string;
  showClosed: boolean;
  /** The user's own unit: shown, never changed here. */
  rootCode: string;
  isExpanded: (code: string) => boolean;
  toggle: (code: string) => void;
  act: (action: UnitAction) => void;
  /** A parent's name for the search results ("Under: …"). */
  nameOf?: (code: string) => string;
}

export const TreeContext = createContext<TreeSettings | null>(null);

function useTree(): TreeSettings {
  const tree = useContext(TreeContext);
  if (!tree) throw new Error('UnitRow outside a TreeContext');
  return tree;
}

function Chevron({ open }: { open: boolean }) {
  return (
    <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" style={{ transform: open ? 'rotate(90deg)' : undefined, transition: 'transform 120ms' }}>
      <path d="M9 6l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function Dots() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true">
      <circle cx="5" cy="12" r="2" fill="currentColor" />
      <circle cx="12" cy="12" r="2" fill="currentColor" />
      <circle cx="19" cy="12" r="2" fill="currentColor" />
    </svg>
  );
}

/** The actions on a unit below the user's own: add below, rename, move, close. */
function UnitActions({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const tree = useTree();
  const state = unitState(unit, tree.today);
  const name = unit.name ?? unit.code ?? '';
  if (unit.code === tree.rootCode) {
    return (
      <Group mt={4}>
        <Button size="xs" variant="light" onClick={() => tree.act({ kind: 'create', parent: unit })} aria-label={t('units.addBelow', { unit: name })} data-testid="unit-add-root">
          {t('units.add')}
        </Button>
        <Button size="xs" variant="subtle" onClick={() => tree.act({ kind: 'team', unit })} aria-label={`${t('units.team.title')}: ${name}`} data-testid="unit-team-root">
          {t('units.team.title')}
        </Button>
      </Group>
    );
  }
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('units.actions', { unit: name })} data-testid={`unit-actions-${unit.code}`}>
          <Dots />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {state !== 'closed' && (
          <Menu.Item onClick={() => tree.act({ kind: 'create', parent: unit })} data-testid="unit-action-create">
            {t('units.add')}
          </Menu.Item>
        )}
        <Menu.Item onClick={() => tree.act({ kind: 'edit', unit })} data-testid="unit-action-edit">
          {t('units.edit')}
        </Menu.Item>
        <Menu.Item onClick={() => tree.act({ kind: 'move', unit })} data-testid="unit-action-move">
          {t('units.move')}
        </Menu.Item>
        <Menu.Item onClick={() => tree.act({ kind: 'team', unit })} data-testid="unit-action-team">
          {t('units.team.title')}
        </Menu.Item>
        {!unit.validTo && (
          <Menu.Item color="red.9" onClick={() => tree.act({ kind: 'close', unit })} data-testid="unit-action-close">
            {t('units.close')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

// Long labels (a sector's full name) wrap on a phone instead of being cut.
const WRAPPING = { root: { height: 'auto', maxWidth: '100%' }, label: { whiteSpace: 'normal' as const, overflow: 'visible' } };

/** A unit's name, code, level, sector, validity and counts, with its actions: a tree row or a search result. */
export function UnitSummary({ unit, below, dossiers, withParent }: { unit: Unit; below?: number; dossiers?: DossierCount; withParent?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const tree = useTree();
  const state = unitState(unit, tree.today);
  const own = unit.code === tree.rootCode;
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" style={{ flex: 1, minWidth: 0 }}>
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Text fw={600} className="unit-name" data-testid="unit-name" c={state === 'closed' ? 'dimmed' : undefined}>
          {unit.name}
        </Text>
        <Group gap={6} wrap="wrap">
          <Text size="xs" c="dimmed" ff="monospace">
            {unit.code}
          </Text>
          {unit.type && (
            <Text size="xs" c="dimmed">
              · {t(`units.types.${unit.type}`)}
            </Text>
          )}
          {own && (
            <Badge size="sm" variant="light" color="blue" tt="none" styles={WRAPPING}>
              {t('units.own')}
            </Badge>
          )}
          {unit.sector && (
            <Badge size="sm" variant="outline" color="gray" tt="none" styles={WRAPPING} data-testid="unit-sector">
              {t(`units.sectors.${unit.sector}`)}
            </Badge>
          )}
          {state !== 'active' && (
            <Badge size="sm" variant="light" color={state === 'closed' ? 'gray' : 'orange'} tt="none" styles={WRAPPING} data-testid="unit-state">
              {state === 'future'
                ? t('units.stateFuture', { date: formatDate(unit.validFrom) })
                : t(state === 'closed' ? 'units.stateClosed' : 'units.stateClosing', { date: formatDate(unit.validTo) })}
            </Badge>
          )}
        </Group>
        {withParent && unit.parentCode && (
          <Text size="xs" c="dimmed">
            {t('units.parentOf', { unit: tree.nameOf?.(unit.parentCode) ?? unit.parentCode })}
          </Text>
        )}
        {(below !== undefined || dossiers) && (
          <Text size="xs" c="dimmed" data-testid="unit-counts">
            {below !== undefined && t('units.below', { n: formatNumber(below, lang) })}
            {below !== undefined && dossiers && ' · '}
            {dossiers && (
              <span title={t('units.dossiersHint')}>
                {t('units.dossiers', { valid: formatNumber(dossiers.valid, lang), pipeline: formatNumber(dossiers.pipeline, lang) })}
              </span>
            )}
          </Text>
        )}
        {own && <UnitActions unit={unit} />}
      </Stack>
      {!own && <UnitActions unit={unit} />}
    </Group>
  );
}

/** A unit of the tree and, once opened, the units below it. */
export function UnitRow({ unit, below, dossiers }: { unit: Unit; below?: number; dossiers?: DossierCount }) {
  const { t } = useTranslation();
  const tree = useTree();
  const code = unit.code ?? '';
  const open = tree.isExpanded(code);
  const listId = useId();
  // Nothing to open: no unit in force below, and closed ones are not shown.
  const leaf = below === 0 && !tree.showClosed;
  return (
    <li data-unit={code} className="unit-node">
      <Group gap={4} wrap="nowrap" align="flex-start" className="unit-row">
        {leaf ? (
          <span className="unit-toggle-space" aria-hidden="true" />
        ) : (
          <UnstyledButton
            className="unit-toggle"
            onClick={() => tree.toggle(code)}
            aria-expanded={open}
            aria-controls={open ? listId : undefined}
            aria-label={t('units.expand', { unit: unit.name })}
            data-testid={`unit-toggle-${code}`}
          >
            <Chevron open={open} />
          </UnstyledButton>
        )}
        <UnitSummary unit={unit} below={below} dossiers={dossiers} />
      </Group>
      {open && <UnitChildren code={code} id={listId} />}
    </li>
  );
}

/** The units directly below one, with their counts: three reads, made when the unit is opened. */
function UnitChildren({ code, id }: { code: string; id: string }) {
  const { t } = useTranslation();
  const tree = useTree();
  const children = useChildren(code);
  const counts = useChildCounts(code);
  const dossiers = useDossierCounts(code);
  if (children.isPending) return <LoadingState />;
  if (children.isError) return <ErrorState error={children.error} onRetry={() => void children.refetch()} />;
  const visible = children.data.filter((u) => shown(u, tree.today, tree.showClosed));
  if (visible.length === 0) {
    return (
      <Text size="sm" c="dimmed" className="unit-empty" id={id}>
        {t('units.noChildren')}
      </Text>
    );
  }
  return (
    <ul className="unit-tree" id={id}>
      {visible.map((u) => (
        <UnitRow key={u.code} unit={u} below={counts.data?.get(u.code ?? '')} dossiers={dossiers.data?.get(u.code ?? '')} />
      ))}
    </ul>
  );
}
