// Saving a file the API makes (reports, attachments) with the bearer token: a plain link would carry none.
import { authorisedFetch } from './api/client';

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

/** GETs an API path (with the token) and saves the answer; throws ApiError when refused. Returns the file name. */
export async function downloadFile(path: string, accept: string, fallbackName: string): Promise<string> {
  const response = await authorisedFetch(path, { headers: { Accept: accept } });
  const name = fileNameFrom(response.headers.get('Content-Disposition'), fallbackName);
  saveBlob(await response.blob(), name);
  return name;
}
