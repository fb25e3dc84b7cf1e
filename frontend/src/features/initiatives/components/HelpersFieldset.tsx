import { ActionIcon, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { emptyHelper, type DossierValues } from '../logic/dossier';

/** The people who helped apply the initiative for the first time (not authors). */
export function HelpersFieldset({ form }: { form: UseFormReturnType<DossierValues> }) {
  const { t } = useTranslation();
  const helpers = form.getValues().helpers;
  return (
    <Stack gap="sm" mt="lg">
      <Title order={3} size="h5">
        {t('form.helpers')}
      </Title>
      {helpers.map((helper, i) => (
        <Paper key={helper.key} withBorder p="sm" component="fieldset" style={{ margin: 0 }}>
          <Group justify="space-between" mb="xs" component="legend" style={{ width: '100%', padding: 0 }}>
            <Text fw={600}>{t('form.helper', { n: i + 1 })}</Text>
            <ActionIcon variant="subtle" color="red" aria-label={t('form.removeHelper', { n: i + 1 })} onClick={() => form.removeListItem('helpers', i)}>
              <span aria-hidden>✕</span>
            </ActionIcon>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('form.fullName')} withAsterisk maxLength={255} {...form.getInputProps(`helpers.${i}.fullName`)} />
            <TextInput label={t('form.workplace')} maxLength={255} {...form.getInputProps(`helpers.${i}.workplace`)} />
            <TextInput label={t('form.jobTitle')} maxLength={255} {...form.getInputProps(`helpers.${i}.jobTitle`)} />
            <TextInput label={t('form.helperContribution')} maxLength={500} {...form.getInputProps(`helpers.${i}.contribution`)} />
          </SimpleGrid>
        </Paper>
      ))}
      <Group>
        <Button variant="default" onClick={() => form.insertListItem('helpers', emptyHelper())} disabled={helpers.length >= 20}>
          {t('form.addHelper')}
        </Button>
      </Group>
    </Stack>
  );
}
