import { formatDate, formatDateTime, formatNumber, formatPercent, parseDate, toIsoDate, vietnamDay } from './format';

describe('formatNumber', () => {
  it('writes thousands with a dot in Vietnamese', () => {
    expect(formatNumber(2300)).toBe('2.300');
    expect(formatNumber(1200)).toBe('1.200');
    expect(formatNumber(1100)).toBe('1.100');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(0)).toBe('0');
  });
  it('writes decimals with a comma in Vietnamese', () => {
    expect(formatNumber(33.33)).toBe('33,33');
    expect(formatNumber(12.5)).toBe('12,5');
  });
  it('uses English separators in English', () => {
    expect(formatNumber(2300, 'en')).toBe('2,300');
    expect(formatNumber(12.5, 'en')).toBe('12.5');
  });
  it('leaves missing values empty', () => {
    expect(formatNumber(null)).toBe('');
    expect(formatNumber(undefined)).toBe('');
  });
});

describe('formatPercent', () => {
  it('rounds to one decimal with a Vietnamese comma', () => {
    expect(formatPercent(65.25)).toBe('65,3 %');
    expect(formatPercent(100)).toBe('100 %');
    expect(formatPercent(112.04)).toBe('112 %');
    expect(formatPercent(65.2, 'en')).toBe('65.2%');
    expect(formatPercent(undefined)).toBe('');
  });
});

describe('dates', () => {
  it('shows calendar dates as dd/MM/yyyy without time-zone shifts', () => {
    expect(formatDate('2022-03-15')).toBe('15/03/2022');
    expect(formatDate('2021-09-01')).toBe('01/09/2021');
    expect(formatDate(undefined)).toBe('');
  });
  it('shows instants in the local time zone', () => {
    const d = new Date(2026, 10, 25, 16, 5);
    expect(formatDateTime(d)).toBe('25/11/2026 16:05');
    expect(formatDate(d.toISOString())).toBe('25/11/2026');
  });
  it('parses dd/MM/yyyy and refuses impossible days', () => {
    expect(parseDate('15/03/2022')).toBe('2022-03-15');
    expect(parseDate('1/9/2021')).toBe('2021-09-01');
    expect(parseDate('31/02/2022')).toBeNull();
    expect(parseDate('2022-03-15')).toBeNull();
  });
  it('turns a local Date into an ISO calendar date', () => {
    expect(toIsoDate(new Date(2022, 0, 5))).toBe('2022-01-05');
  });
});

describe('vietnamDay', () => {
  it('gives the day in Vietnam, as the server dates steps, whatever the browser\'s zone', () => {
    expect(vietnamDay(new Date('2026-12-03T16:59:00Z'))).toBe('2026-12-03');
    expect(vietnamDay(new Date('2026-12-03T17:00:00Z'))).toBe('2026-12-04');
    expect(vietnamDay()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
