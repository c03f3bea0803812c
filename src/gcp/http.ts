import { setTimeout as realSleep } from 'node:timers/promises';
import http from 'node:http';
import https from 'node:https';
import { ConfigError } from '../errors.js';
import { GOOGLE_TOKEN_HOSTS, mayReceiveGoogleToken } from './token-hosts.js';

/** An answer from a Google API: the status and the parsed JSON body (undefined when empty). */
export interface ApiResponse {
  readonly status: number;
  readonly body: unknown;
}

/** A Google API call that could not be completed: the message names the call, never a credential. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    /** The HTTP status, or 0 when none was received. */
    readonly status: number,
  ) {
    super(message);
  }
}

/** One HTTP exchange: what the client sends and what it reads back. */
export type Transport = (
  url: string,
  request: { method: string; headers: Record<string, string>; body?: string; timeoutMs: number },
) => Promise<{ status: number; text: string }>;

/**
 * The transport outside tests: node:http and node:https. Not fetch: undici costs about 90 ms of CPU to start in a
 * short-lived process (its parser is WebAssembly compiled on first use), more than the whole deploy's own work.
 */
export const nodeTransport: Transport = (url, request) =>
  new Promise((resolve, reject) => {
    const target = new URL(url);
    const client = target.protocol === 'http:' ? http : https;
    const outgoing = client.request(
      target,
      { method: request.method, headers: request.headers, timeout: request.timeoutMs },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
        });
        response.on('error', reject);
      },
    );
    outgoing.on('timeout', () => {
      outgoing.destroy(
        Object.assign(new Error(`no answer within ${String(request.timeoutMs)} ms`), { code: 'ETIMEDOUT' }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });

/** The part of a fetch Response the registry client reads. */
export interface SimpleResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** A fetch-shaped call on node:http(s), without fetch's start-up cost (see {@link nodeTransport}). */
export function nodeFetch(
  url: string,
  init: { method: string; headers: Record<string, string>; signal?: AbortSignal },
): Promise<SimpleResponse> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const client = target.protocol === 'http:' ? http : https;
    const outgoing = client.request(
      target,
      { method: init.method, headers: init.headers, ...(init.signal ? { signal: init.signal } : {}) },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: response.statusCode ?? 0,
            headers: {
              get: (name) => {
                const value = response.headers[name.toLowerCase()];
                return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
              },
            },
            text: () => Promise.resolve(text),
          });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

export interface ApiClientOptions {
  /** A current access token (already masked by the caller). */
  readonly accessToken: () => Promise<string>;
  readonly transport?: Transport;
  readonly sleep?: (ms: number) => Promise<void>;
  /** One request's timeout. */
  readonly requestTimeoutMs?: number;
  /** How many times a retryable failure is tried in all. */
  readonly attempts?: number;
  /** No request starts after this time (`Date.now()` scale); the last failure is reported instead. */
  readonly deadline?: number;
  readonly now?: () => number;
  /** Jitter source, for reproducible tests. */
  readonly random?: () => number;
}

/** Statuses worth another try: rate limiting and the server-side errors Google documents as transient. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);
/**
 * What a call that must not run twice (creating a build) may still retry: answers and failures that show the
 * server did not act on it — rate limiting, and a connection that was never made.
 */
const UNSENT_STATUSES: ReadonlySet<number> = new Set([429]);
const UNSENT_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
/** Transport failures worth another try. */
const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** The error message a Google API put in its JSON error body, if any. */
export function apiErrorMessage(body: unknown): string | undefined {
  const error = (body as { error?: { message?: unknown } } | undefined)?.error;
  return typeof error?.message === 'string' ? error.message : undefined;
}

/**
 * An API's base URL, without a trailing slash: its gcloud endpoint override (`CLOUDSDK_API_ENDPOINT_OVERRIDES_*`)
 * used as given when set — for tests and private endpoints —, else Google's endpoint. Every call to it carries the
 * Google access token, so an override that may not receive the token is refused here, before anything is sent.
 *
 * @param googleEndpoint `https://API.googleapis.com` or `https://REGION-API.googleapis.com`: names the override
 */
export function apiBaseUrl(override: string | undefined, googleEndpoint: string): string {
  if (override && !mayReceiveGoogleToken(override)) {
    throw new ConfigError(
      `${endpointOverrideVariable(googleEndpoint)} is "${withoutUserinfo(override)}", which may not receive the Google access token: the token goes only ${GOOGLE_TOKEN_HOSTS}. Point it at such an endpoint, or unset it`,
    );
  }
  return (override || googleEndpoint).replace(/\/+$/, '');
}

/**
 * Refuse now — before anything is sent — every endpoint override in `env` (Cloud Run, Cloud Build, Secret Manager)
 * that may not receive the Google access token; each API client would refuse it later, half-way through a run.
 */
export function checkEndpointOverrides(env: NodeJS.ProcessEnv): void {
  for (const api of ['run', 'cloudbuild', 'secretmanager']) {
    apiBaseUrl(env[`CLOUDSDK_API_ENDPOINT_OVERRIDES_${api.toUpperCase()}`], `https://${api}.googleapis.com`);
  }
}

/** A URL as errors show it: credentials written into it (`https://user:password@host`) are left out. */
function withoutUserinfo(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1');
}

/**
 * The variable gcloud reads an API's endpoint override from: named after the API, the first label of its
 * googleapis.com host without the region a regional endpoint puts in front (`europe-west1-run` → `RUN`).
 */
function endpointOverrideVariable(googleEndpoint: string): string {
  const label = new URL(googleEndpoint).hostname.split('.')[0] ?? '';
  return `CLOUDSDK_API_ENDPOINT_OVERRIDES_${label.replace(/^.*-/, '').toUpperCase()}`;
}

/**
 * A Google API's refusal as one error: which API refused what, the HTTP status, the API's own message (the body
 * when it has none), and on 401/403 `permissionHint` — what to check and which role to grant.
 */
export function apiRefusal(
  api: string,
  what: string,
  response: ApiResponse,
  permissionHint: string,
): ApiError {
  const { status, body } = response;
  const hint = status === 401 || status === 403 ? `: ${permissionHint}` : '';
  return new ApiError(
    `${api} refused to ${what} (HTTP ${String(status)}): ${apiErrorMessage(body) ?? JSON.stringify(body)}${hint}`,
    status,
  );
}

/**
 * One authorised JSON client for Google APIs: a bearer token on every request, a timeout per request, and
 * retries with exponential backoff and full jitter on 429/500/502/503/504 and dropped connections, within an
 * overall deadline. Other statuses are returned, for the caller to read (a 404 or a 409 is an answer). A URL that
 * may not receive the Google access token (see {@link mayReceiveGoogleToken}) is refused before the token is even
 * read, whatever built it.
 */
export function createApiClient(options: ApiClientOptions) {
  const transport = options.transport ?? nodeTransport;
  const sleep = options.sleep ?? realSleep;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const attempts = options.attempts ?? 6;

  /**
   * @param once the call must not take effect twice (a POST that creates something): retried only when the
   * server cannot have acted on it, so a dropped connection or a 5xx is reported instead of risking a duplicate
   */
  return async function request(
    method: string,
    url: string,
    body?: unknown,
    { once = false }: { once?: boolean } = {},
  ): Promise<ApiResponse> {
    const what = `${method} ${withoutUserinfo(url).replace(/\?.*$/, '')}`;
    refuseUnlessTokenMayGo(url, what);
    const retryable = once ? RETRYABLE_UNSENT : RETRYABLE;
    let lastFailure = '';
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      if (options.deadline !== undefined && now() >= options.deadline) break;
      const call: Call = {
        method,
        url,
        body,
        what,
        token: await options.accessToken(),
        timeoutMs: options.requestTimeoutMs ?? 30_000,
      };
      const outcome = await sendOnce(transport, call, retryable);
      if (outcome.kind === 'answered') return outcome.response;
      lastFailure = outcome.failure;
      if (attempt < attempts) await sleep(retryDelay(attempt, random, now, options.deadline));
      // Out of attempts with a retryable status: that answer is still the caller's to read.
      else if (outcome.response) return outcome.response;
    }
    throw new ApiError(`${what} failed after retries: ${lastFailure || 'deadline exceeded'}`, 0);
  };
}

