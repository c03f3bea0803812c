import { setTimeout as realSleep } from 'node:timers/promises';
import { ApiError, apiBaseUrl, commonJs, loadGoogleAuthLibrary } from '../gcp/index.js';
import type { BuildRequest } from './cloud-build.js';

/** What the pipeline needs to know of a build, read from Cloud Build's answers. */
export interface BuildState {
  readonly id: string;
  readonly status: string;
  readonly logUrl: string;
  /** `results.images`: each pushed image with its digest (on SUCCESS). */
  readonly images: readonly { name: string; digest: string }[];
  /** Why it did not succeed, when Cloud Build says. */
  readonly detail?: string;
}

/** The two Cloud Build v1 calls the build stage makes (a fake or the emulator in tests). */
export interface CloudBuildApi {
  createBuild(projectId: string, location: string, build: BuildRequest): Promise<BuildState>;
  getBuild(projectId: string, location: string, id: string): Promise<BuildState>;
}

/** A failed build: the message carries the build id and the log URL. */
export class BuildFailedError extends Error {
  override name = 'BuildFailedError';
}

/** The longest wait between two polls of a running build. */
export const MAX_POLL_MS = 2000;

const TERMINAL = new Set(['SUCCESS', 'FAILURE', 'INTERNAL_ERROR', 'TIMEOUT', 'CANCELLED', 'EXPIRED']);

/** A v1 `Build` as the REST API answers it (enums as their names). */
interface ApiBuild {
  id?: string;
  status?: string;
  logUrl?: string;
  statusDetail?: string;
  failureInfo?: { detail?: string };
  results?: { images?: { name?: string; digest?: string }[] };
}

/** Cloud Build's build as the pipeline reads it. */
function readBuild(build: ApiBuild | undefined): BuildState {
  const detail = build?.failureInfo?.detail ?? build?.statusDetail;
  return {
    id: build?.id ?? '',
    status: build?.status ?? 'STATUS_UNKNOWN',
    logUrl: build?.logUrl ?? '',
    images: (build?.results?.images ?? []).map((image) => ({
      name: image.name ?? '',
      digest: image.digest ?? '',
    })),
    ...(detail ? { detail } : {}),
  };
}

/**
 * The Cloud Build API's base URL: `CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD` used as given (as gcloud does: for
 * tests and private endpoints), else the global endpoint, which serves regional builds too.
 */
export function cloudBuildBaseUrl(override?: string): string {
  return apiBaseUrl(override, 'https://cloudbuild.googleapis.com');
}

/** What the client library's errors carry (a gRPC status code, and the HTTP status over REST). */
interface LibraryError {
  readonly code?: number | string;
  readonly message?: string;
  readonly details?: unknown;
  readonly httpStatusCode?: number;
}

/** gRPC codes for a refused call: UNAUTHENTICATED and PERMISSION_DENIED. */
const REFUSED_CODES = new Set([7, 16, 401, 403]);

/** The client library's answer as an {@link ApiError} with the role to grant when it is a refusal. */
function libraryError(what: string, error: unknown): ApiError {
  const { code, message, details, httpStatusCode } = (error ?? {}) as LibraryError;
  const numeric = typeof code === 'number' ? code : Number(code);
  const text = (typeof details === 'string' && details) || message || String(error);
  const hint =
    REFUSED_CODES.has(numeric) || REFUSED_CODES.has(httpStatusCode ?? 0)
      ? ': check the credentials and that the account has roles/cloudbuild.builds.editor on the project'
      : '';
  const status = httpStatusCode ? `HTTP ${String(httpStatusCode)}` : `code ${String(code ?? '?')}`;
  return new ApiError(`Cloud Build refused to ${what} (${status}): ${text}${hint}`, httpStatusCode ?? 0);
}

/** The library's `Build.Status` names by number: over REST, enums may come back as numbers. */
const STATUS_NAMES = [
  'STATUS_UNKNOWN',
  'PENDING',
  'QUEUED',
  'WORKING',
  'SUCCESS',
  'FAILURE',
  'INTERNAL_ERROR',
  'TIMEOUT',
  'CANCELLED',
  'EXPIRED',
] as const;
const STATUS_BY_NUMBER: Readonly<Record<number, string>> = {
  0: 'STATUS_UNKNOWN',
  10: 'PENDING',
  1: 'QUEUED',
  2: 'WORKING',
  3: 'SUCCESS',
  4: 'FAILURE',
  5: 'INTERNAL_ERROR',
  6: 'TIMEOUT',
  7: 'CANCELLED',
  9: 'EXPIRED',
};

/** A build as the library returns it, read into the REST shape {@link readBuild} takes. */
function fromLibrary(build: Record<string, unknown> | null | undefined): ApiBuild | undefined {
  if (!build) return undefined;
  const status = build['status'];
  const name =
    typeof status === 'number' ? STATUS_BY_NUMBER[status] : typeof status === 'string' ? status : undefined;
  return {
    ...(build as ApiBuild),
    ...(name && (STATUS_NAMES as readonly string[]).includes(name) ? { status: name } : {}),
  };
}

/** Our request (REST JSON field forms) in the library's object form: a Duration is `{seconds}` there. */
function toLibrary(build: BuildRequest): Record<string, unknown> {
  return { ...build, timeout: { seconds: Number.parseInt(build.timeout, 10) } };
}

type LoadedClient = {
  client: InstanceType<(typeof import('@google-cloud/cloudbuild'))['v1']['CloudBuildClient']>;
  setToken: (token: string) => void;
};

