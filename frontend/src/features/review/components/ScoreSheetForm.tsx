import { Alert, Badge, Button, Group, NumberInput, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/QueryState';
import { ApiError, mapFieldErrors } from '@/lib/api/problem';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { useSaveScoreSheet, type ScoreSheet } from '@/lib/review/review';
import { checkSheet, toScores, type Rubric, type ScoreInputs } from '../logic/scoring';

interface Props {
  initiativeId: number;
  rubric: Rubric;
  sheet: ScoreSheet;
  /** Scoring is open while the council reviews (UNDER_REVIEW). */
  open: boolean;
}

/** The evaluator's score sheet on the rubric: the total, pass and grade computed as they type; the server's verdict at the criteria. */
export function ScoreSheetForm({ initiativeId, rubric, sheet, open }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useSaveScoreSheet(initiativeId);
  const [inputs, setInputs] = useState<ScoreInputs>(() => ({ ...(sheet.scores ?? {}) }));
  const [comment, setComment] = useState(sheet.comment ?? '');
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [touched, setTouched] = useState(false);
  const check = checkSheet(rubric, inputs);
  const sep = lang === 'vi' ? { thousandSeparator: '.', decimalSeparator: ',' } : { thousandSeparator: ',', decimalSeparator: '.' };

  const submit = async () => {
    setTouched(true);
    setServerErrors({});
    if (!check.complete) return;
    try {
      await save.mutateAsync({ version: sheet.version ?? 0, scores: toScores(rubric, inputs), comment: comment.trim() || undefined });
      notifications.show({ color: 'teal', message: t('review.saved') });
    } catch (e) {
      if (e instanceof ApiError) setServerErrors(mapFieldErrors(e.fieldErrors, lang).byField);
    }
  };

  const errorOf = (code: string, max: number) => {
    const server = serverErrors[`scores.${code}`];
    if (server) return server;
    const local = check.errors[code];
    if (local === 'range') return t('review.range', { max: formatNumber(max, lang) });
    if (local === 'required' && touched) return t('form.required');
    return undefined;
  };

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {t('review.sheet')} — {rubric.name}
          </Title>
          {sheet.submittedAt ? (
            <Badge color="teal" variant="light">
              {t('review.scoredAt', { when: formatDateTime(sheet.submittedAt) })}
            </Badge>
          ) : (
            <Badge color="gray" variant="light">
              {t('review.notScored')}
            </Badge>
          )}
        </Group>
        {!open && (
          <Alert color="yellow" role="status">
            {t('review.closed')}
          </Alert>
        )}
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <Table.ScrollContainer minWidth={420}>
            <Table data-testid="score-sheet">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('review.criterion')}</Table.Th>
                  <Table.Th className="num">{t('review.max')}</Table.Th>
                  <Table.Th className="num">{t('review.min')}</Table.Th>
                  <Table.Th w={160}>{t('review.points')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rubric.criteria.map((c) => (
                  <Table.Tr key={c.code}>
                    <Table.Td>
                      <label htmlFor={`score-${c.code}`}>{c.name}</label>
                    </Table.Td>
                    <Table.Td className="num">{formatNumber(c.maxPoints, lang)}</Table.Td>
                    <Table.Td className="num">{c.minPoints === undefined || c.minPoints === null ? '—' : formatNumber(c.minPoints, lang)}</Table.Td>
                    <Table.Td>
                      <NumberInput
                        id={`score-${c.code}`}
                        aria-label={c.name}
                        data-testid={`score-${c.code}`}
                        min={0}
                        max={c.maxPoints}
                        decimalScale={2}
                        allowNegative={false}
                        clampBehavior="none"
                        hideControls
                        disabled={!open}
                        {...sep}
                        value={inputs[c.code] ?? ''}
                        onChange={(v) => setInputs((s) => ({ ...s, [c.code]: v }))}
                        error={errorOf(c.code, c.maxPoints)}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th>{t('review.total')}</Table.Th>
                  <Table.Th className="num">{formatNumber(check.maxTotal, lang)}</Table.Th>
                  <Table.Th className="num">{formatNumber(rubric.passTotal, lang)}</Table.Th>
                  <Table.Th data-testid="score-total" aria-live="polite">
                    {formatNumber(check.total, lang)}
                  </Table.Th>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
          <Text size="sm" role="status" data-testid="score-verdict" data-passed={check.passed} mt="xs">
            {!check.complete
              ? t('review.incomplete')
              : check.passed
                ? t('review.passes', { grade: check.grade ?? '—' })
                : check.below.length > 0
                  ? t('review.belowMinimum', { criteria: check.below.map((code) => rubric.criteria.find((c) => c.code === code)?.name ?? code).join(', ') })
                  : t('review.failsTotal', { pass: formatNumber(rubric.passTotal, lang) })}
          </Text>
          <Textarea label={t('review.comment')} mt="sm" autosize minRows={2} maxLength={4000} disabled={!open} value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
          {save.isError && <ErrorState error={save.error} />}
          {open && (
            <Group justify="flex-end" mt="sm">
              <Button type="submit" loading={save.isPending} data-testid="score-save">
                {t('review.save')}
              </Button>
            </Group>
          )}
        </form>
      </Stack>
    </Paper>
  );
}
