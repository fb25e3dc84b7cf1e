import { emptyAuthor, emptyDossier, emptyHelper, FORM_PATHS, normaliseDossier, oneYearBefore, stepOf, toWrite, validateDossier } from './dossier';

const t = (key: string, options?: Record<string, unknown>) => (options ? `${key} ${JSON.stringify(options)}` : key);

function filled() {
  const v = emptyDossier('1TRIEU-SK', 'LCH-PT');
  v.title = ' Lọc nước sạch ';
  v.solutionType = 'TECHNICAL';
  v.field = 'SOCIO_ECONOMIC';
  v.firstAppliedOn = '2022-03-15';
  v.filedOn = '2022-04-01';
  v.authors = [
    { ...emptyAuthor(60), fullName: 'Nguyễn Thị Hoa' },
    { ...emptyAuthor('40'), fullName: 'Lò Văn Minh', workplace: '  ' },
  ];
  return v;
}

describe('validateDossier', () => {
  it('passes a complete dossier', () => {
    expect(validateDossier(filled(), t)).toEqual({});
  });
  it('names each missing field by its form path', () => {
    const v = emptyDossier('1TRIEU-SK', '');
    const errors = validateDossier(v, t);
    expect(Object.keys(errors).sort()).toEqual(['authors.0.fullName', 'field', 'filedOn', 'firstAppliedOn', 'solutionType', 'title', 'unitCode']);
  });
  it('files on or after the first application and within a year of it', () => {
    const v = filled();
    v.filedOn = '2022-03-01';
    expect(validateDossier(v, t).filedOn).toBe('form.filedBeforeApplied');
    v.filedOn = '2023-03-16';
    expect(validateDossier(v, t).firstAppliedOn).toBe('form.appliedTooEarly');
    v.filedOn = '2023-03-15';
    expect(validateDossier(v, t)).toEqual({});
  });
  it('wants a name for a helper that has other data', () => {
    const v = filled();
    v.helpers = [{ ...emptyHelper(), workplace: 'Trường PTDTBT' }];
    expect(validateDossier(v, t)['helpers.0.fullName']).toBe('form.required');
  });
  it('checks the contribution sum as the API does', () => {
    const v = filled();
    v.authors[1].contributionPercent = 30;
    expect(validateDossier(v, t).authors).toBe('form.contributionMissing {"diff":10}');
    v.authors[1].contributionPercent = 50;
    expect(validateDossier(v, t).authors).toBe('form.contributionOver {"diff":10}');
  });
});

describe('toWrite', () => {
  it('trims, drops empty optional texts and sends numbers', () => {
    const body = toWrite(filled(), 4);
    expect(body.title).toBe('Lọc nước sạch');
    expect(body.summary).toBeUndefined();
    expect(body.authors[1]).toEqual({ fullName: 'Lò Văn Minh', contributionPercent: 40, unionMember: true, showName: false, birthDate: undefined, workplace: undefined, jobTitle: undefined, qualification: undefined });
    // Consent to the public showcase is never assumed.
    expect(body.publishAgreed).toBe(false);
    expect(body.version).toBe(4);
    expect(body.filedOn).toBe('2022-04-01');
    expect(body.solution).toBeUndefined();
    expect(body.estimatedValueVnd).toBeUndefined();
    expect(body.helpers).toEqual([]);
    expect('version' in toWrite(filled())).toBe(false);
    const agreed = filled();
    agreed.publishAgreed = true;
    agreed.authors[0].showName = true;
    expect(toWrite(agreed).publishAgreed).toBe(true);
    expect(toWrite(agreed).authors.map((a) => a.showName)).toEqual([true, false]);
  });
});

describe('form paths', () => {
  it('knows which step shows a field', () => {
    expect(stepOf('title')).toBe(0);
    expect(stepOf('summary')).toBe(1);
    expect(stepOf('authors.1.fullName')).toBe(2);
    expect(stepOf('authors')).toBe(2);
    expect(stepOf('body')).toBe(3);
  });
  it('recognises the paths the form shows', () => {
    expect(FORM_PATHS.test('authors.1.fullName')).toBe(true);
    expect(FORM_PATHS.test('authors')).toBe(true);
    expect(FORM_PATHS.test('body')).toBe(false);
  });
});

describe('dates and old drafts', () => {
  it('goes back one year, minding 29 February', () => {
    expect(oneYearBefore('2023-03-15')).toBe('2022-03-15');
    expect(oneYearBefore('2024-02-29')).toBe('2023-02-28');
  });
  it('fills in fields an older draft lacks', () => {
    const old = { title: 'Cũ', authors: [{ fullName: 'A', contributionPercent: 100 }] } as never;
    const v = normaliseDossier(old, emptyDossier('P', 'U', '2026-11-25'));
    expect(v.title).toBe('Cũ');
    expect(v.solution).toBe('');
    expect(v.filedOn).toBe('2026-11-25');
    expect(v.authors[0].unionMember).toBe(true);
    expect(v.helpers).toEqual([]);
  });
});

describe('toWrite and hidden confidential parts', () => {
  it('leaves confidentialParts out when the caller cannot see it, so that the server keeps the stored text', () => {
    const v = filled();
    expect(toWrite(v, 4, { confidentialHidden: true })).not.toHaveProperty('confidentialParts');
    v.confidentialParts = 'Tỷ lệ phối trộn';
    expect(toWrite(v, 4).confidentialParts).toBe('Tỷ lệ phối trộn');
    expect(toWrite(v, 4, { confidentialHidden: true })).not.toHaveProperty('confidentialParts');
  });
});
