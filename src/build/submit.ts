import type { ApiRequest } from '../gcp/http.js';
import { ApiError, apiBaseUrl, apiRefusal } from '../gcp/http.js';
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

/**
 * The two Cloud Build v1 REST calls, over the same authorised JSON client as the Cloud Run and Secret Manager calls
 * (token, timeouts, retries with backoff). Creating a build is retried only when Cloud Build cannot have started
 * it: a build is not idempotent. Both use `projects/P/locations/L/builds`, the route gcloud uses, for "global" as
 * for a region.
 *
 * Not @google-cloud/cloudbuild: it loads google-gax, gRPC and protobuf reflection even for its REST transport,
 * measured at ~150 ms of CPU per run that builds — more than the rest of a build-and-deploy — and 2.7 MB of
 * bundle, for these two JSON calls.
 */
export function cloudBuildApi(request: ApiRequest, baseUrl: string): CloudBuildApi {
  const builds = (projectId: string, location: string): string =>
    `${baseUrl}/v1/projects/${encodeURIComponent(projectId)}/locations/${encodeURIComponent(location)}/builds`;
  const fail = (what: string, status: number, body: unknown): never => {
    throw apiRefusal(
      'Cloud Build',
      what,
      { status, body },
      'check the credentials and that the account has roles/cloudbuild.builds.editor on the project',
    );
  };
  return {
    async createBuild(projectId, location, build) {
      const { status, body } = await request('POST', builds(projectId, location), build, { once: true });
      if (status !== 200)
        return fail(`create a build in projects/${projectId}/locations/${location}`, status, body);
      // A long-running Operation whose metadata carries the build, with its id and log URL.
      const operation = body as { name?: string; metadata?: { build?: ApiBuild } } | undefined;
      const created = readBuild(operation?.metadata?.build);
      if (!created.id) {
        throw new ApiError(
          `Cloud Build accepted the build but named none in operation ${operation?.name ?? '(unnamed)'}: look for it in the console's build history`,
          status,
        );
      }
      return created;
    },
    async getBuild(projectId, location, id) {
      const { status, body } = await request(
        'GET',
        `${builds(projectId, location)}/${encodeURIComponent(id)}`,
      );
      if (status !== 200) return fail(`read build ${id}`, status, body);
      return readBuild(body as ApiBuild);
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
  const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
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
