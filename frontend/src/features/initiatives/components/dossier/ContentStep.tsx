import { NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLang } from '@/lib/i18n';
import { CONTENT_TEXTS } from '../../logic/dossier';
import type { DossierFormApi } from './types';

/** Step 2: the summary and the long texts of the application, and the estimated value. */
export function ContentStep({ form, confidentialHidden }: { form: DossierFormApi; confidentialHidden?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Stack gap="sm" mt="md">
      <Textarea
        label={t('form.summary')}
        description={t('form.summaryHint')}
        autosize
        minRows={3}
        maxRows={12}
        maxLength={20000}
        {...form.getInputProps('summary')}
      />
      {CONTENT_TEXTS.map((name) =>
        name === 'confidentialParts' && confidentialHidden ? (
          <ConfidentialHiddenNote key={name} />
        ) : (
          <Textarea
            key={name}
            label={t(`form.${name}`)}
            description={name === 'solution' ? t('form.solutionHint') : name === 'confidentialParts' ? t('form.confidentialHint') : undefined}
            autosize
            minRows={name === 'solution' ? 5 : 2}
            maxRows={16}
            maxLength={20000}
            {...form.getInputProps(name)}
          />
        ),
      )}
      <NumberInput
        label={t('form.estimatedValueVnd')}
        min={0}
        allowNegative={false}
        allowDecimal={false}
        thousandSeparator={lang === 'vi' ? '.' : ','}
        decimalSeparator={lang === 'vi' ? ',' : '.'}
        hideControls
        w={{ base: '100%', sm: 320 }}
        {...form.getInputProps('estimatedValueVnd')}
      />
    </Stack>
  );
}

/** In place of the confidential parts the user may not read: says they are hidden and kept. */
export function ConfidentialHiddenNote() {
  const { t } = useTranslation();
  return (
    <div role="note" aria-labelledby="confidential-hidden-label" data-testid="confidential-hidden">
      <Text id="confidential-hidden-label" size="sm" fw={500}>
        {t('form.confidentialParts')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('form.confidentialHidden')}
      </Text>
    </div>
  );
}
