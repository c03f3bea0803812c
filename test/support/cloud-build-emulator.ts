import { createHash, randomUUID } from 'node:crypto';
import { GoogleApiError, startGoogleApiServer } from './google-api-server.js';

/** Terminal statuses of a Cloud Build v1 build. */
export type BuildOutcome = 'SUCCESS' | 'FAILURE' | 'INTERNAL_ERROR' | 'TIMEOUT' | 'CANCELLED' | 'EXPIRED';

/** A build as the emulator keeps it: the request after substitution, plus what the API adds. */
export interface EmulatedBuild {
  id: string;
  projectId: string;
  location: string;
  status: string;
  /** The request body as received, before substitution. */
  request: Record<string, unknown>;
  /** Steps and images with the substitutions applied, as Cloud Build runs them. */
  steps: { name: string; entrypoint?: string; args: string[] }[];
  images: string[];
  polls: number;
  /** When it was created (ms since the epoch). */
  createdAt: number;
}

export interface CloudBuildEmulatorOptions {
  /** The status a build ends with (default SUCCESS). */
  outcome?: BuildOutcome;
  /** GETs of a build before it is terminal (QUEUED, then WORKING). */
  pollsUntilDone?: number;
  /**
   * Run a successful build: given the substituted build, return the digest of each pushed image. By default a
   * digest is derived from the build, as if Cloud Build had pushed it.
   */
  execute?: (build: EmulatedBuild) => Promise<Record<string, string>>;
  /** How long a build runs: it is not done before this many ms after its creation (default 0: polls alone). */
  buildMs?: number;
  /** Added to every response. */
  latencyMs?: number;
}

// Every field of the v1 Build message: the REST client sends the whole message, empty maps included.
const BUILD_FIELDS = new Set(
  (
    'name id projectId status statusDetail source steps results createTime startTime finishTime timeout images ' +
    'queueTtl artifacts logsBucket sourceProvenance buildTriggerId options logUrl substitutions tags secrets ' +
    'timing approval serviceAccount availableSecrets warnings gitConfig failureInfo dependencies'
  ).split(' '),
);
const STEP_FIELDS = new Set([
  'timing',
  'pullTiming',
  'status',
  'exitCode',
  'results',
  'id',
  'name',
  'args',
  'env',
  'entrypoint',
  'dir',
  'waitFor',
  'secretEnv',
  'volumes',
  'timeout',
  'script',
  'allowFailure',
  'allowExitCodes',
  'automapSubstitutions',
]);
const OPTION_FIELDS = new Set([
  'logging',
  'machineType',
  'substitutionOption',
  'dynamicSubstitutions',
  'logStreamingOption',
  'diskSizeGb',
  'env',
  'secretEnv',
  'volumes',
  'pool',
  'requestedVerifyOption',
  'sourceProvenanceHash',
  'workerPool',
  'automapSubstitutions',
  'defaultLogsBucketBehavior',
]);
const BUILTINS = ['PROJECT_ID', 'PROJECT_NUMBER', 'LOCATION', 'BUILD_ID'];
const PROJECT_NUMBER = '123456789012';

/** Cloud Build's substitution: `$$` is a dollar, `$NAME` and `${NAME}` are replaced; MUST_MATCH checks both ways. */
function substitute(text: string, values: Map<string, string>, used: Set<string>): string {
  return text.replace(
    /\$\$|\$\{([A-Za-z0-9_]+)\}|\$([A-Za-z0-9_]+)/g,
    (whole, braced?: string, bare?: string) => {
      if (whole === '$$') return '$';
      const name = braced ?? bare ?? '';
      const value = values.get(name);
      if (value === undefined) {
        throw new GoogleApiError(
          400,
          `generic::invalid_argument: key "${name}" in the template is not a valid built-in substitution or a user-defined substitution`,
        );
      }
      used.add(name);
      return value;
    },
  );
}

