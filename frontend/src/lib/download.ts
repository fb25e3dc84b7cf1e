// Saving a file the API makes (reports, attachments): the typed openapi-fetch call (parseAs: 'blob') carries the bearer
// token, which a plain link would not; the name comes from the answer's Content-Disposition.
import { unwrapResponse } from './api/client';

/** The file name from Content-Disposition (RFC 6266: filename* in UTF-8 wins over filename), else the fallback. */
export function fileNameFrom(disposition: string | null | undefined, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      /* malformed: try the plain name */
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(disposition);
  const name = plain ? (plain[2] ?? plain[1]).trim() : '';
  return name || fallback;
}

/** Hands a Blob to the browser as a download. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Awaits an openapi-fetch call made with `parseAs: 'blob'` and saves its file under the name the server gives
 * (else the fallback); throws ApiError when refused or unreachable. Returns the file name.
 */
export async function saveDownload(
  call: Promise<{ data?: Blob; error?: unknown; response: Response }>,
  fallbackName: string,
): Promise<string> {
  const { data, response } = await unwrapResponse(call);
  const name = fileNameFrom(response.headers.get('Content-Disposition'), fallbackName);
  saveBlob(data, name);
  return name;
}
