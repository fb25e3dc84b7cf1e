import { Alert, List, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, problemDetail, problemTitle } from '@/lib/api/problem';
import type { FormFailure } from '@/lib/api/useFormFailure';
import { useLang } from '@/lib/i18n';

/**
 * A dialog form's refused submission (useFormFailure): the problem's title and detail, `children` (what the form can
 * offer, say a reload), a word on the marked fields, and the problems of fields the form does not show.
 */
export function FormFailureAlert({ failure, color = 'red', markedText, testId, children }: {
  failure: FormFailure;
  color?: string;
  markedText?: string;
  testId?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { error } = failure;
  return (
    <Alert color={color} role="alert" title={error instanceof ApiError ? problemTitle(error.problem, lang) || t('problem.generic') : t('problem.generic')} data-testid={testId}>
      <Stack gap={4}>
        <Text size="sm">{error instanceof ApiError ? problemDetail(error.problem, lang) : error.message}</Text>
        {children}
        {failure.marked && markedText && <Text size="sm">{markedText}</Text>}
        {failure.unmatched.length > 0 && (
          <List size="sm">
            {failure.unmatched.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Alert>
  );
}
