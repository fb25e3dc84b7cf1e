import { Alert, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/QueryState';
import { drafts, draftKey } from '@/lib/storage/drafts';
import { useInitiative, useSaveInitiative } from '@/lib/initiatives/initiatives';
import { DossierForm } from '../components/DossierForm';
import { fromInitiative, toWrite } from '../logic/dossier';
import { useFormOptions } from './useFormOptions';

const EDITABLE = new Set(['DRAFT', 'RETURNED']);

export function InitiativeEditRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const id = Number(useParams().id);
  const initiative = useInitiative(id);
  const options = useFormOptions(initiative.data?.programCode ?? '1TRIEU-SK');
  const save = useSaveInitiative(id);
  // Bumped to remount the form with the server's latest version after a conflict.
  const [generation, setGeneration] = useState(0);

  if (initiative.isPending || options.loading) return <LoadingState />;
  if (initiative.isError) return <ErrorState error={initiative.error} onRetry={() => void initiative.refetch()} />;
  if (options.error) return <ErrorState error={options.error} />;
  const dossier = initiative.data;
  const key = draftKey(options.me.username, `initiative:${id}`);

  if (!EDITABLE.has(dossier.status ?? '')) {
    return (
      <Alert color="yellow" role="alert">
        {t('form.notEditable', { status: t(`status.${dossier.status}`) })}
      </Alert>
    );
  }

  const reloadLatest = async () => {
    drafts.remove(key);
    await queryClient.invalidateQueries({ queryKey: ['initiatives', 'one', id] });
    await initiative.refetch();
    setGeneration((g) => g + 1);
  };

  return (
    <Stack maw={960}>
      <Title order={2}>{t('form.editTitle')}</Title>
      <DossierForm
        key={`${generation}:${dossier.version}`}
        initialValues={fromInitiative(dossier)}
        draftKey={key}
        baseVersion={dossier.version}
        excludeId={id}
        confidentialHidden={dossier.confidentialHidden}
        programs={options.programs}
        units={options.units}
        unitLocked={options.unitLocked}
        programWindow={options.programWindow}
        onCancel={() => navigate(`/initiatives/${id}`)}
        onReloadLatest={() => void reloadLatest()}
        onSave={async (values, baseVersion) => {
          // The version the edit started from: a newer one on the server answers 409.
          // Confidential parts hidden from this user are left out, so the server keeps them.
          await save.mutateAsync(toWrite(values, baseVersion ?? dossier.version, { confidentialHidden: dossier.confidentialHidden }));
          notifications.show({ color: 'teal', message: t('form.saved') });
          navigate(`/initiatives/${id}`);
        }}
      />
    </Stack>
  );
}
