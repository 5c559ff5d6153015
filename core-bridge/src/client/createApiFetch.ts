import { CoreClientError } from './CoreClientError.js';
import { errorFromAnswer } from './errorFromAnswer.js';

/** One HTTP request to the core's API. */
export type ApiRequest = {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** From the base URL, e.g. `/api/v1/agents/me/session`; path segments already encoded. */
  readonly path: string;
  /** The bearer token, for every route but the token endpoint. */
  readonly token?: string;
  /** Sent as JSON. */
  readonly body?: unknown;
};

/**
 * Sends one request and resolves with the answer's JSON body (undefined when empty), unchecked:
 * callers validate it against the contract. Rejects with CoreClientError: the core's own code for
 * an error answer, NETWORK_ERROR when it cannot be reached, PROTOCOL_ERROR for a body that is not JSON.
 */
export type ApiFetch = (request: ApiRequest) => Promise<unknown>;

/** Builds the {@link ApiFetch} of a core at `baseUrl` (no trailing slash) over `send` (a fetch). */
export function createApiFetch(baseUrl: string, send: typeof globalThis.fetch): ApiFetch {
  return async ({ method, path, token, body }) => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token !== undefined) headers['authorization'] = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let status: number;
    let text: string;
    try {
      const response = await send(`${baseUrl}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      throw new CoreClientError({
        code: 'NETWORK_ERROR',
        message: `${method} ${path} could not reach the core`,
        cause: error,
      });
    }
    const parsed = parseJson(text);
    if (status < 200 || status > 299) throw errorFromAnswer(status, parsed.ok ? parsed.value : text);
    if (!parsed.ok) {
      throw new CoreClientError({ code: 'PROTOCOL_ERROR', status, message: `${method} ${path} answered non-JSON` });
    }
    return parsed.value;
  };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
