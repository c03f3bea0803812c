import type { ApiRequest, ApiResponse } from '../gcp/index.js';
import { ApiError, apiBaseUrl, apiErrorMessage, apiRefusal } from '../gcp/index.js';

/** A Knative object as JSON. */
export type Resource = Record<string, unknown>;

/**
 * What became of a write (create or replace). Only `done` is an answer that it took effect; `unknown` means no
 * answer came (a dropped connection, a timeout, a 5xx) and the write may or may not have been applied — the caller
 * must read the service again before concluding anything.
 */
export type WriteOutcome =
  | { readonly kind: 'done'; readonly service: Resource }
  /** 409 ABORTED: `metadata.resourceVersion` is stale — someone else changed the service since it was read. */
  | { readonly kind: 'stale'; readonly message: string }
  /** 409 ALREADY_EXISTS: the service (create) or the pinned revision name (replace) exists already. */
  | { readonly kind: 'exists'; readonly message: string }
  | { readonly kind: 'unknown'; readonly message: string };

/** The Cloud Run Admin API v1 calls the deploy stage makes (a fake or the emulator in tests). */
export interface CloudRunApi {
  /** The service, or undefined when it does not exist (404). */
  getService(name: string): Promise<Resource | undefined>;
  createService(service: Resource, options?: { dryRun?: boolean }): Promise<WriteOutcome>;
  /** Replace, with `metadata.resourceVersion` for optimistic concurrency. */
  replaceService(name: string, service: Resource, options?: { dryRun?: boolean }): Promise<WriteOutcome>;
  /** The revision, or undefined when it does not exist. */
  getRevision(name: string): Promise<Resource | undefined>;
  /** Every revision of the service (label `serving.knative.dev/service`), all pages of the list. */
  listRevisions(service: string): Promise<Resource[]>;
  /** Delete a revision: sent once, never retried blindly (a retry would skip the check made right before it). */
  deleteRevision(name: string): Promise<DeleteOutcome>;
}

/**
 * What became of a revision's deletion. Cloud Run deletes in the background: `deleted` means it took the request.
 * Every other outcome leaves the revision to a later run; none fails the deploy.
 */
export type DeleteOutcome =
  | { readonly kind: 'deleted' }
  /** 404: already gone (another run, a person, Cloud Run's own clean-up). */
  | { readonly kind: 'gone' }
  /** Refused (400/409 FAILED_PRECONDITION: it serves or is referenced; 403: no permission; ...). */
  | { readonly kind: 'refused'; readonly status: number; readonly message: string }
  /** No answer: it may or may not have been deleted. */
  | { readonly kind: 'unknown'; readonly message: string };

/** Revisions asked for per page of the list (gcloud asks 100 too). */
const REVISION_PAGE_SIZE = 100;
/** Pages read at most: Cloud Run keeps at most 1000 revisions per service, so 20 pages of 100 is ample. */
const MAX_REVISION_PAGES = 20;

/**
 * The Cloud Run API's base URL: `CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN` used as given (no region prefix: for tests
 * and private endpoints), else the regional endpoint.
 */
export function runBaseUrl(region: string, override?: string): string {
  return apiBaseUrl(override, `https://${region}-run.googleapis.com`);
}

/** Statuses after which a write may have been applied: the server may have acted before failing to answer. */
const UNCERTAIN_STATUSES: ReadonlySet<number> = new Set([500, 502, 503, 504]);

/** The API over an authorised JSON client. */
export function cloudRunApi(request: ApiRequest, baseUrl: string, projectId: string): CloudRunApi {
  const root = `${baseUrl}/apis/serving.knative.dev/v1/namespaces/${encodeURIComponent(projectId)}`;
  const query = (dryRun?: boolean) => (dryRun ? '?dryRun=all' : '');
  return {
    getService(name) {
      return readResource(request, `${root}/services`, 'service', name);
    },
    createService(service, options) {
      return write(
        request,
        'create the service',
        'POST',
        `${root}/services${query(options?.dryRun)}`,
        service,
      );
    },
    replaceService(name, service, options) {
      const url = `${root}/services/${encodeURIComponent(name)}${query(options?.dryRun)}`;
      return write(request, `replace service ${name}`, 'PUT', url, service);
    },
    getRevision(name) {
      return readResource(request, `${root}/revisions`, 'revision', name);
    },
    listRevisions(service) {
      return listRevisions(request, `${root}/revisions`, service);
    },
    deleteRevision(name) {
      return deleteRevision(request, `${root}/revisions/${encodeURIComponent(name)}`);
    },
  };
}

