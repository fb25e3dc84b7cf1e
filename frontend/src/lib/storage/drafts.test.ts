import { createDraftStore, draftKey } from './drafts';

describe('draft store', () => {
  const fixed = () => new Date('2026-11-25T09:00:00.000Z');

  it('keeps and restores a draft with its time and base version', () => {
    const store = createDraftStore(localStorage, fixed);
    store.save(draftKey('cb.phongtho', 'initiative:new'), { title: 'Lọc nước' });
    store.save(draftKey('cb.phongtho', 'initiative:7'), { title: 'Sửa' }, 3);
    expect(store.load(draftKey('cb.phongtho', 'initiative:new'))).toEqual({
      value: { title: 'Lọc nước' },
      savedAt: '2026-11-25T09:00:00.000Z',
    });
    expect(store.load<{ title: string }>('cb.phongtho:initiative:7')?.baseVersion).toBe(3);
    expect(store.keys().sort()).toEqual(['cb.phongtho:initiative:7', 'cb.phongtho:initiative:new']);
  });

  it('keeps users apart', () => {
    const store = createDraftStore(localStorage, fixed);
    store.save(draftKey('a', 'initiative:new'), 1);
    expect(store.load(draftKey('b', 'initiative:new'))).toBeNull();
  });

  it('forgets a draft once the server has it', () => {
    const store = createDraftStore(localStorage, fixed);
    store.save('k', { x: 1 });
    store.remove('k');
    expect(store.load('k')).toBeNull();
  });

  it('survives unreadable entries and a full storage', () => {
    localStorage.setItem('sangkien:draft:bad', '{not json');
    const store = createDraftStore(localStorage, fixed);
    expect(store.load('bad')).toBeNull();
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
      key: () => null,
      length: 0,
      clear: () => {},
    } as Storage;
    expect(createDraftStore(full, fixed).save('k', 1)).toBeNull();
  });

  it('works without any storage', () => {
    const store = createDraftStore(null, fixed);
    expect(store.save('k', 1)).toBeNull();
    expect(store.load('k')).toBeNull();
  });
});
