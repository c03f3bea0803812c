import type { CloudBuildClient } from '@google-cloud/cloudbuild/build/src/v1/index.js';
import type { GoogleAuth } from 'google-auth-library';
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

const TERMINAL = new Set(['SUCCESS', 'FAILURE', 'INTERNAL_ERROR', 'TIMEOUT', 'CANCELLED', 'EXPIRED']);

interface ApiBuild {
  id?: string | null;
  status?: unknown;
  logUrl?: string | null;
  statusDetail?: string | null;
  failureInfo?: { detail?: string | null } | null;
  results?: { images?: { name?: string | null; digest?: string | null }[] | null } | null;
}

/** Build.Status names by number. */
type StatusNames = Readonly<Record<number, string>>;

/** Build.Status from the library's JSON descriptors (the REST transport asks for enums as numbers). */
function buildStatusNames(descriptors: unknown): StatusNames {
  const values = ['google', 'devtools', 'cloudbuild', 'v1', 'Build', 'Status'].reduce<unknown>(
    (node, name) => (node as { nested?: Record<string, unknown> } | undefined)?.nested?.[name],
    descriptors,
  ) as { values?: Record<string, number> } | undefined;
  if (!values?.values)
    throw new Error('@google-cloud/cloudbuild describes no google.devtools.cloudbuild.v1.Build.Status');
  return Object.fromEntries(Object.entries(values.values).map(([name, number]) => [number, name]));
}

/** Cloud Build's build as the pipeline reads it; the REST transport may decode the status as a number. */
function readBuild(build: ApiBuild | null | undefined, statusNames: StatusNames): BuildState {
  const detail = build?.failureInfo?.detail ?? build?.statusDetail ?? undefined;
  const status = build?.status;
  return {
    id: build?.id ?? '',
    status:
      typeof status === 'number'
        ? (statusNames[status] ?? String(status))
        : typeof status === 'string'
          ? status
          : 'STATUS_UNKNOWN',
    logUrl: build?.logUrl ?? '',
    images: (build?.results?.images ?? []).map((image) => ({
      name: image.name ?? '',
      digest: image.digest ?? '',
    })),
    ...(detail ? { detail } : {}),
  };
}

/**
 * The Cloud Build API through `@google-cloud/cloudbuild` over its REST transport (HTTP/1.1 JSON: no gRPC, works
 * through proxies). `endpoint` is `CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD` when set, used as given.
 */
export function cloudBuildApi(auth: GoogleAuth, endpoint?: string): CloudBuildApi {
  const options: NonNullable<ConstructorParameters<typeof CloudBuildClient>[0]> = { auth, fallback: true };
  if (endpoint) {
    const url = new URL(endpoint);
    if (url.pathname !== '/' || url.search) {
      throw new Error(
        `CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD must be a base URL such as https://cloudbuild.googleapis.com/, not "${endpoint}"`,
      );
    }
    options.apiEndpoint = url.hostname;
    options.port = Number(url.port || (url.protocol === 'http:' ? 80 : 443));
    options.protocol = url.protocol.replace(':', '');
  }
  // Loaded on first use: the client library is most of the bundle, and runs that build nothing never need it. Only
  // the v1 client and the JSON descriptors it loads anyway: the package's index also evaluates its 2 MB of static
  // protobuf classes (v1 and v2), which REST calls never use (measured: about 35 ms of CPU in every run that builds).
  let loaded: Promise<{ client: CloudBuildClient; statusNames: StatusNames }> | undefined;
  const load = () =>
    (loaded ??= Promise.all([
      import('@google-cloud/cloudbuild/build/src/v1/index.js'),
      import('@google-cloud/cloudbuild/build/protos/protos.json', { with: { type: 'json' } }),
    ]).then(([module, descriptors]) => {
      // A CommonJS module: its exports arrive as named exports (Node, vitest) or only as `default` (the bundle).
      const library = [module, (module as { default?: unknown }).default].find(
        (candidate): candidate is typeof module =>
          typeof candidate === 'object' && candidate !== null && 'CloudBuildClient' in candidate,
      );
      if (!library) throw new Error('@google-cloud/cloudbuild exports no CloudBuildClient');
      return {
        client: new library.CloudBuildClient(options),
        statusNames: buildStatusNames(descriptors.default),
      };
    }));
  const parent = (projectId: string, location: string): string =>
    `projects/${projectId}/locations/${location}`;
  return {
    createBuild: (projectId, location, build) =>
      explainApiErrors(`creating a build in projects/${projectId}/locations/${location}`, async () => {
        // The client encodes protobuf messages: a Duration is {seconds}, not the REST form "1200s".
        const { timeout, ...rest } = build;
        const request = {
          // Only `parent`: with projectId too, the client picks the older route /v1/projects/P/builds. This one,
          // projects/P/locations/L/builds, is also what gcloud calls, for "global" as for a region.
          parent: parent(projectId, location),
          build: { ...rest, timeout: { seconds: Number.parseInt(timeout, 10) } },
        };
        const { client, statusNames } = await load();
        const [operation] = (await client.createBuild(request)) as unknown as [
          { metadata?: { build?: ApiBuild } | null },
        ];
        return readBuild(operation.metadata?.build, statusNames);
      }),
    getBuild: (projectId, location, id) =>
      explainApiErrors(`reading build ${id}`, async () => {
        const { client, statusNames } = await load();
        const [build] = await client.getBuild({ name: `${parent(projectId, location)}/builds/${id}` });
        return readBuild(build, statusNames);
      }),
  };
}

/**
 * Turn the client's errors (a GaxiosError whose message is the whole JSON error body, with the request attached)
 * into one line saying what failed: the API's own message and HTTP status, nothing of the request.
 */
async function explainApiErrors<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const status =
      (error as { status?: unknown; code?: unknown }).status ?? (error as { code?: unknown }).code;
    let message = raw;
    try {
      const parsed = JSON.parse(raw) as { error?: { message?: string } };
      message = parsed.error?.message ?? raw;
    } catch {
      // not JSON: the transport's own message (connection refused, timeout)
    }
    const hint =
      status === 401 || status === 403
        ? ': check the credentials and that the account has roles/cloudbuild.builds.editor on the project'
        : '';
    throw new Error(
      `Cloud Build API error ${what}${typeof status === 'number' ? ` (HTTP ${String(status)})` : ''}: ${message}${hint}`,
    );
  }
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
 * Submit `build` and poll it until it is terminal: first after 1 s, then backing off to 10 s. Returns the
 * digest Cloud Build reports for `image` in `results.images`.
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
    delay = Math.min(10_000, Math.round(delay * 1.5));
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
