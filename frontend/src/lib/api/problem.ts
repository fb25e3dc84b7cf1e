// RFC 9457 problems from the API, and their field errors mapped onto form paths.
import type { FieldProblem, Problem } from './types';

export type Lang = 'vi' | 'en';

/** An error answer from the API (problem+json) or a failure to reach it (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detailEn ?? problem.titleEn ?? problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** The server holds a newer version than the one sent (optimistic locking). */
  get isStale(): boolean {
    return this.status === 409 && (this.problem.type ?? '').endsWith(':stale-version');
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }

  get fieldErrors(): FieldProblem[] {
    return this.problem.errors ?? [];
  }
}

/** Whatever the body was, a Problem; non-problem bodies get a generic one for their status. */
export function toProblem(status: number, body: unknown): Problem {
  if (body && typeof body === 'object' && ('title' in body || 'errors' in body || 'type' in body)) {
    return { status, ...(body as Problem) };
  }
  return { status, title: `Lỗi ${status}`, titleEn: `Error ${status}` };
}

export function networkError(cause: unknown): ApiError {
  const e = new ApiError(0, {
    status: 0,
    type: 'urn:sangkien:problem:network',
    title: 'Không kết nối được máy chủ',
    titleEn: 'The server could not be reached',
    detail: 'Kiểm tra kết nối mạng rồi thử lại.',
    detailEn: 'Check the network connection and try again.',
  });
  (e as { cause?: unknown }).cause = cause;
  return e;
}

/** "authors[1].fullName" → "authors.1.fullName" (the path Mantine forms use). */
export function toFormPath(field: string): string {
  return field.replace(/\[(\w+)\]/g, '.$1').replace(/^\./, '');
}

export function fieldMessage(error: FieldProblem, lang: Lang): string {
  return (lang === 'en' ? error.messageEn ?? error.message : error.message ?? error.messageEn) ?? error.rule ?? '';
}

/**
 * The problem's errors as { formPath: message }, joined when one field broke several rules.
 * Fields the form does not show (say "body") are returned under `unmatched` for a summary.
 */
export function mapFieldErrors(
  errors: FieldProblem[] | undefined,
  lang: Lang,
  knownPath: (path: string) => boolean = () => true,
): { byField: Record<string, string>; unmatched: string[] } {
  const byField: Record<string, string> = {};
  const unmatched: string[] = [];
  for (const error of errors ?? []) {
    const message = fieldMessage(error, lang);
    const path = error.field ? toFormPath(error.field) : '';
    if (path && knownPath(path)) {
      byField[path] = byField[path] ? `${byField[path]} ${message}` : message;
    } else {
      unmatched.push(error.field ? `${error.field}: ${message}` : message);
    }
  }
  return { byField, unmatched };
}

export function problemTitle(problem: Problem, lang: Lang): string {
  return (lang === 'en' ? problem.titleEn ?? problem.title : problem.title ?? problem.titleEn) ?? '';
}

export function problemDetail(problem: Problem, lang: Lang): string {
  return (lang === 'en' ? problem.detailEn ?? problem.detail : problem.detail ?? problem.detailEn) ?? '';
}
