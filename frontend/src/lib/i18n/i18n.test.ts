import { describe, expect, it } from 'vitest';
import en from './en';
import vi from './vi';

function keys(o: unknown, prefix = ''): string[] {
  if (typeof o !== 'object' || o === null) return [prefix];
  return Object.entries(o).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(s: string) {
  return [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
}

describe('translations', () => {
  it('English has exactly the Vietnamese keys', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it('every text keeps its placeholders in both languages', () => {
    const get = (o: unknown, path: string) =>
      path.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown> | undefined)?.[k], o) as string;
    for (const key of keys(vi)) {
      expect(placeholders(get(en, key)), key).toEqual(placeholders(get(vi, key)));
    }
  });
});
