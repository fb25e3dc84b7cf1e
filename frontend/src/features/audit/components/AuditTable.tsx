import { Badge, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import type { AuditChange } from '../api/audit';

const COLOURS = { ADD: 'teal', MOD: 'blue', DEL: 'red' } as const;

/** The changes, newest first: when, who, what object, how, and each field's value before → after. */
export function AuditTable({ changes }: { changes: AuditChange[] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return <Text c="dimmed">{t('audit.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.at')}</Table.Th>
            <Table.Th>{t('audit.user')}</Table.Th>
            <Table.Th>{t('audit.kind')}</Table.Th>
            <Table.Th>{t('audit.object')}</Table.Th>
            <Table.Th>{t('audit.operation')}</Table.Th>
            <Table.Th>{t('audit.fields')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((c) => (
            <Table.Tr key={`${c.revision}-${c.kind}-${c.entityId}`} data-kind={c.kind}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(c.at)}</Table.Td>
              <Table.Td>{c.username}</Table.Td>
              <Table.Td>{t(`audit.kinds.${c.kind}`)}</Table.Td>
              <Table.Td>
                {c.label}
                <Text size="xs" c="dimmed">
                  #{c.entityId}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge color={COLOURS[c.operation ?? 'MOD']} variant="light">
                  {t(`audit.operations.${c.operation}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {(c.changes ?? []).map((f) => (
                    <Text size="sm" key={f.field}>
                      <Text span fw={500}>
                        {f.field}
                      </Text>
                      : {f.before ?? '—'} → {f.after ?? '—'}
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
