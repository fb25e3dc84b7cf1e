import { Checkbox, Paper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AuthorsFieldset } from '../AuthorsFieldset';
import { HelpersFieldset } from '../HelpersFieldset';
import type { DossierFormApi } from './types';

/** Step 3: the authors with their shares (100 % together), those who helped, and the authors' consent to publish. */
export function AuthorsStep({ form }: { form: DossierFormApi }) {
  const { t } = useTranslation();
  return (
    <div style={{ marginTop: 'var(--mantine-spacing-md)' }}>
      <AuthorsFieldset form={form} />
      <HelpersFieldset form={form} />
      <Paper withBorder p="md" mt="md">
        <Checkbox
          label={t('form.publishAgreed')}
          description={t('form.publishAgreedHint')}
          {...form.getInputProps('publishAgreed', { type: 'checkbox' })}
          key={form.key('publishAgreed')}
        />
      </Paper>
    </div>
  );
}
