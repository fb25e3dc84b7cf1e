import { Badge, Button, Group, Modal, Paper, Select, Stack, Table, TagsInput, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/QueryState';
import { RealDateInput } from '@/components/RealDateInput';
import type { Initiative } from '@/lib/api/types';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { useAssignEvaluators, useCouncil, useEvaluation, useRubric, useRubrics } from '@/lib/review/review';

/** Hands a submitted dossier to evaluators of a council (the reporting unit's or one above): it goes UNDER_REVIEW. */
export function AssignDialog({ initiative, myUnit, opened, onClose }: { initiative: Initiative; myUnit?: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const id = initiative.id ?? 0;
  const rubrics = useRubrics(opened);
  const ownCouncil = useCouncil(opened ? initiative.unitCode : undefined);
  const myCouncil = useCouncil(opened && myUnit !== initiative.unitCode ? myUnit : undefined);
  const assign = useAssignEvaluators(id);
  const [rubric, setRubric] = useState<string | null>(null);
  const [evaluators, setEvaluators] = useState<string[]>([]);
  const [occurredOn, setOccurredOn] = useState<string | null>(null);
  const members = [...(ownCouncil.data?.members ?? []), ...(myCouncil.data?.members ?? [])];
  // Suggestions from the councils the user may read; a username of a council further up can be typed.
  const options = [...new Set(members.map((m) => m.username))];
  const names = new Map(members.map((m) => [m.username, m.fullName]));
  const chosenRubric = rubric ?? rubrics.data?.[0]?.code ?? null;

  const run = async () => {
    if (!chosenRubric || evaluators.length === 0) return;
    try {
      await assign.mutateAsync({ version: initiative.version ?? 0, rubricCode: chosenRubric, evaluators, occurredOn: occurredOn ?? undefined });
      notifications.show({ color: 'teal', message: t('review.assigned') });
      onClose();
    } catch {
      /* shown below */
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('review.assign')} centered size="lg">
      <Stack>
        <Text size="sm">{t('review.assignHint')}</Text>
        <Select
          label={t('review.rubric')}
          withAsterisk
          data={(rubrics.data ?? []).map((r) => ({ value: r.code, label: r.name }))}
          value={chosenRubric}
          onChange={setRubric}
          allowDeselect={false}
          data-testid="assign-rubric"
        />
        <TagsInput
          label={t('review.evaluators')}
          description={options.length === 0 ? t('review.noCouncil') : t('review.evaluatorsHint', { names: options.map((u) => `${names.get(u)} (${u})`).join(', ') })}
          withAsterisk
          data={options}
          value={evaluators}
          onChange={setEvaluators}
          maxTags={15}
          splitChars={[',', ' ']}
          data-testid="assign-evaluators"
        />
        {/* The day the council really took the dossier, for a paper record; only a first assignment is a step. */}
        {initiative.status === 'SUBMITTED' && <RealDateInput value={occurredOn} onChange={setOccurredOn} error={assign.error} />}
        {assign.isError && <ErrorState error={assign.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('form.cancel')}
          </Button>
          <Button onClick={() => void run()} loading={assign.isPending} disabled={!chosenRubric || evaluators.length === 0} data-testid="assign-confirm">
            {t('review.assign')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The council's result for officers: each sheet, the averages, pass and the proposed grade. */
export function EvaluationPanel({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = initiative.id ?? 0;
  const shown = initiative.status === 'UNDER_REVIEW' || initiative.status === 'RECOGNISED' || initiative.status === 'REFUSED' || initiative.status === 'VALID';
  const result = useEvaluation(id, shown);
  const rubric = useRubric(result.data?.rubricCode);
  if (!shown) return null;
  if (result.isError) return <ErrorState error={result.error} />;
  const r = result.data;
  if (!r || (r.sheetsAssigned ?? 0) === 0) return null;
  const criteria = rubric.data?.criteria ?? Object.keys(r.averages ?? {}).map((code) => ({ code, name: code, maxPoints: 0 }));
  return (
    <Paper withBorder p="md" data-testid="evaluation">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('review.result')} {rubric.data ? `— ${rubric.data.name}` : ''}
        </Title>
        <Group gap="xs">
          <Text size="sm">{t('review.sheetsCount', { done: r.sheetsSubmitted ?? 0, all: r.sheetsAssigned ?? 0 })}</Text>
          {(r.sheetsSubmitted ?? 0) > 0 && (
            <Badge color={r.passed ? 'teal' : 'red'} variant="light">
              {r.passed ? t('review.passedGrade', { grade: r.proposedGrade ?? '—' }) : t('review.failed')}
            </Badge>
          )}
        </Group>
      </Group>
      <Table.ScrollContainer minWidth={480}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('review.evaluator')}</Table.Th>
              {criteria.map((c) => (
                <Table.Th key={c.code} className="num">
                  {c.name}
                </Table.Th>
              ))}
              <Table.Th className="num">{t('review.total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(r.sheets ?? []).map((s) => (
              <Table.Tr key={s.evaluator}>
                <Table.Td>
                  {s.evaluatorName ?? s.evaluator}
                  <Text size="xs" c="dimmed">
                    {s.submittedAt ? formatDateTime(s.submittedAt) : t('review.notScored')}
                  </Text>
                </Table.Td>
                {criteria.map((c) => (
                  <Table.Td key={c.code} className="num">
                    {formatNumber(s.scores?.[c.code], lang)}
                  </Table.Td>
                ))}
                <Table.Td className="num">{s.submittedAt ? formatNumber(s.total, lang) : ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          {(r.sheetsSubmitted ?? 0) > 0 && (
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>{t('review.average')}</Table.Th>
                {criteria.map((c) => (
                  <Table.Th key={c.code} className="num">
                    {formatNumber(r.averages?.[c.code], lang)}
                  </Table.Th>
                ))}
                <Table.Th className="num" data-testid="evaluation-total">
                  {formatNumber(r.total, lang)}
                </Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          )}
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
