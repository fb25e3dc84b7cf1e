// The showcase's search as the page's address (?q=&field=&page=), so that a search is a link one can share.
import type { InitiativeField } from '@/lib/api/types';
import type { ShowcaseFilters } from '@/lib/showcase/showcase';

const FIELDS: readonly InitiativeField[] = ['EPIDEMIC_PREVENTION', 'SOCIO_ECONOMIC', 'UNION_INNOVATION', 'OTHER'];

export function readFilters(params: URLSearchParams): ShowcaseFilters {
  const field = params.get('field');
  const page = Number(params.get('page'));
  return {
    q: params.get('q') ?? '',
    field: FIELDS.includes(field as InitiativeField) ? (field as InitiativeField) : undefined,
    // Shown from 1 in the address, as people count pages.
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
  };
}

export function writeFilters(filters: ShowcaseFilters): URLSearchParams {
  const params = new URLSearchParams();
  const q = filters.q.trim();
  if (q) params.set('q', q);
  if (filters.field) params.set('field', filters.field);
  if (filters.page > 0) params.set('page', String(filters.page + 1));
  return params;
}

/** The start of a long summary for a card, cut at a word. */
export function excerpt(text: string | undefined, max = 220): string {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
