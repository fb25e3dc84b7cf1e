import { ActionIcon, Alert, Button, Checkbox, Group, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { formatNumber, parseDate } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import { checkContributions, splitEvenly } from '../logic/contributions';
import { emptyAuthor, type DossierValues } from '../logic/dossier';

const MAX_AUTHORS = 20;

/** Authors with their contribution shares; the total is checked as you type. */
export function AuthorsFieldset({ form }: { form: UseFormReturnType<DossierValues> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const authors = form.getValues().authors;
  const sum = checkContributions(authors.map((a) => a.contributionPercent));
  const sumError = form.errors.authors;
  const color = sum.state === 'ok' ? 'teal' : 'red';
  const message =
    sum.state === 'ok'
      ? t('form.contributionOk')
      : sum.state === 'short'
        ? t('form.contributionMissing', { diff: `${formatNumber(sum.missing, lang)} %` })
        : t('form.contributionOver', { diff: `${formatNumber(-sum.missing, lang)} %` });

  const split = () => {
    const shares = splitEvenly(authors.length);
    shares.forEach((share, i) => form.setFieldValue(`authors.${i}.contributionPercent`, share));
  };

  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('form.authors')}
      </Title>
      {authors.map((author, i) => (
        <Paper key={author.key} withBorder p="sm" component="fieldset" style={{ margin: 0 }} data-testid={`author-${i}`}>
          <Group justify="space-between" mb="xs" component="legend" style={{ width: '100%', padding: 0 }}>
            <Text fw={600}>{t('form.author', { n: i + 1 })}</Text>
            {authors.length > 1 && (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('form.removeAuthor', { n: i + 1 })}
                onClick={() => form.removeListItem('authors', i)}
              >
                <span aria-hidden>✕</span>
              </ActionIcon>
            )}
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('form.fullName')} withAsterisk maxLength={255} autoComplete="off" {...form.getInputProps(`authors.${i}.fullName`)} key={form.key(`authors.${i}.fullName`)} />
            <NumberInput
              label={t('form.contribution')}
              withAsterisk
              min={0}
              max={100}
              decimalScale={2}
              decimalSeparator={lang === 'vi' ? ',' : '.'}
              allowNegative={false}
              hideControls
              inputMode="decimal"
              {...form.getInputProps(`authors.${i}.contributionPercent`)}
              key={form.key(`authors.${i}.contributionPercent`)}
            />
            <DateInput
              label={t('form.birthDate')}
              valueFormat="DD/MM/YYYY"
              placeholder="dd/mm/yyyy"
              dateParser={(s) => parseDate(s)}
              clearable
              maxDate={new Date()}
              {...form.getInputProps(`authors.${i}.birthDate`)}
              key={form.key(`authors.${i}.birthDate`)}
            />
            <TextInput label={t('form.workplace')} maxLength={255} {...form.getInputProps(`authors.${i}.workplace`)} key={form.key(`authors.${i}.workplace`)} />
            <TextInput label={t('form.jobTitle')} maxLength={255} {...form.getInputProps(`authors.${i}.jobTitle`)} key={form.key(`authors.${i}.jobTitle`)} />
            <TextInput label={t('form.qualification')} maxLength={255} {...form.getInputProps(`authors.${i}.qualification`)} key={form.key(`authors.${i}.qualification`)} />
            <TextInput
              label={t('form.account')}
              description={t('form.accountHint')}
              maxLength={255}
              autoComplete="off"
              {...form.getInputProps(`authors.${i}.account`)}
              key={form.key(`authors.${i}.account`)}
            />
          </SimpleGrid>
          <Checkbox mt="sm" label={t('form.unionMember')} {...form.getInputProps(`authors.${i}.unionMember`, { type: 'checkbox' })} key={form.key(`authors.${i}.unionMember`)} />
          <Checkbox mt="sm" label={t('form.showName')} {...form.getInputProps(`authors.${i}.showName`, { type: 'checkbox' })} key={form.key(`authors.${i}.showName`)} />
        </Paper>
      ))}
      <Group>
        <Button variant="default" onClick={() => form.insertListItem('authors', emptyAuthor())} disabled={authors.length >= MAX_AUTHORS}>
          {t('form.addAuthor')}
        </Button>
        {authors.length > 1 && (
          <Button variant="subtle" onClick={split}>
            {t('form.splitEvenly')}
          </Button>
        )}
      </Group>
      <Alert color={color} variant="light" role="status" aria-live="polite" data-testid="contribution-total" data-state={sum.state}>
        <Text fw={600}>{t('form.contributionTotal', { total: `${formatNumber(sum.total, lang)} %` })}</Text>
        <Text size="sm" c={sum.state === 'ok' ? 'teal.9' : 'red.9'}>
          {message}
        </Text>
        {sumError && sumError !== message && (
          <Text size="sm" c="red.9" id="authors-error">
            {sumError}
          </Text>
        )}
      </Alert>
    </Stack>
  );
}