/** Every page of the service's revisions; a refusal is thrown. */
async function listRevisions(request: ApiRequest, collection: string, service: string): Promise<Resource[]> {
  const items: Resource[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_REVISION_PAGES; page += 1) {
    const query = new URLSearchParams({
      labelSelector: `serving.knative.dev/service=${service}`,
      limit: String(REVISION_PAGE_SIZE),
      ...(token ? { continue: token } : {}),
    });
    const { status, body } = await request('GET', `${collection}?${query.toString()}`);
    if (status !== 200) return refuse(`list the revisions of service ${service}`, status, body);
    const list = body as { items?: unknown; metadata?: { continue?: unknown } } | undefined;
    if (Array.isArray(list?.items)) items.push(...(list.items as Resource[]));
    token = typeof list?.metadata?.continue === 'string' ? list.metadata.continue : undefined;
    if (!token) return items;
  }
  return items;
}

/** DELETE once: the caller checked right before that nothing references the revision; a retry would not have. */
async function deleteRevision(request: ApiRequest, url: string): Promise<DeleteOutcome> {
  let answer: ApiResponse;
  try {
    answer = await request('DELETE', url, undefined, { once: true });
  } catch (error) {
    if (error instanceof ApiError) return { kind: 'unknown', message: error.message };
    throw error;
  }
  const { status, body } = answer;
  if (status === 200 || status === 202) return { kind: 'deleted' };
  if (status === 404) return { kind: 'gone' };
  const message = apiErrorMessage(body) ?? `HTTP ${String(status)}`;
  if (UNCERTAIN_STATUSES.has(status))
    return { kind: 'unknown', message: `HTTP ${String(status)}: ${message}` };
  return { kind: 'refused', status, message };
}

/** A refusal of `what` as one error, with what to check when the account lacks a role. */
function refuse(what: string, status: number, body: unknown): never {
  throw apiRefusal(
    'Cloud Run',
    what,
    { status, body },
    'check the credentials and that the account has roles/run.developer (and roles/iam.serviceAccountUser on the runtime service account)',
  );
}

/** The service or revision `name` in `collection`; undefined when it does not exist (404). */
async function readResource(
  request: ApiRequest,
  collection: string,
  kind: 'service' | 'revision',
  name: string,
): Promise<Resource | undefined> {
  const { status, body } = await request('GET', `${collection}/${encodeURIComponent(name)}`);
  if (status === 404) return undefined;
  if (status !== 200) return refuse(`read ${kind} ${name}`, status, body);
  return body as Resource;
}

/**
 * A write is sent once (`once`: no blind retry after the request may have reached the server), and its outcome
 * is classified for the caller, who re-reads the service when it is not `done`.
 */
async function write(
  request: ApiRequest,
  what: string,
  method: 'POST' | 'PUT',
  url: string,
  body: Resource,
): Promise<WriteOutcome> {
  let answer: ApiResponse;
  try {
    answer = await request(method, url, body, { once: true });
  } catch (error) {
    if (error instanceof ApiError && error.status === 0) return { kind: 'unknown', message: error.message };
    throw error;
  }
  return classifyWrite(what, method, answer);
}

/** What an answer to a write says became of it; a refusal is thrown. */
function classifyWrite(
  what: string,
  method: 'POST' | 'PUT',
  { status, body: reply }: ApiResponse,
): WriteOutcome {
  if (status === 200 || status === 201) return { kind: 'done', service: reply as Resource };
  const message = apiErrorMessage(reply) ?? `HTTP ${String(status)}`;
  if (status === 409) {
    const reason = (reply as { error?: { status?: unknown } } | undefined)?.error?.status;
    return { kind: reason === 'ALREADY_EXISTS' ? 'exists' : 'stale', message };
  }
  if (UNCERTAIN_STATUSES.has(status)) {
    return { kind: 'unknown', message: `${method} answered HTTP ${String(status)}: ${message}` };
  }
  return refuse(what, status, reply);
}