/** The Google access token goes nowhere else: refuse the call before the token is even read. */
function refuseUnlessTokenMayGo(url: string, what: string): void {
  if (!mayReceiveGoogleToken(url)) {
    throw new ApiError(
      `${what} refused before sending: it may not receive the Google access token, which goes only ${GOOGLE_TOKEN_HOSTS}`,
      0,
    );
  }
}

/** Which answers and transport failures a call retries. */
interface Retryable {
  readonly statuses: ReadonlySet<number>;
  readonly codes: ReadonlySet<string>;
}

const RETRYABLE: Retryable = { statuses: RETRYABLE_STATUSES, codes: RETRYABLE_CODES };
/** For a call that must not run twice. */
const RETRYABLE_UNSENT: Retryable = { statuses: UNSENT_STATUSES, codes: UNSENT_CODES };

/** One request as sent: `what` names it in errors. */
interface Call {
  readonly method: string;
  readonly url: string;
  readonly body: unknown;
  readonly what: string;
  readonly token: string;
  readonly timeoutMs: number;
}

/** One try's result: an answer for the caller, or a failure worth another try (with its answer, if any). */
type Outcome =
  | { readonly kind: 'answered'; readonly response: ApiResponse }
  | { readonly kind: 'retryable'; readonly failure: string; readonly response?: ApiResponse };

/** Send once; a transport failure that is not retryable is thrown. */
async function sendOnce(transport: Transport, call: Call, retryable: Retryable): Promise<Outcome> {
  const { method, body } = call;
  let answer: { status: number; text: string };
  try {
    answer = await transport(call.url, {
      method,
      headers: {
        authorization: `Bearer ${call.token}`,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      timeoutMs: call.timeoutMs,
    });
  } catch (error) {
    const code = transportCode(error);
    if (!retryable.codes.has(code)) throw new ApiError(`${call.what} failed: ${code}`, 0);
    return { kind: 'retryable', failure: code };
  }
  const response: ApiResponse = { status: answer.status, body: parseBody(answer.text) };
  if (!retryable.statuses.has(response.status)) return { kind: 'answered', response };
  const message = apiErrorMessage(response.body);
  return {
    kind: 'retryable',
    failure: `HTTP ${String(response.status)}${message ? `: ${message}` : ''}`,
    response,
  };
}

/** JSON when it parses; otherwise the text itself (an HTML error page), for the caller's message. */
function parseBody(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}

/** Exponential backoff with full jitter, never past the deadline. */
function retryDelay(attempt: number, random: () => number, now: () => number, deadline?: number): number {
  // Full jitter: spreads retries of many clients hit by the same outage.
  const ceiling = Math.min(8000, 500 * 2 ** (attempt - 1));
  const delay = Math.round(random() * ceiling);
  return deadline === undefined ? delay : Math.min(delay, Math.max(0, deadline - now()));
}

export type ApiRequest = ReturnType<typeof createApiClient>;

function transportCode(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? code : error.message;
  }
  return String(error);
}
