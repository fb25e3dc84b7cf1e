// The dossier form's values, their client-side checks (the server checks the same and more), and the
// conversion to and from the API's InitiativeWrite.
import type { Initiative, InitiativeField, InitiativeWrite, SolutionType } from '@/lib/api/types';
import { checkContributions } from './contributions';

export interface AuthorValues {
  key: string;
  fullName: string;
  birthDate: string | null;
  workplace: string;
  jobTitle: string;
  qualification: string;
  contributionPercent: number | string;
  unionMember: boolean;
}

export interface DossierValues {
  programCode: string;
  unitCode: string;
  title: string;
  summary: string;
  solutionType: SolutionType | null;
  field: InitiativeField | null;
  firstAppliedOn: string | null;
  authors: AuthorValues[];
}

let keySeq = 0;
export function newKey() {
  keySeq += 1;
  return `a${Date.now().toString(36)}${keySeq}`;
}

export function emptyAuthor(contributionPercent: number | string = ''): AuthorValues {
  return { key: newKey(), fullName: '', birthDate: null, workplace: '', jobTitle: '', qualification: '', contributionPercent, unionMember: true };
}

export function emptyDossier(programCode: string, unitCode: string): DossierValues {
  return { programCode, unitCode, title: '', summary: '', solutionType: null, field: null, firstAppliedOn: null, authors: [emptyAuthor(100)] };
}

export function fromInitiative(i: Initiative): DossierValues {
  return {
    programCode: i.programCode ?? '',
    unitCode: i.unitCode ?? '',
    title: i.title ?? '',
    summary: i.summary ?? '',
    solutionType: i.solutionType ?? null,
    field: i.field ?? null,
    firstAppliedOn: i.firstAppliedOn ?? null,
    authors: (i.authors ?? []).map((a) => ({
      key: newKey(),
      fullName: a.fullName ?? '',
      birthDate: a.birthDate ?? null,
      workplace: a.workplace ?? '',
      jobTitle: a.jobTitle ?? '',
      qualification: a.qualification ?? '',
      contributionPercent: a.contributionPercent ?? '',
      unionMember: a.unionMember ?? false,
    })),
  };
}

function text(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function toNumber(value: number | string): number {
  return typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
}

export function toWrite(values: DossierValues, version?: number): InitiativeWrite {
  return {
    programCode: values.programCode,
    unitCode: values.unitCode,
    title: values.title.trim(),
    summary: text(values.summary),
    solutionType: values.solutionType as SolutionType,
    field: values.field as InitiativeField,
    firstAppliedOn: values.firstAppliedOn ?? '',
    authors: values.authors.map((a) => ({
      fullName: a.fullName.trim(),
      birthDate: a.birthDate || undefined,
      workplace: text(a.workplace),
      jobTitle: text(a.jobTitle),
      qualification: text(a.qualification),
      contributionPercent: toNumber(a.contributionPercent),
      unionMember: a.unionMember,
    })),
    ...(version !== undefined ? { version } : {}),
  };
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Errors by form path ("authors.1.fullName"), with the same paths the API's problems map to. */
export function validateDossier(values: DossierValues, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  const required = (path: string, value: unknown) => {
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) errors[path] = t('form.required');
  };
  required('programCode', values.programCode);
  required('unitCode', values.unitCode);
  required('title', values.title);
  if (values.title.length > 500) errors.title = t('form.tooLong', { max: 500 });
  if (values.summary.length > 20000) errors.summary = t('form.tooLong', { max: 20000 });
  required('solutionType', values.solutionType);
  required('field', values.field);
  required('firstAppliedOn', values.firstAppliedOn);
  if (values.authors.length === 0) errors.authors = t('form.required');
  values.authors.forEach((a, i) => {
    required(`authors.${i}.fullName`, a.fullName);
    if (a.fullName.length > 255) errors[`authors.${i}.fullName`] = t('form.tooLong', { max: 255 });
    const share = toNumber(a.contributionPercent);
    if (a.contributionPercent === '' || !Number.isFinite(share) || share <= 0 || share > 100) {
      errors[`authors.${i}.contributionPercent`] = t('form.required');
    }
  });
  const sum = checkContributions(values.authors.map((a) => a.contributionPercent));
  if (values.authors.length > 0 && sum.state !== 'ok') {
    errors.authors = sum.state === 'short' ? t('form.contributionMissing', { diff: sum.missing }) : t('form.contributionOver', { diff: -sum.missing });
  }
  return errors;
}

/** Which step of the guided form shows a field: 0 general, 1 content, 2 authors, 3 review. */
export function stepOf(path: string): number {
  if (/^(programCode|unitCode|title|solutionType|field|firstAppliedOn)$/.test(path)) return 0;
  if (path === 'summary') return 1;
  if (path.startsWith('authors')) return 2;
  return 3;
}

export const FORM_PATHS = /^(programCode|unitCode|title|summary|solutionType|field|firstAppliedOn|authors(\.\d+\.(fullName|birthDate|workplace|jobTitle|qualification|contributionPercent|unionMember))?)$/;
