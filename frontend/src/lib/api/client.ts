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

// Typed on the JSON answers (and problems): an operation that can also answer CSV or XLSX keeps its JSON type here;
// files are fetched with parseAs: 'blob' (src/lib/download.ts).
export const api = createClient<paths, 'application/json' | 'application/problem+json'>({ baseUrl: baseUrl() });
api.use(authMiddleware);

type Result<T> = { data?: T; error?: unknown; response: Response };

/**
 * Awaits an openapi-fetch call and returns its data with the response (for its headers), or throws an ApiError holding
 * the problem (status 0 when the server could not be reached at all).
 */
export async function unwrapResponse<T>(call: Promise<Result<T>>): Promise<{ data: T; response: Response }> {
  let result: Result<T>;
  try {
    result = await call;
  } catch (cause) {
    throw networkError(cause);
  }
  if (!result.response.ok) {
    throw new ApiError(result.response.status, toProblem(result.response.status, result.error));
  }
  return { data: result.data as T, response: result.response };
}

/** Awaits an openapi-fetch call and returns its data, or throws an ApiError (see unwrapResponse). */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  return (await unwrapResponse(call)).data;
}
