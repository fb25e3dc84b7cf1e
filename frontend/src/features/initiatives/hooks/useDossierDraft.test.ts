import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drafts } from '@/lib/storage/drafts';
import { emptyDossier, type DossierValues } from '../logic/dossier';
import { DRAFT_SAVE_DELAY_MS, useDossierDraft } from './useDossierDraft';

const KEY = 'cb.phongtho:initiative:new';
const initial = (): DossierValues => emptyDossier('1TRIEU-SK', 'LCH-PT', '2022-04-01');
const open = (baseVersion?: number) => renderHook(() => useDossierDraft({ draftKey: KEY, initialValues: initial(), baseVersion }));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useDossierDraft', () => {
  it('opens on the initial values and writes nothing while they are unchanged', () => {
    const { result } = open(3);
    expect(result.current.values.title).toBe('');
    expect(result.current.restored).toBeNull();
    expect(result.current.keptAt).toBeNull();
    expect(result.current.baseVersion).toBe(3);
    act(() => void vi.advanceTimersByTime(DRAFT_SAVE_DELAY_MS * 3));
    expect(drafts.load(KEY)).toBeNull();
  });

  it('keeps what is typed a moment after the last change, with the version it started from', () => {
    const { result } = open(3);
    act(() => result.current.form.setFieldValue('title', 'Bể lọc'));
    act(() => void vi.advanceTimersByTime(DRAFT_SAVE_DELAY_MS - 50));
    act(() => result.current.form.setFieldValue('title', 'Bể lọc nước sạch'));
    act(() => void vi.advanceTimersByTime(DRAFT_SAVE_DELAY_MS - 50));
    expect(drafts.load(KEY)).toBeNull(); // still typing: not yet
    act(() => void vi.advanceTimersByTime(100));
    const kept = drafts.load<DossierValues>(KEY);
    expect(kept?.value.title).toBe('Bể lọc nước sạch');
    expect(kept?.baseVersion).toBe(3);
    expect(result.current.keptAt).toBe(kept?.savedAt);
  });

  it('writes at once when the page is left', () => {
    const { result } = open();
    act(() => result.current.form.setFieldValue('summary', 'Ba tầng lọc'));
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(drafts.load<DossierValues>(KEY)?.value.summary).toBe('Ba tầng lọc');
  });

  it('restores a kept draft with its own version, so a newer server version still answers 409', () => {
    drafts.save(KEY, { ...initial(), title: 'Nháp hôm qua' }, 2);
    const { result } = open(5);
    expect(result.current.values.title).toBe('Nháp hôm qua');
    expect(result.current.restored?.value.title).toBe('Nháp hôm qua');
    expect(result.current.baseVersion).toBe(2);
    act(() => result.current.dismissRestored());
    expect(result.current.restored).toBeNull();
    expect(result.current.values.title).toBe('Nháp hôm qua');
  });

  it('fills what an older draft lacks from the initial values', () => {
    const old = { ...initial(), title: 'Cũ' } as Partial<DossierValues>;
    delete old.funder;
    drafts.save(KEY, old);
    const { result } = open();
    expect(result.current.values.title).toBe('Cũ');
    expect(result.current.values.funder).toBe('');
  });

  it('discarding drops the draft and goes back to the initial values and version', () => {
    drafts.save(KEY, { ...initial(), title: 'Nháp' }, 2);
    const { result } = open(5);
    act(() => result.current.discard());
    expect(drafts.load(KEY)).toBeNull();
    expect(result.current.values.title).toBe('');
    expect(result.current.baseVersion).toBe(5);
    expect(result.current.restored).toBeNull();
    expect(result.current.keptAt).toBeNull();
    act(() => void vi.advanceTimersByTime(DRAFT_SAVE_DELAY_MS * 3));
    expect(drafts.load(KEY)).toBeNull(); // back on the initial values: nothing to keep
  });

  it('keepNow writes before the server is asked, clear drops it once the server has it', () => {
    const { result } = open(1);
    act(() => result.current.form.setFieldValue('title', 'Gửi ngay'));
    act(() => result.current.keepNow());
    expect(drafts.load<DossierValues>(KEY)?.value.title).toBe('Gửi ngay');
    act(() => result.current.clear());
    expect(drafts.load(KEY)).toBeNull();
  });
});