/** Import the library and make its client for `baseUrl`, with an auth client that only adds the bearer token. */
async function loadCloudBuildClient(baseUrl: string): Promise<LoadedClient> {
  const [{ v1 }, { OAuth2Client }] = await Promise.all([
    import('@google-cloud/cloudbuild').then(commonJs),
    loadGoogleAuthLibrary(),
  ]);
  const url = new URL(baseUrl);
  const auth = new OAuth2Client();
  const client = new v1.CloudBuildClient({
    apiEndpoint: url.hostname,
    ...(url.port ? { port: Number(url.port) } : {}),
    ...(url.protocol === 'http:' ? { protocol: 'http' } : {}),
    fallback: true,
    // google-gax declares its own google-auth-library (a newer major); the client it is given needs only to add
    // the bearer token to each request, which this one does.
    authClient: auth as unknown as NonNullable<
      ConstructorParameters<typeof v1.CloudBuildClient>[0]
    >['authClient'],
  });
  return {
    client,
    setToken: (token: string) => {
      auth.setCredentials({ access_token: token });
    },
  };
}

/**
 * The two Cloud Build v1 calls through `@google-cloud/cloudbuild` (its REST transport), which the design names.
 * The library (google-gax, protobuf reflection: about 0.6 s to load on the bench machine) is imported on the first
 * call only: the assemble and local builders, and a run whose image exists, never load it. `baseUrl` has passed
 * {@link cloudBuildBaseUrl} (the token rule) already; the access token is read for each call. Creating a build is not
 * retried (the library's setting for it: a build is not idempotent); reading one is.
 */
export function cloudBuildApi(baseUrl: string, accessToken: () => Promise<string>): CloudBuildApi {
  let loaded: Promise<LoadedClient> | undefined;
  const load = (): Promise<LoadedClient> => (loaded ??= loadCloudBuildClient(baseUrl));
  const builds = (projectId: string, location: string): string =>
    `projects/${projectId}/locations/${location}`;
  return {
    async createBuild(projectId, location, build) {
      const { client, setToken } = await load();
      setToken(await accessToken());
      const parent = builds(projectId, location);
      let operation: { name?: string | null; metadata?: unknown };
      try {
        [operation] = await client.createBuild({ parent, build: toLibrary(build) });
      } catch (error) {
        throw libraryError(`create a build in ${parent}`, error);
      }
      const created = readBuild(
        fromLibrary((operation.metadata as { build?: Record<string, unknown> } | undefined)?.build),
      );
      if (!created.id) {
        throw new ApiError(
          `Cloud Build accepted the build but named none in operation ${operation.name ?? '(unnamed)'}: look for it in the console's build history`,
          200,
        );
      }
      return created;
    },
    async getBuild(projectId, location, id) {
      const { client, setToken } = await load();
      setToken(await accessToken());
      try {
        const [build] = await client.getBuild({ name: `${builds(projectId, location)}/builds/${id}` });
        return readBuild(fromLibrary(build as Record<string, unknown>));
      } catch (error) {
        throw libraryError(`read build ${id}`, error);
      }
    },
  };
}

export interface RunBuildOptions {
  readonly projectId: string;
  /** `global` or a region such as `europe-west1`. */
  readonly location: string;
  /** Progress lines (the log URL first, at once). */
  readonly log: (line: string) => void;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Give up waiting after this long (the build keeps running; its log URL is in the error). */
  readonly deadlineMs?: number;
}

/**
 * Submit `build` and poll it until it is terminal: first after 1 s, then every 1.5 s and 2 s at most — the end is
 * noticed within 2 s (at 10 s, 5 s were lost on average). Returns the digest Cloud Build reports for `image` in
 * `results.images`.
 */
export async function runCloudBuild(
  api: CloudBuildApi,
  build: BuildRequest,
  image: string,
  options: RunBuildOptions,
): Promise<string> {
  const sleep = options.sleep ?? realSleep;
  let state = await api.createBuild(options.projectId, options.location, build);
  options.log(`Cloud Build ${state.id} started; logs: ${state.logUrl}`);
  const started = Date.now();
  let delay = 1000;
  let lastStatus = state.status;
  while (!TERMINAL.has(state.status)) {
    if (Date.now() - started > (options.deadlineMs ?? 30 * 60_000)) {
      throw new BuildFailedError(
        `Cloud Build ${state.id} did not finish in ${String(Math.round((options.deadlineMs ?? 0) / 1000))} s (still ${state.status}); logs: ${state.logUrl}`,
      );
    }
    await sleep(delay);
    delay = Math.min(MAX_POLL_MS, Math.round(delay * 1.5));
    state = await api.getBuild(options.projectId, options.location, state.id);
    if (state.status !== lastStatus) options.log(`Cloud Build ${state.id}: ${state.status}`);
    lastStatus = state.status;
  }
  if (state.status !== 'SUCCESS') {
    throw new BuildFailedError(
      `Cloud Build ${state.id} ended with ${state.status}${state.detail ? ` (${state.detail})` : ''}; logs: ${state.logUrl}`,
    );
  }
  const pushed = state.images.find((result) => result.name === image);
  if (!pushed?.digest) {
    throw new BuildFailedError(
      `Cloud Build ${state.id} succeeded but reports no digest for ${image} in results.images; logs: ${state.logUrl}`,
    );
  }
  return pushed.digest;
}