/**
 * An emulator of the Cloud Build v1 REST API: create (global and regional), get, with the status progressing to
 * a configurable outcome. It checks what the real API checks before accepting a build (known fields only,
 * user substitutions named `_[A-Z0-9_]+`, every substitution matched under MUST_MATCH), answers with an
 * Operation carrying `metadata.build` as the API does, and is faithful enough for `gcloud builds submit`.
 */
export async function startCloudBuildEmulator(options: CloudBuildEmulatorOptions = {}): Promise<{
  url: string;
  builds: EmulatedBuild[];
  requests: { method: string; url: string; body: unknown }[];
  setOutcome: (outcome: BuildOutcome) => void;
  close: () => Promise<void>;
}> {
  const builds: EmulatedBuild[] = [];
  const requests: { method: string; url: string; body: unknown }[] = [];
  let outcome = options.outcome ?? 'SUCCESS';
  const pollsUntilDone = options.pollsUntilDone ?? 2;
  const results = new Map<string, Record<string, string>>();

  const logUrl = (build: EmulatedBuild): string =>
    `https://console.cloud.google.com/cloud-build/builds;region=${build.location}/${build.id}?project=${PROJECT_NUMBER}`;

  const view = (build: EmulatedBuild): Record<string, unknown> => {
    const base =
      build.location === 'global'
        ? `projects/${PROJECT_NUMBER}/builds/${build.id}`
        : `projects/${PROJECT_NUMBER}/locations/${build.location}/builds/${build.id}`;
    const body: Record<string, unknown> = {
      ...build.request,
      name: base,
      id: build.id,
      projectId: build.projectId,
      status: build.status,
      logUrl: logUrl(build),
      createTime: new Date().toISOString(),
      steps: build.steps,
      images: build.images,
    };
    const digests = results.get(build.id);
    if (build.status === 'SUCCESS' && digests) {
      body['results'] = {
        images: Object.entries(digests).map(([name, digest]) => ({ name, digest })),
      };
    }
    if (build.status === 'FAILURE')
      body['failureInfo'] = {
        type: 'USER_BUILD_STEP',
        detail:
          'Build step failure: build step 1 "gcr.io/cloud-builders/docker" failed: step exited with non-zero status: 1',
      };
    return body;
  };

  const create = (
    projectId: string,
    location: string,
    request: Record<string, unknown>,
  ): Record<string, unknown> => {
    for (const field of Object.keys(request)) {
      if (!BUILD_FIELDS.has(field)) {
        throw new GoogleApiError(
          400,
          `Invalid JSON payload received. Unknown name "${field}" at 'build': Cannot find field.`,
        );
      }
    }
    const steps = (request['steps'] ?? []) as Record<string, unknown>[];
    if (!Array.isArray(steps) || steps.length === 0)
      throw new GoogleApiError(400, 'invalid build: no build steps');
    steps.forEach((step, index) => {
      for (const field of Object.keys(step)) {
        if (!STEP_FIELDS.has(field)) {
          throw new GoogleApiError(
            400,
            `Invalid JSON payload received. Unknown name "${field}" at 'build.steps[${String(index)}]': Cannot find field.`,
          );
        }
      }
      if (typeof step['name'] !== 'string' || step['name'] === '')
        throw new GoogleApiError(400, `invalid build: step ${String(index)} has no name`);
    });
    const buildOptions = (request['options'] ?? {}) as Record<string, unknown>;
    for (const field of Object.keys(buildOptions)) {
      if (!OPTION_FIELDS.has(field)) {
        throw new GoogleApiError(
          400,
          `Invalid JSON payload received. Unknown name "${field}" at 'build.options': Cannot find field.`,
        );
      }
    }
    const id = randomUUID();
    const user = (request['substitutions'] ?? {}) as Record<string, string>;
    for (const key of Object.keys(user)) {
      if (!/^_[A-Z0-9_]+$/.test(key)) {
        throw new GoogleApiError(
          400,
          `generic::invalid_argument: invalid value for 'build.substitutions': key "${key}" must start with _ and contain only upper-case letters, digits and _`,
        );
      }
    }
    const values = new Map<string, string>([
      ['PROJECT_ID', projectId],
      ['PROJECT_NUMBER', PROJECT_NUMBER],
      ['LOCATION', location],
      ['BUILD_ID', id],
      ...Object.entries(user),
    ]);
    const used = new Set<string>();
    const substitutedSteps = steps.map((step) => ({
      name: substitute(String(step['name']), values, used),
      ...(typeof step['entrypoint'] === 'string' ? { entrypoint: step['entrypoint'] } : {}),
      args: ((step['args'] ?? []) as string[]).map((arg) => substitute(arg, values, used)),
    }));
    const images = ((request['images'] ?? []) as string[]).map((image) => substitute(image, values, used));
    if (buildOptions['substitutionOption'] !== 'ALLOW_LOOSE') {
      const unused = Object.keys(user).filter((key) => !used.has(key) && !BUILTINS.includes(key));
      if (unused.length > 0) {
        throw new GoogleApiError(
          400,
          `generic::invalid_argument: key in the template "${unused.join('", "')}" is not matched in the template`,
        );
      }
    }
    if (!buildOptions['logging'] && !request['logsBucket'] && request['serviceAccount']) {
      throw new GoogleApiError(
        400,
        "generic::invalid_argument: if 'build.service_account' is specified, the build must either (a) specify 'build.logs_bucket', (b) use the REGIONAL_USER_OWNED_BUCKET build.options.default_logs_bucket_behavior option, or (c) use either CLOUD_LOGGING_ONLY / NONE logging options",
      );
    }
    const build: EmulatedBuild = {
      id,
      projectId,
      location,
      status: 'QUEUED',
      request,
      steps: substitutedSteps,
      images,
      polls: 0,
      createdAt: Date.now(),
    };
    builds.push(build);
    return {
      name: `projects/${PROJECT_NUMBER}/locations/${location}/operations/${randomUUID()}`,
      metadata: {
        '@type': 'type.googleapis.com/google.devtools.cloudbuild.v1.BuildOperationMetadata',
        build: view(build),
      },
    };
  };

  const advance = async (build: EmulatedBuild): Promise<void> => {
    if (['QUEUED', 'WORKING'].includes(build.status)) {
      build.polls += 1;
      if (build.polls >= pollsUntilDone && Date.now() - build.createdAt >= (options.buildMs ?? 0)) {
        if (outcome === 'SUCCESS') {
          const digests = options.execute
            ? await options.execute(build)
            : Object.fromEntries(
                build.images.map((image) => [
                  image,
                  `sha256:${createHash('sha256')
                    .update(JSON.stringify(build.steps) + image)
                    .digest('hex')}`,
                ]),
              );
          results.set(build.id, digests);
        }
        build.status = outcome;
      } else build.status = 'WORKING';
    }
  };

  const route = async (method: string, url: URL, body: unknown): Promise<Record<string, unknown>> => {
    const create_ = /^\/v1\/projects\/([^/]+)(?:\/locations\/([^/]+))?\/builds$/.exec(url.pathname);
    if (method === 'POST' && create_) {
      return create(create_[1] ?? '', create_[2] ?? 'global', (body ?? {}) as Record<string, unknown>);
    }
    const get = /^\/v1\/projects\/([^/]+)(?:\/locations\/([^/]+))?\/builds\/([^/:]+)$/.exec(url.pathname);
    if (method === 'GET' && get) {
      const build = builds.find((b) => b.id === get[3]);
      if (!build) throw new GoogleApiError(404, `Build "${get[3] ?? ''}" not found`);
      await advance(build);
      return view(build);
    }
    throw new GoogleApiError(404, `no such method: ${method} ${url.pathname}`);
  };

  const server = await startGoogleApiServer(
    async ({ method, url, body }) => ({ body: await route(method, url, body) }),
    {
      latencyMs: () => options.latencyMs ?? 0,
      onRequest: ({ method, path, body }) => {
        requests.push({ method, url: path, body });
      },
    },
  );
  const { port } = server;
  return {
    url: `http://localhost:${String(port)}/`,
    builds,
    requests,
    setOutcome: (next) => {
      outcome = next;
    },
    close: server.close,
  };
}
