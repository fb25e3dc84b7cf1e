import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { ErrorState, LoadingState } from '@/components/QueryState';
import { config } from '@/lib/config';
import { toIsoDate } from '@/lib/format';
import { draftKey } from '@/lib/storage/drafts';
import { useSaveInitiative } from '@/lib/initiatives/initiatives';
import { DossierForm } from '../components/DossierForm';
import { emptyDossier, toWrite } from '../logic/dossier';
import { useFormOptions } from './useFormOptions';

export function InitiativeNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const options = useFormOptions(config.defaultProgram);
  const save = useSaveInitiative();
  if (!options.me.permissions.createInitiatives) return <Navigate to="/initiatives" replace />;
  if (options.loading) return <LoadingState />;
  if (options.error) return <ErrorState error={options.error} />;
  const unit = options.units.find((u) => u.value === options.me.unit?.code)?.value ?? options.units[0]?.value ?? '';
  return (
    <Stack maw={960}>
      <Title order={2}>{t('form.newTitle')}</Title>
      <DossierForm
        initialValues={emptyDossier(config.defaultProgram, unit, toIsoDate(new Date()))}
        draftKey={draftKey(options.me.username, 'initiative:new')}
        programs={options.programs}
        units={options.units}
        unitLocked={options.unitLocked}
        programWindow={options.programWindow}
        onCancel={() => navigate('/initiatives')}
        onSave={async (values) => {
          const created = await save.mutateAsync(toWrite(values));
          notifications.show({ color: 'teal', message: t('form.saved') });
          navigate(created?.id !== undefined ? `/initiatives/${created.id}` : '/initiatives');
        }}
      />
    </Stack>
  );
}
