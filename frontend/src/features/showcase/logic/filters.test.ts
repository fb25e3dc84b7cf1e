import { describe, expect, it } from 'vitest';
import { excerpt, readFilters, writeFilters } from './filters';

describe('showcase filters in the address', () => {
  it('reads what a shared link holds, pages counted from 1', () => {
    expect(readFilters(new URLSearchParams('q=may loc nuoc&field=SOCIO_ECONOMIC&page=3'))).toEqual({ q: 'may loc nuoc', field: 'SOCIO_ECONOMIC', page: 2 });
  });

  it('ignores an unknown field and a page that is no page', () => {
    expect(readFilters(new URLSearchParams('field=DROP&page=-4'))).toEqual({ q: '', field: undefined, page: 0 });
    expect(readFilters(new URLSearchParams('page=abc'))).toEqual({ q: '', field: undefined, page: 0 });
  });

  it('writes only what is set, and reads back the same', () => {
    expect(writeFilters({ q: '  ', page: 0 }).toString()).toBe('');
    const filters = { q: 'Máy lọc nước', field: 'OTHER' as const, page: 1 };
    expect(readFilters(writeFilters(filters))).toEqual(filters);
  });
});

describe('excerpt', () => {
  it('keeps a short text whole and cuts a long one at a word', () => {
    expect(excerpt('Bể lọc  nhiều tầng')).toBe('Bể lọc nhiều tầng');
    expect(excerpt('một hai ba bốn năm sáu bảy', 14)).toBe('một hai ba…');
    expect(excerpt(undefined)).toBe('');
  });
});
