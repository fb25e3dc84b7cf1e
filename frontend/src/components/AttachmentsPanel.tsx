import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  FileInput,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/QueryState';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n';
import {
  ATTACHMENT_KINDS,
  downloadAttachment,
  useAttachments,
  useDeleteAttachment,
  useSetAttachmentConfidential,
  useUploadAttachment,
  type AttachmentKind,
} from '@/lib/initiatives/lifecycle';

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.odt,application/pdf,image/png,image/jpeg';

function size(bytes: number | undefined, lang: 'vi' | 'en') {
  if (bytes === undefined) return '';
  if (bytes < 1024) return `${formatNumber(bytes, lang)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 102.4) / 10, lang)} KB`;
  return `${formatNumber(Math.round(bytes / 104857.6) / 10, lang)} MB`;
}

/** Marks a confidential file; the server lists such files only for who may read the dossier's confidential parts. */
export function ConfidentialBadge() {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('attachments.confidentialHint')}>
      <Badge color="grape" variant="light" size="sm" data-testid="confidential-badge">
        {t('attachments.confidential')}
      </Badge>
    </Tooltip>
  );
}

/**
 * The dossier's files: list, download with the token, upload (checked by the server from the bytes, confidential or
 * not), mark confidential or not, remove.
 */
export function AttachmentsPanel({ initiativeId, canChange }: { initiativeId: number; canChange: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const list = useAttachments(initiativeId);
  const upload = useUploadAttachment(initiativeId);
  const remove = useDeleteAttachment(initiativeId);
  const mark = useSetAttachmentConfidential(initiativeId);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<AttachmentKind>('APPLICATION');
  const [confidential, setConfidential] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const tooLarge = file !== null && file.size > MAX_BYTES;

  const send = async () => {
    if (!file || tooLarge) return;
    try {
      await upload.mutateAsync({ file, kind, confidential });
      setFile(null);
      setConfidential(false);
      notifications.show({ color: 'teal', message: t('attachments.uploaded') });
    } catch {
      /* shown below */
    }
  };

  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="xs">
        {t('attachments.title')}
      </Title>
      <Stack gap="sm">
        {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
        {list.data && list.data.length === 0 && <Text c="dimmed">{t('attachments.none')}</Text>}
        {list.data && list.data.length > 0 && (
          <Table.ScrollContainer minWidth={480}>
            <Table data-testid="attachments">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('attachments.fileName')}</Table.Th>
                  <Table.Th>{t('attachments.kind')}</Table.Th>
                  <Table.Th className="num">{t('attachments.size')}</Table.Th>
                  <Table.Th>{t('attachments.uploadedBy')}</Table.Th>
                  {canChange && (
                    <Table.Th>
                      <VisuallyHidden>{t('attachments.actions')}</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      <Anchor
                        component="button"
                        type="button"
                        aria-label={t('attachments.download', { name: a.fileName })}
                        onClick={() => {
                          setDownloadError(null);
                          downloadAttachment(initiativeId, a).catch(setDownloadError);
                        }}
                      >
                        {a.fileName}
                      </Anchor>
                      {a.confidential && (
                        <>
                          {' '}
                          <ConfidentialBadge />
                        </>
                      )}
                    </Table.Td>
                    <Table.Td>{a.kind ? t(`attachments.kinds.${a.kind}`) : ''}</Table.Td>
                    <Table.Td className="num">{size(a.sizeBytes, lang)}</Table.Td>
                    <Table.Td>
                      {a.uploadedBy}
                      <Text size="xs" c="dimmed">
                        {formatDateTime(a.uploadedAt)}
                      </Text>
                    </Table.Td>
                    {canChange && (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Checkbox
                            size="xs"
                            label={t('attachments.confidential')}
                            aria-label={t('attachments.markConfidential', { name: a.fileName })}
                            checked={a.confidential ?? false}
                            disabled={mark.isPending && mark.variables?.attachmentId === a.id}
                            onChange={(e) => mark.mutate({ attachmentId: a.id ?? 0, confidential: e.currentTarget.checked })}
                          />
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('attachments.remove', { name: a.fileName })}
                            loading={remove.isPending && remove.variables === a.id}
                            onClick={() => remove.mutate(a.id ?? 0)}
                          >
                            <span aria-hidden>✕</span>
                          </ActionIcon>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {downloadError !== null && <ErrorState error={downloadError} />}
        {remove.isError && <ErrorState error={remove.error} />}
        {mark.isError && <ErrorState error={mark.error} />}
        {canChange && (
          <Group align="flex-end" gap="sm">
            <Select
              label={t('attachments.kind')}
              data={ATTACHMENT_KINDS.map((k) => ({ value: k, label: t(`attachments.kinds.${k}`) }))}
              value={kind}
              onChange={(v) => v && setKind(v as AttachmentKind)}
              allowDeselect={false}
              w={220}
            />
            <FileInput
              label={t('attachments.file')}
              description={t('attachments.fileHint')}
              accept={ACCEPT}
              value={file}
              onChange={setFile}
              clearable
              error={tooLarge ? t('attachments.tooLarge') : undefined}
              w={{ base: '100%', sm: 320 }}
              data-testid="attachment-file"
            />
            <Checkbox
              label={t('attachments.confidentialUpload')}
              description={t('attachments.confidentialHint')}
              checked={confidential}
              onChange={(e) => setConfidential(e.currentTarget.checked)}
              maw={260}
              data-testid="attachment-confidential"
            />
            <Button onClick={() => void send()} disabled={!file || tooLarge} loading={upload.isPending} data-testid="attachment-upload">
              {t('attachments.upload')}
            </Button>
          </Group>
        )}
        {upload.isError && <ErrorState error={upload.error} />}
        {tooLarge && (
          <Alert color="red" role="alert">
            {t('attachments.tooLarge')}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
