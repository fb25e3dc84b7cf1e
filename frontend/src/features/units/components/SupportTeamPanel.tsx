import { ActionIcon, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/QueryState';
import type { Unit } from '@/lib/api/types';
import { formatDateTime } from '@/lib/format';
import { useSupportTeam, useSupportTeamWrites } from '../api/units';

/**
 * The unit's initiative support team: its members (account and name), who added them and when; an officer adds one
 * (the whole list is sent, so who stays keeps when they were added) or removes one.
 */
export function SupportTeamPanel({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const code = unit.code ?? '';
  const team = useSupportTeam(code);
  const { replace, remove } = useSupportTeamWrites(code);
  const [username, setUsername] = useState('');
  const [fullName, setFullName] = useState('');

  if (team.isPending) return <LoadingState />;
  if (team.isError) return <ErrorState error={team.error} onRetry={() => void team.refetch()} />;
  const members = team.data.members ?? [];

  const add = async () => {
    await replace.mutateAsync([
      ...members.map((m) => ({ username: m.username ?? '', fullName: m.fullName ?? '' })),
      { username: username.trim(), fullName: fullName.trim() },
    ]);
    setUsername('');
    setFullName('');
  };

  return (
    <Stack gap="sm" data-testid="support-team">
      <Text size="sm">{t('units.team.intro')}</Text>
      {members.length === 0 ? (
        <Text c="dimmed" size="sm" role="status">
          {t('units.team.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('units.team.fullName')}</Table.Th>
                <Table.Th>{t('units.team.username')}</Table.Th>
                <Table.Th>{t('units.team.added')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((m) => (
                <Table.Tr key={m.username} data-testid="support-team-member">
                  <Table.Td>{m.fullName}</Table.Td>
                  <Table.Td ff="monospace">{m.username}</Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {m.addedBy} — {formatDateTime(m.addedAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('units.team.remove', { name: m.fullName })}
                      loading={remove.isPending && remove.variables === m.username}
                      onClick={() => remove.mutate(m.username ?? '')}
                    >
                      <span aria-hidden>✕</span>
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group align="flex-end" gap="xs" wrap="wrap">
        <TextInput label={t('units.team.username')} maxLength={255} autoComplete="off" value={username} onChange={(e) => setUsername(e.currentTarget.value)} data-testid="support-team-username" />
        <TextInput label={t('units.team.fullName')} maxLength={255} value={fullName} onChange={(e) => setFullName(e.currentTarget.value)} data-testid="support-team-fullname" />
        <Button onClick={() => void add().catch(() => undefined)} loading={replace.isPending} disabled={!username.trim() || !fullName.trim()} data-testid="support-team-add">
          {t('units.team.add')}
        </Button>
      </Group>
      {replace.isError && <ErrorState error={replace.error} />}
      {remove.isError && <ErrorState error={remove.error} />}
    </Stack>
  );
}
