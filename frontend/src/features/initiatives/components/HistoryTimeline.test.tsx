import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import i18n from '@/lib/i18n';
import type { HistoryEntry } from '@/lib/initiatives/lifecycle';
import { renderUi } from '@/test/render';

// The API client keeps the fetch it found when created: put the fake one in place before anything is imported.
const api = vi.hoisted(() => {
  const state = { history: [] as unknown[] };
  globalThis.fetch = (async () =>
    new Response(JSON.stringify(state.history), { status: 200, headers: { 'Content-Type': 'application/json' } })) as typeof fetch;
  return state;
});

const { HistoryTimeline, historyTitle, realDateOf } = await import('./HistoryTimeline');

const file = (kind: HistoryEntry['kind'], fileName: string | undefined, fileConfidential: boolean): HistoryEntry => ({
  at: '2026-12-03T08:15:00Z',
  actor: 'cb.phongtho',
  kind,
  changedFields: [],
  fileName,
  attachmentKind: 'EVIDENCE',
  fileConfidential,
});

describe('historyTitle', () => {
  it('names the file added, marked, unmarked or removed, in Vietnamese and in English', async () => {
    const t = i18n.getFixedT('vi');
    expect(historyTitle(file('ATTACHMENT_ADDED', 'Bản mô tả.pdf', false), t)).toBe('Thêm tệp: Bản mô tả.pdf');
    expect(historyTitle(file('ATTACHMENT_REMOVED', 'Bản mô tả.pdf', false), t)).toBe('Xóa tệp: Bản mô tả.pdf');
    expect(historyTitle(file('ATTACHMENT_CONFIDENTIALITY', 'Sơ đồ.pdf', true), t)).toBe('Đánh dấu mật: Sơ đồ.pdf');
    expect(historyTitle(file('ATTACHMENT_CONFIDENTIALITY', 'Sơ đồ.pdf', false), t)).toBe('Bỏ đánh dấu mật: Sơ đồ.pdf');
    expect(historyTitle(file('ATTACHMENT_REMOVED', 'Bản mô tả.pdf', false), i18n.getFixedT('en'))).toBe('File removed: Bản mô tả.pdf');
  });

  it('says a confidential file came or went without its name when the server left the name out', () => {
    expect(historyTitle(file('ATTACHMENT_REMOVED', undefined, true), i18n.getFixedT('vi'))).toBe('Xóa tệp: một tệp mật (tên được ẩn)');
    expect(historyTitle(file('ATTACHMENT_ADDED', undefined, true), i18n.getFixedT('en'))).toBe('File added: a confidential file (name hidden)');
  });
});

describe('HistoryTimeline', () => {
  it('shows a removal with who, when, the kind of file and the confidential marker', async () => {
    api.history = [
      { at: '2026-12-01T02:00:00Z', actor: 'cb.khunha', kind: 'TRANSITION', toStatus: 'DRAFT', changedFields: [] },
      file('ATTACHMENT_REMOVED', undefined, true),
    ];
    renderUi(<HistoryTimeline initiativeId={7} />);
    const history = await screen.findByTestId('history');
    expect(within(history).getByText('Nháp')).toBeInTheDocument();
    expect(within(history).getByText('Xóa tệp: một tệp mật (tên được ẩn)')).toBeInTheDocument();
    expect(within(history).getByText(/cb\.phongtho/)).toBeInTheDocument();
    expect(within(history).getByText('Tài liệu minh chứng')).toBeInTheDocument();
    expect(within(history).getByTestId('confidential-badge')).toHaveTextContent('Mật');
  });
});

describe('a step entered from a paper record', () => {
  const step = (at: string, occurredOn: string): HistoryEntry => ({
    at,
    actor: 'cb.paper',
    kind: 'TRANSITION',
    fromStatus: 'DRAFT',
    toStatus: 'SUBMITTED',
    changedFields: [],
    occurredOn,
  });

  it('has a real date only when it differs from the day it was entered, in Hanoi', () => {
    expect(realDateOf(step('2026-12-04T05:00:00Z', '2022-03-15'))).toBe('2022-03-15');
    // 18:30 UTC on 03/12 is already 04/12 in Hanoi: entered the same day it happened.
    expect(realDateOf(step('2026-12-03T18:30:00Z', '2026-12-04'))).toBeUndefined();
    expect(realDateOf(step('2026-12-03T18:30:00Z', '2026-12-03'))).toBe('2026-12-03');
    expect(realDateOf(file('ATTACHMENT_ADDED', 'a.pdf', false))).toBeUndefined();
  });

  it('shows the real date and who entered it when, and the usual line for a step entered the day it happened', async () => {
    api.history = [
      { ...step('2026-12-04T05:00:00Z', '2026-12-04'), fromStatus: undefined, toStatus: 'DRAFT' },
      step('2026-12-04T05:10:00Z', '2022-03-15'),
    ];
    renderUi(<HistoryTimeline initiativeId={8} />);
    const history = await screen.findByTestId('history');
    expect(within(history).getAllByTestId('history-real-date')).toHaveLength(1);
    expect(within(history).getByTestId('history-real-date')).toHaveTextContent('Ngày thực tế: 15/03/2022');
    expect(within(history).getByText(/^ghi nhận ngày 04\/12\/2026 \d\d:\d\d bởi cb\.paper$/)).toBeInTheDocument();
    expect(within(history).getByText(/^04\/12\/2026 \d\d:\d\d — cb\.paper$/)).toBeInTheDocument();
  });
});
