import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A dialog form's last row: cancel, and the submit button with the action's name (busy while it is sent). */
export function FormButtons({ onCancel, saving, label, testId }: { onCancel: () => void; saving: boolean; label: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('units.cancel')}
      </Button>
      <Button type="submit" loading={saving} data-testid={testId}>
        {label}
      </Button>
    </Group>
  );
}
