// The dossier's steps (submit, return, recognise, refuse, validate), its history and its attached files.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { saveDownload } from '@/lib/download';
import type { components } from '@/lib/api/schema';
import type { Initiative } from '@/lib/api/types';

type S = components['schemas'];
export type AttachmentKind = S['AttachmentKind'];
export type Attachment = S['Attachment'];
export type HistoryEntry = S['HistoryEntry'];
export const ATTACHMENT_KINDS: AttachmentKind[] = ['APPLICATION', 'DESCRIPTION', 'DECISION', 'EVIDENCE', 'OTHER'];

export type Transition =
  | { kind: 'submit' | 'validate'; body: S['TransitionRequest'] }
  | { kind: 'return' | 'refuse'; body: S['ReasonRequest'] }
  | { kind: 'recognise'; body: S['RecognitionRequest'] };

export function useHistory(id: number) {
  return useQuery({
    queryKey: ['initiatives', 'one', id, 'history'],
    queryFn: () => unwrap(api.GET('/api/v1/initiatives/{id}/history', { params: { path: { id } } })),
  });
}

export function useAttachments(id: number) {
  return useQuery({
    queryKey: ['initiatives', 'one', id, 'attachments'],
    queryFn: () => unwrap(api.GET('/api/v1/initiatives/{id}/attachments', { params: { path: { id } } })),
  });
}

function runTransition(id: number, t: Transition): Promise<Initiative> {
  const params = { path: { id } };
  switch (t.kind) {
    case 'submit':
      return unwrap(api.POST('/api/v1/initiatives/{id}/submit', { params, body: t.body }));
    case 'validate':
      return unwrap(api.POST('/api/v1/initiatives/{id}/validate', { params, body: t.body }));
    case 'return':
      return unwrap(api.POST('/api/v1/initiatives/{id}/return', { params, body: t.body }));
    case 'refuse':
      return unwrap(api.POST('/api/v1/initiatives/{id}/refuse', { params, body: t.body }));
    case 'recognise':
      return unwrap(api.POST('/api/v1/initiatives/{id}/recognise', { params, body: t.body }));
  }
}

export function useTransition(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (t: Transition) => runTransition(id, t),
    onSuccess: (saved) => {
      queryClient.setQueryData(['initiatives', 'one', id], saved);
      void queryClient.invalidateQueries({ queryKey: ['initiatives', 'one', id, 'history'] });
      void queryClient.invalidateQueries({ queryKey: ['initiatives', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['progress'] });
    },
  });
}

// A file's changes are in the dossier's history too: both lists are fetched again after one.
function invalidateFiles(queryClient: ReturnType<typeof useQueryClient>, id: number) {
  void queryClient.invalidateQueries({ queryKey: ['initiatives', 'one', id, 'attachments'] });
  void queryClient.invalidateQueries({ queryKey: ['initiatives', 'one', id, 'history'] });
}

/** The upload's multipart form; confidential is sent only when set (the server's default is false). */
export function attachmentForm(file: File, kind: AttachmentKind, confidential: boolean) {
  const form = new FormData();
  form.append('file', file, file.name);
  form.append('kind', kind);
  if (confidential) form.append('confidential', 'true');
  return form;
}

export function useUploadAttachment(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, kind, confidential }: { file: File; kind: AttachmentKind; confidential: boolean }) => {
      const form = attachmentForm(file, kind, confidential);
      return (await unwrap(
        api.POST('/api/v1/initiatives/{id}/attachments', {
          params: { path: { id } },
          body: {} as never,
          bodySerializer: () => form,
        }),
      )) as unknown as Attachment;
    },
    onSuccess: () => invalidateFiles(queryClient, id),
  });
}

export function useDeleteAttachment(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: number) =>
      unwrap(api.DELETE('/api/v1/initiatives/{id}/attachments/{attachmentId}', { params: { path: { id, attachmentId } } })),
    onSuccess: () => invalidateFiles(queryClient, id),
  });
}

/** Marks a file confidential or not (the server lets only who may see a confidential file change it). */
export function useSetAttachmentConfidential(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ attachmentId, confidential }: { attachmentId: number; confidential: boolean }) =>
      unwrap(
        api.PUT('/api/v1/initiatives/{id}/attachments/{attachmentId}/confidential', {
          params: { path: { id, attachmentId } },
          body: { confidential },
        }),
      ),
    onSuccess: () => invalidateFiles(queryClient, id),
  });
}

/** Downloads a file with the bearer token (a plain link would carry none) and hands it to the browser. */
export async function downloadAttachment(id: number, attachment: Attachment) {
  return saveDownload(
    api.GET('/api/v1/initiatives/{id}/attachments/{attachmentId}', {
      params: { path: { id, attachmentId: attachment.id ?? 0 } },
      parseAs: 'blob',
    }),
    attachment.fileName ?? `tep-${attachment.id}`,
  );
}

/** The author linked to the caller's account confirms or corrects their own row, before submission. */
export type MyAuthorAction = { kind: 'confirm'; body: S['TransitionRequest'] } | { kind: 'correct'; body: S['AuthorCorrection'] };

export function useMyAuthorRow(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (a: MyAuthorAction): Promise<Initiative> =>
      a.kind === 'confirm'
        ? unwrap(api.POST('/api/v1/initiatives/{id}/authors/mine/confirm', { params: { path: { id } }, body: a.body }))
        : unwrap(api.PUT('/api/v1/initiatives/{id}/authors/mine', { params: { path: { id } }, body: a.body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(['initiatives', 'one', id], saved);
      void queryClient.invalidateQueries({ queryKey: ['initiatives', 'one', id, 'history'] });
      void queryClient.invalidateQueries({ queryKey: ['initiatives', 'list'] });
    },
  });
}
