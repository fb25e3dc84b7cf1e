// The one API client: openapi-fetch typed from the generated schema, bearer token added to every call.
import createClient, { type Middleware } from 'openapi-fetch';
import { config } from '../config';
import { ApiError, networkError, toProblem } from './problem';
import type { paths } from './schema';

type TokenProvider = () => Promise<string | null | undefined>;
type UnauthorizedHandler = () => void;

let tokenProvider: TokenProvider = async () => null;
let onUnauthorized: UnauthorizedHandler = () => {};

/** Set by the auth layer: where the access token comes from, and what to do on a 401. */
export function configureApiAuth(provider: TokenProvider, unauthorized: UnauthorizedHandler = () => {}) {
  tokenProvider = provider;
  onUnauthorized = unauthorized;
}

const authMiddleware: Middleware = {
  async onRequest({ request }) {
    const token = await tokenProvider();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    request.headers.set('Accept-Language', document.documentElement.lang || 'vi');
    return request;
  },
  async onResponse({ response }) {
    if (response.status === 401) onUnauthorized();
    return response;
  },
};

function baseUrl() {
  if (config.apiBaseUrl) return config.apiBaseUrl;
  return typeof window !== 'undefined' ? window.location.origin : 'http://localhost';
}

export const api = createClient<paths>({ baseUrl: baseUrl() });
api.use(authMiddleware);

/**
 * A plain fetch with the bearer token, for what openapi-fetch does not fit (file downloads). Throws ApiError with the
 * server's problem on an error answer, or a network error.
 */
export async function authorisedFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = await tokenProvider();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  headers.set('Accept-Language', document.documentElement.lang || 'vi');
  let response: Response;
  try {
    response = await fetch(`${baseUrl()}${path}`, { ...init, headers });
  } catch (cause) {
    throw networkError(cause);
  }
  if (response.status === 401) onUnauthorized();
  if (!response.ok) {
    let body: unknown = undefined;
    try {
      body = await response.json();
    } catch {
      /* not JSON */
    }
    throw new ApiError(response.status, toProblem(response.status, body));
  }
  return response;
}

type Result<T> = { data?: T; error?: unknown; response: Response };

/**
 * Awaits an openapi-fetch call and returns its data, or throws an ApiError holding the problem
 * (status 0 when the server could not be reached at all).
 */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await call;
  } catch (cause) {
    throw networkError(cause);
  }
  if (!result.response.ok) {
    throw new ApiError(result.response.status, toProblem(result.response.status, result.error));
  }
  return result.data as T;
}
