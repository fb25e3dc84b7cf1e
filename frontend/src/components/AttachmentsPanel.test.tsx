import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { attachmentForm } from '@/lib/initiatives/lifecycle';
import { renderUi } from '@/test/render';

// The API client keeps the fetch it found when created: put the fake one in place before anything is imported.
vi.hoisted(() => {
  const files = [
    { id: 1, kind: 'DESCRIPTION', fileName: 'Bản mô tả.pdf', sizeBytes: 2048, uploadedBy: 'cb.khunha', uploadedAt: '2026-12-01T02:00:00Z', confidential: false },
    { id: 2, kind: 'EVIDENCE', fileName: 'Sơ đồ buồng đốt.pdf', sizeBytes: 4096, uploadedBy: 'cb.khunha', uploadedAt: '2026-12-01T02:05:00Z', confidential: true },
  ];
  globalThis.fetch = (async () =>
    new Response(JSON.stringify(files), { status: 200, headers: { 'Content-Type': 'application/json' } })) as typeof fetch;
});

const { AttachmentsPanel } = await import('./AttachmentsPanel');

describe('attachmentForm', () => {
  it('sends confidential only for a confidential file', () => {
    const file = new File(['%PDF-1.7'], 'Sơ đồ.pdf', { type: 'application/pdf' });
    expect(attachmentForm(file, 'EVIDENCE', true).get('confidential')).toBe('true');
    expect(attachmentForm(file, 'EVIDENCE', false).has('confidential')).toBe(false);
    expect(attachmentForm(file, 'EVIDENCE', false).get('kind')).toBe('EVIDENCE');
  });
});

describe('AttachmentsPanel', () => {
  it('marks confidential files, lets who may change files mark them, and offers a confidential upload', async () => {
    renderUi(<AttachmentsPanel initiativeId={7} canChange />);
    const table = await screen.findByTestId('attachments');
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]).queryByTestId('confidential-badge')).not.toBeInTheDocument();
    expect(within(rows[2]).getByTestId('confidential-badge')).toHaveTextContent('Mật');
    expect(screen.getByRole('checkbox', { name: 'Đánh dấu mật: Sơ đồ buồng đốt.pdf' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Đánh dấu mật: Bản mô tả.pdf' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Tệp mật' })).not.toBeChecked();
  });

  it('shows the marker but no controls to who only reads', async () => {
    renderUi(<AttachmentsPanel initiativeId={7} canChange={false} />);
    const table = await screen.findByTestId('attachments');
    expect(within(table).getByTestId('confidential-badge')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });
});
