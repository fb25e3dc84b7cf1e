import { Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '@/lib/api/problem';
import { ErrorState } from '@/components/QueryState';
import { RealDateInput } from '@/components/RealDateInput';
import type { components } from '@/lib/api/schema';
import type { Initiative } from '@/lib/api/types';
import { parseDate, vietnamDay } from '@/lib/format';
import { useTransition, type Transition } from '@/lib/initiatives/lifecycle';

type Kind = Transition['kind'];
type ImpactLevel = components['schemas']['ImpactLevel'];
const IMPACT: ImpactLevel[] = ['GRASSROOTS', 'PROVINCIAL_SECTOR', 'NATIONAL'];

// The order the buttons come in: the step forward first, giving back last.
const ORDER: Kind[] = ['submit', 'recognise', 'refuse', 'validate', 'return'];

/**
 * The steps the user may take on this dossier now, as the API says (allowedActions: status, role, unit scope and the
 * four-eyes rule), so that no button leads to a refusal. A dossier kept from before the API said so offers none.
 */
export function availableTransitions(initiative: Pick<Initiative, 'allowedActions'>): Kind[] {
  const allowed = new Set((initiative.allowedActions ?? []).map((a) => a.toLowerCase()));
  return ORDER.filter((k) => allowed.has(k));
}

/**
 * The step buttons and their dialog. {@code realDate}: the user is an officer, who may give a step the day it really
 * happened when bringing in a paper record (the server refuses it from anyone else).
 */
export function TransitionActions({ initiative, realDate = false }: { initiative: Initiative; realDate?: boolean }) {
  const { t } = useTranslation();
  const id = initiative.id ?? 0;
  const version = initiative.version ?? 0;
  const transition = useTransition(id);
  const [open, setOpen] = useState<Kind | null>(null);
  // The dialog keeps its title while it fades out (a dialog without a name is an accessibility error).
  const [titled, setTitled] = useState<Kind | null>(null);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [occurredOn, setOccurredOn] = useState<string | null>(null);
  const [recognition, setRecognition] = useState({ recognitionBody: initiative.addressee ?? '', decisionNumber: '', decisionDate: vietnamDay(), impactLevel: 'GRASSROOTS' as ImpactLevel, grade: '' });
  const kinds = availableTransitions(initiative);
  if (kinds.length === 0) return null;

  const close = () => {
    setOpen(null);
    setOccurredOn(null);
    transition.reset();
  };

  const run = async () => {
    if (!open) return;
    let request: Transition;
    const dated = { occurredOn: (realDate && occurredOn) || undefined };
    if (open === 'submit' || open === 'validate') request = { kind: open, body: { version, note: note.trim() || undefined, ...dated } };
    else if (open === 'return' || open === 'refuse') request = { kind: open, body: { version, reason: reason.trim(), ...dated } };
    else
      request = {
        kind: 'recognise',
        body: {
          version,
          ...dated,
          recognitionBody: recognition.recognitionBody.trim(),
          decisionNumber: recognition.decisionNumber.trim(),
          decisionDate: recognition.decisionDate,
          impactLevel: recognition.impactLevel,
          grade: recognition.grade.trim() || undefined,
        },
      };
    try {
      const saved = await transition.mutateAsync(request);
      notifications.show({
        color: 'teal',
        message: open === 'submit' && saved.receiptNumber ? t('lifecycle.submitted', { receipt: saved.receiptNumber }) : t('lifecycle.done'),
      });
      setNote('');
      setReason('');
      setOccurredOn(null);
      setOpen(null);
    } catch {
      /* the problem is shown in the dialog */
    }
  };

  const needsReason = open === 'return' || open === 'refuse';
  const recognitionIncomplete = open === 'recognise' && (!recognition.recognitionBody.trim() || !recognition.decisionNumber.trim() || !recognition.decisionDate);
  const disabled = (needsReason && !reason.trim()) || recognitionIncomplete;

  return (
    <>
      <Group gap="xs" data-testid="transitions">
        {kinds.map((k) => (
          <Button
            key={k}
            // Text of at least 4.5:1 (WCAG AA): no orange text (too pale on white), light red is darkened in App.tsx.
            variant={k === 'submit' || k === 'validate' || k === 'recognise' ? 'filled' : k === 'return' ? 'default' : 'light'}
            color={k === 'refuse' ? 'red' : k === 'validate' ? 'teal' : undefined}
            onClick={() => {
              setOpen(k);
              setTitled(k);
            }}
            data-testid={`transition-${k}`}
          >
            {t(`lifecycle.${k}`)}
          </Button>
        ))}
      </Group>
      <Modal opened={open !== null} onClose={close} title={titled ? t(`lifecycle.${titled}`) : ''} centered size="lg">
        <Stack>
          {open === 'submit' && <Text>{t('lifecycle.submitConfirm')}</Text>}
          {open === 'validate' && <Text>{t('lifecycle.validateConfirm')}</Text>}
          {(open === 'submit' || open === 'validate') && (
            <Textarea label={t('lifecycle.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxLength={2000} />
          )}
          {needsReason && (
            <Textarea
              label={t('lifecycle.reason')}
              withAsterisk
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              autosize
              minRows={3}
              maxLength={2000}
              data-autofocus
            />
          )}
          {open === 'recognise' && (
            <>
              <TextInput
                label={t('lifecycle.recognitionBody')}
                withAsterisk
                value={recognition.recognitionBody}
                onChange={(e) => setRecognition({ ...recognition, recognitionBody: e.currentTarget.value })}
              />
              <Group grow align="flex-start">
                <TextInput
                  label={t('lifecycle.decisionNumber')}
                  withAsterisk
                  placeholder="125/QĐ-…"
                  value={recognition.decisionNumber}
                  onChange={(e) => setRecognition({ ...recognition, decisionNumber: e.currentTarget.value })}
                />
                <DateInput
                  label={t('lifecycle.decisionDate')}
                  withAsterisk
                  valueFormat="DD/MM/YYYY"
                  dateParser={(s) => parseDate(s)}
                  value={recognition.decisionDate}
                  onChange={(v) => setRecognition({ ...recognition, decisionDate: v ?? '' })}
                />
              </Group>
              <Group grow align="flex-start">
                <Select
                  label={t('lifecycle.impactLevel')}
                  withAsterisk
                  data={IMPACT.map((v) => ({ value: v, label: t(`impact.${v}`) }))}
                  value={recognition.impactLevel}
                  onChange={(v) => v && setRecognition({ ...recognition, impactLevel: v as ImpactLevel })}
                  allowDeselect={false}
                />
                <TextInput
                  label={t('lifecycle.grade')}
                  description={t('lifecycle.gradeHint')}
                  maxLength={10}
                  value={recognition.grade}
                  onChange={(e) => setRecognition({ ...recognition, grade: e.currentTarget.value })}
                />
              </Group>
            </>
          )}
          {realDate && <RealDateInput value={occurredOn} onChange={setOccurredOn} error={transition.error} />}
          {transition.isError && <ErrorState error={transition.error} />}
          {open === 'submit' && transition.error instanceof ApiError && transition.error.fieldErrors.length > 0 && (
            <Group>
              <Button component={Link} to={`/initiatives/${id}/edit`} variant="light" data-testid="complete-dossier">
                {t('lifecycle.completeDossier')}
              </Button>
            </Group>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('form.cancel')}
            </Button>
            <Button onClick={() => void run()} loading={transition.isPending} disabled={disabled} data-testid="transition-confirm">
              {open ? t(`lifecycle.${open}`) : t('lifecycle.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
