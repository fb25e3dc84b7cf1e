import { ApiError, mapFieldErrors, toFormPath, toProblem } from './problem';

describe('toFormPath', () => {
  it('turns indexed API paths into form paths', () => {
    expect(toFormPath('authors[1].fullName')).toBe('authors.1.fullName');
    expect(toFormPath('allocations[0].targets.GD1')).toBe('allocations.0.targets.GD1');
    expect(toFormPath('title')).toBe('title');
  });
});

describe('mapFieldErrors', () => {
  const errors = [
    { field: 'authors[1].fullName', rule: 'NotBlank', message: 'Không được để trống', messageEn: 'Must not be blank' },
    { field: 'authors', rule: 'ContributionSum', message: 'Tổng phải bằng 100%', messageEn: 'Must add up to 100%' },
    { field: 'title', rule: 'Size', message: 'Quá dài', messageEn: 'Too long' },
    { field: 'title', rule: 'Pattern', message: 'Sai mẫu', messageEn: 'Bad pattern' },
    { field: 'body', rule: 'NotNull', message: 'Thiếu nội dung', messageEn: 'Missing body' },
  ];

  it('puts Vietnamese messages at the matching fields', () => {
    const { byField } = mapFieldErrors(errors, 'vi', (p) => p !== 'body');
    expect(byField['authors.1.fullName']).toBe('Không được để trống');
    expect(byField.authors).toBe('Tổng phải bằng 100%');
    expect(byField.title).toBe('Quá dài Sai mẫu');
  });

  it('uses messageEn in English', () => {
    const { byField } = mapFieldErrors(errors, 'en');
    expect(byField['authors.1.fullName']).toBe('Must not be blank');
  });

  it('returns fields the form does not know for a summary', () => {
    const { unmatched } = mapFieldErrors(errors, 'vi', (p) => p !== 'body');
    expect(unmatched).toEqual(['body: Thiếu nội dung']);
  });
});

describe('ApiError', () => {
  it('recognises the stale-version conflict', () => {
    const e = new ApiError(409, toProblem(409, { type: 'urn:sangkien:problem:stale-version', title: 'Dữ liệu đã thay đổi' }));
    expect(e.isStale).toBe(true);
    const rule = new ApiError(409, toProblem(409, { type: 'urn:sangkien:problem:rule-violated', title: 'x' }));
    expect(rule.isStale).toBe(false);
  });
  it('gives a generic problem for a body that is not one', () => {
    expect(toProblem(502, 'Bad gateway')).toEqual({ status: 502, title: 'Lỗi 502', titleEn: 'Error 502' });
  });
});
