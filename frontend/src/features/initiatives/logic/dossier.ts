// The dossier form's values, their client-side checks (the server checks the same and more), and the
// conversion to and from the API's InitiativeWrite.
import type { Initiative, InitiativeField, InitiativeWrite, SolutionType } from '@/lib/api/types';
import { CONTENT_TEXTS, type ContentText } from '@/lib/initiatives/contents';
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
  /** The author's account (Keycloak username), when linked: they see the dossier and confirm their row. */
  account: string;
  /** The author agrees that their name is shown on the public showcase once recognised. */
  showName: boolean;
}

export interface HelperValues {
  key: string;
  fullName: string;
  workplace: string;
  jobTitle: string;
  contribution: string;
}

export { CONTENT_TEXTS, type ContentText };

export interface DossierValues extends Record<ContentText, string> {
  programCode: string;
  unitCode: string;
  addressee: string;
  title: string;
  summary: string;
  solutionType: SolutionType | null;
  field: InitiativeField | null;
  funder: string;
  firstAppliedOn: string | null;
  filedOn: string | null;
  estimatedValueVnd: number | string;
  authors: AuthorValues[];
  helpers: HelperValues[];
  /** The authors agree that the dossier is shown on the public showcase once recognised. */
  publishAgreed: boolean;
}

let keySeq = 0;
export function newKey() {
  keySeq += 1;
  return `a${Date.now().toString(36)}${keySeq}`;
}

export function emptyAuthor(contributionPercent: number | string = ''): AuthorValues {
  return { key: newKey(), fullName: '', birthDate: null, workplace: '', jobTitle: '', qualification: '', contributionPercent, unionMember: true, account: '', showName: false };
}

export function emptyHelper(): HelperValues {
  return { key: newKey(), fullName: '', workplace: '', jobTitle: '', contribution: '' };
}

export function emptyDossier(programCode: string, unitCode: string, today: string | null = null): DossierValues {
  return {
    programCode,
    unitCode,
    addressee: '',
    title: '',
    summary: '',
    solutionType: null,
    field: null,
    funder: '',
    firstAppliedOn: null,
    filedOn: today,
    currentState: '',
    solution: '',
    novelty: '',
    confidentialParts: '',
    applicationConditions: '',
    benefitsByAuthors: '',
    benefitsByAppliers: '',
    estimatedValueVnd: '',
    authors: [emptyAuthor(100)],
    helpers: [],
    publishAgreed: false,
  };
}

/** A draft kept by an older version of the form may lack newer fields: fill them in. */
export function normaliseDossier(value: Partial<DossierValues>, defaults: DossierValues): DossierValues {
  const merged = { ...defaults, ...value };
  return {
    ...merged,
    authors: (merged.authors ?? []).map((a) => ({ ...emptyAuthor(), ...a })),
    helpers: (merged.helpers ?? []).map((h) => ({ ...emptyHelper(), ...h })),
  };
}

export function fromInitiative(i: Initiative): DossierValues {
  return {
    programCode: i.programCode ?? '',
    unitCode: i.unitCode ?? '',
    addressee: i.addressee ?? '',
    title: i.title ?? '',
    summary: i.summary ?? '',
    solutionType: i.solutionType ?? null,
    field: i.field ?? null,
    funder: i.funder ?? '',
    firstAppliedOn: i.firstAppliedOn ?? null,
    filedOn: i.filedOn ?? null,
    currentState: i.currentState ?? '',
    solution: i.solution ?? '',
    novelty: i.novelty ?? '',
    confidentialParts: i.confidentialParts ?? '',
    applicationConditions: i.applicationConditions ?? '',
    benefitsByAuthors: i.benefitsByAuthors ?? '',
    benefitsByAppliers: i.benefitsByAppliers ?? '',
    estimatedValueVnd: i.estimatedValueVnd ?? '',
    helpers: (i.helpers ?? []).map((h) => ({
      key: newKey(),
      fullName: h.fullName ?? '',
      workplace: h.workplace ?? '',
      jobTitle: h.jobTitle ?? '',
      contribution: h.contribution ?? '',
    })),
    authors: (i.authors ?? []).map((a) => ({
      key: newKey(),
      fullName: a.fullName ?? '',
      birthDate: a.birthDate ?? null,
      workplace: a.workplace ?? '',
      jobTitle: a.jobTitle ?? '',
      qualification: a.qualification ?? '',
      contributionPercent: a.contributionPercent ?? '',
      unionMember: a.unionMember ?? false,
      account: a.account ?? '',
      showName: a.showName ?? false,
    })),
    publishAgreed: i.publishAgreed ?? false,
  };
}

