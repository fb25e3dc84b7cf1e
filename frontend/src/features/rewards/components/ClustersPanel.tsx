import { Button, Group, Modal, MultiSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormButtons } from '@/components/FormButtons';
import { ErrorState } from '@/components/QueryState';
import type { UnitOption } from '@/lib/units/units';
import { useSaveCluster, type Cluster } from '../api/rewards';

/** The federation's emulation clusters (cụm thi đua): which units are ranked together; added and changed here. */
export function ClustersPanel({ program, clusters, units }: { program: string; clusters: Cluster[]; units: UnitOption[] }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Cluster | 'new' | null>(null);
  const nameOf = (code: string) => units.find((u) => u.value === code)?.label ?? code;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3} size="h4">
          {t('rewards.clusters.title')}
        </Title>
        <Button size="xs" variant="light" onClick={() => setEditing('new')} data-testid="cluster-add">
          {t('rewards.clusters.add')}
        </Button>
      </Group>
      {clusters.length === 0 ? (
        <Text c="dimmed">{t('rewards.clusters.none')}</Text>
      ) : (
        <Table data-testid="clusters-table">
          <Table.Tbody>
            {clusters.map((c) => (
              <Table.Tr key={c.code} data-cluster={c.code}>
                <Table.Td fw={600}>{c.name}</Table.Td>
                <Table.Td>{(c.unitCodes ?? []).map(nameOf).join(', ')}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="default" onClick={() => setEditing(c)} aria-label={t('rewards.clusters.editOne', { name: c.name })}>
                    {t('rewards.clusters.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={editing === null ? '' : editing === 'new' ? t('rewards.clusters.add') : t('rewards.clusters.editOne', { name: editing.name })} centered size="lg">
        {editing !== null && (
          <ClusterForm key={editing === 'new' ? 'new' : `${editing.code}:${editing.version}`} program={program} cluster={editing === 'new' ? null : editing} units={units} onDone={() => setEditing(null)} />
        )}
      </Modal>
    </Stack>
  );
}

function ClusterForm({ program, cluster, units, onDone }: { program: string; cluster: Cluster | null; units: UnitOption[]; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveCluster(program);
  const [code, setCode] = useState(cluster?.code ?? '');
  const [name, setName] = useState(cluster?.name ?? '');
  const [members, setMembers] = useState<string[]>(cluster?.unitCodes ?? []);
  const submit = async () => {
    await save.mutateAsync({ code: code.trim(), name, unitCodes: members, ...(cluster ? { version: cluster.version } : {}) });
    notifications.show({ color: 'teal', message: t('rewards.clusters.saved') });
    onDone();
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); void submit().catch(() => undefined); }}>
      <Stack>
        <TextInput label={t('rewards.clusters.code')} placeholder="CUM-HUYEN" value={code} onChange={(e) => setCode(e.currentTarget.value)} disabled={cluster !== null} required />
        <TextInput label={t('rewards.clusters.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required />
        <MultiSelect label={t('rewards.clusters.units')} data={units} value={members} onChange={setMembers} searchable required />
        {save.isError && <ErrorState error={save.error} />}
        <FormButtons onCancel={onDone} saving={save.isPending} label={t('rewards.clusters.save')} testId="cluster-save" />
      </Stack>
    </form>
  );
}