function text(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function toNumber(value: number | string): number {
  return typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
}

export interface WriteOptions {
  /**
   * The caller cannot see the stored confidential parts (the API view said `confidentialHidden`): leave the field
   * out of the request so that the server keeps what it has, rather than sending the empty text the caller got.
   */
  confidentialHidden?: boolean;
}

export function toWrite(values: DossierValues, version?: number, options: WriteOptions = {}): InitiativeWrite {
  const estimated = values.estimatedValueVnd === '' ? NaN : toNumber(values.estimatedValueVnd);
  const contents = CONTENT_TEXTS.filter((k) => !(options.confidentialHidden && k === 'confidentialParts'));
  return {
    programCode: values.programCode,
    unitCode: values.unitCode,
    addressee: text(values.addressee),
    title: values.title.trim(),
    summary: text(values.summary),
    solutionType: values.solutionType as SolutionType,
    field: values.field as InitiativeField,
    funder: text(values.funder),
    firstAppliedOn: values.firstAppliedOn ?? '',
    filedOn: values.filedOn || undefined,
    ...Object.fromEntries(contents.map((k) => [k, text(values[k])])),
    estimatedValueVnd: Number.isFinite(estimated) ? estimated : undefined,
    helpers: values.helpers
      .filter((h) => h.fullName.trim() !== '')
      .map((h) => ({ fullName: h.fullName.trim(), workplace: text(h.workplace), jobTitle: text(h.jobTitle), contribution: text(h.contribution) })),
    authors: values.authors.map((a) => ({
      fullName: a.fullName.trim(),
      birthDate: a.birthDate || undefined,
      workplace: text(a.workplace),
      jobTitle: text(a.jobTitle),
      qualification: text(a.qualification),
      contributionPercent: toNumber(a.contributionPercent),
      unionMember: a.unionMember,
      account: text(a.account ?? ''),
      showName: a.showName ?? false,
    })),
    publishAgreed: values.publishAgreed ?? false,
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
  required('filedOn', values.filedOn);
  if (values.firstAppliedOn && values.filedOn) {
    // Nghị định 13/2012: filed on or after the first application, and within a year of it.
    if (values.filedOn < values.firstAppliedOn) errors.filedOn = t('form.filedBeforeApplied');
    else if (values.firstAppliedOn < oneYearBefore(values.filedOn)) errors.firstAppliedOn = t('form.appliedTooEarly');
  }
  values.helpers.forEach((h, i) => {
    const used = h.workplace.trim() || h.jobTitle.trim() || h.contribution.trim();
    if (used && !h.fullName.trim()) errors[`helpers.${i}.fullName`] = t('form.required');
  });
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

/** "2023-03-15" → "2022-03-15" (29 February → 28 February). */
export function oneYearBefore(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const day = m === 2 && d === 29 ? 28 : d;
  return `${y - 1}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Which step of the guided form shows a field: 0 general, 1 content, 2 authors, 3 review. */
export function stepOf(path: string): number {
  if (/^(programCode|unitCode|addressee|title|solutionType|field|funder|firstAppliedOn|filedOn)$/.test(path)) return 0;
  if (/^(summary|currentState|solution|novelty|confidentialParts|applicationConditions|benefitsByAuthors|benefitsByAppliers|estimatedValueVnd)$/.test(path)) return 1;
  if (path.startsWith('authors') || path.startsWith('helpers')) return 2;
  return 3;
}

export const FORM_PATHS =
  /^(programCode|unitCode|addressee|title|summary|solutionType|field|funder|firstAppliedOn|filedOn|currentState|solution|novelty|confidentialParts|applicationConditions|benefitsByAuthors|benefitsByAppliers|estimatedValueVnd|authors(\.\d+\.(fullName|birthDate|workplace|jobTitle|qualification|contributionPercent|unionMember|account))?|helpers(\.\d+\.(fullName|workplace|jobTitle|contribution))?)$/;
