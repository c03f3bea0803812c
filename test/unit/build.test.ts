import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { cloudBuildRequest, cloudBuildTemplate } from '../../src/build/cloud-build.js';
import { renderCloudBuildYaml } from '../../src/build/cloudbuild-yaml.js';
import type { BuildContext } from '../../src/build/context.js';
import { containerfileDefault, contextTag, loadBuildContext } from '../../src/build/context.js';
import { imageReference, parseImageReference, registryBaseUrl } from '../../src/build/image-ref.js';
import { localBuildCommands } from '../../src/build/local.js';
import type { Fetch } from '../../src/build/registry.js';
import { findManifest, MANIFEST_MEDIA_TYPES, RegistryError } from '../../src/build/registry.js';
import type { BuildState, CloudBuildApi } from '../../src/build/submit.js';
import { BuildFailedError, cloudBuildApi, cloudBuildBaseUrl, runCloudBuild } from '../../src/build/submit.js';
import { loadCredentials } from '../../src/gcp/auth.js';

const base = loadBuildContext('cloudbuild', { postgrestVersion: 'v14.17' });

describe('the content-hash tag', () => {
  test('is ctx- and 12 hex digits, the same for the same inputs', () => {
    expect(contextTag(base)).toMatch(/^ctx-[0-9a-f]{12}$/);
    expect(contextTag(loadBuildContext('cloudbuild', { postgrestVersion: 'v14.17' }))).toBe(contextTag(base));
  });

  test('does not depend on the order build arguments were given in', () => {
    const reordered: BuildContext = {
      ...base,
      buildArgs: Object.fromEntries(Object.entries(base.buildArgs).reverse()),
    };
    expect(Object.keys(reordered.buildArgs)).not.toEqual(Object.keys(base.buildArgs));
    expect(contextTag(reordered)).toBe(contextTag(base));
  });

  test.each<[string, BuildContext]>([
    ['Containerfile', { ...base, containerfile: `${base.containerfile}# changed\n` }],
    ['run.sh', { ...base, entrypoint: base.entrypoint.replace('0600', '0400') }],
    ['PostgREST version', loadBuildContext('cloudbuild', { postgrestVersion: 'v14.18' })],
    ['base image', loadBuildContext('cloudbuild', { postgrestVersion: 'v14.17', baseImage: 'alpine:3.22' })],
    ['platform', { ...base, platform: 'linux/arm64' }],
  ])('changes with the %s', (_, changed) => {
    expect(contextTag(changed)).not.toBe(contextTag(base));
  });

  test("the base image defaults to the Containerfile's pinned ARG", () => {
    expect(base.buildArgs['BASE_IMAGE']).toBe(containerfileDefault(base.containerfile, 'BASE_IMAGE'));
    expect(base.buildArgs['BASE_IMAGE']).toMatch(/:\d+\.\d+\.\d+$/);
  });
});

describe('the Containerfile', () => {
  test('pins the same PostgREST release as action.yml, and never latest', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as {
      inputs: Record<string, { default: string }>;
    };
    expect(containerfileDefault(base.containerfile, 'POSTGREST_VERSION')).toBe(
      action.inputs['postgrest_version']?.default,
    );
    expect(base.containerfile).not.toMatch(/^(?:FROM|ARG)\b.*latest/m);
  });
});

describe('image references', () => {
  test.each([
    [
      'europe-west1-docker.pkg.dev/my-project/postgrest',
      'europe-west1-docker.pkg.dev',
      'my-project/postgrest/postgrest',
    ],
    [
      'europe-west1-docker.pkg.dev/my-project/postgrest/',
      'europe-west1-docker.pkg.dev',
      'my-project/postgrest/postgrest',
    ],
    ['127.0.0.1:5000/demo', '127.0.0.1:5000', 'demo/postgrest'],
    ['localhost/demo', 'localhost', 'demo/postgrest'],
  ])('%s', (repository, registry, name) => {
    expect(imageReference(repository, 'postgrest', 'ctx-0123456789ab', 'input `repository`')).toEqual({
      registry,
      name,
      tag: 'ctx-0123456789ab',
    });
  });

  test.each([
    [
      'https://europe-west1-docker.pkg.dev/p/r',
      /does not start with a registry host|not a valid image path component/,
    ],
    ['my-project/postgrest', /"my-project\/postgrest" does not start with a registry host/],
    [
      'europe-west1-docker.pkg.dev/My-Project/r',
      /"My-Project" in "My-Project\/r\/postgrest" is not a valid image path component/,
    ],
  ])('%s is refused', (repository, message) => {
    expect(() => imageReference(repository, 'postgrest', 'ctx-0', 'input `repository`')).toThrow(message);
  });

  test.each([
    [
      'europe-west1-docker.pkg.dev/p/r/postgrest:v1',
      { registry: 'europe-west1-docker.pkg.dev', name: 'p/r/postgrest', tag: 'v1' },
      undefined,
    ],
    [
      '127.0.0.1:5000/p/postgrest',
      { registry: '127.0.0.1:5000', name: 'p/postgrest', tag: 'latest' },
      undefined,
    ],
    [
      `localhost:5000/p/postgrest:ctx-1@sha256:${'d'.repeat(64)}`,
      { registry: 'localhost:5000', name: 'p/postgrest', tag: 'ctx-1' },
      `sha256:${'d'.repeat(64)}`,
    ],
  ])('prebuilt image %s', (image, reference, digest) => {
    expect(parseImageReference(image, 'input `image`')).toEqual(
      digest ? { reference, digest } : { reference },
    );
  });

  test.each([
    ['127.0.0.1:5000', 'http://127.0.0.1:5000'],
    ['localhost:5000', 'http://localhost:5000'],
    ['localhost', 'http://localhost'],
    ['europe-west1-docker.pkg.dev', 'https://europe-west1-docker.pkg.dev'],
    ['localhost.example.com', 'https://localhost.example.com'],
    ['127.0.0.1.nip.io:5000', 'https://127.0.0.1.nip.io:5000'],
    ['127.0.0.2:5000', 'https://127.0.0.2:5000'],
    ['docker.io', 'https://registry-1.docker.io'],
    ['index.docker.io', 'https://registry-1.docker.io'],
  ])('%s is spoken to at %s', (registry, url) => {
    expect(registryBaseUrl(registry)).toBe(url);
  });
});

describe('local builder command lines', () => {
  const ar = imageReference('europe-west1-docker.pkg.dev/p/r', 'postgrest', 'ctx-0123456789ab', 'repository');
  const loopback = imageReference('127.0.0.1:5000/p', 'postgrest', 'ctx-0123456789ab', 'repository');
  const build = (image: string) =>
    [
      'build',
      '--platform',
      'linux/amd64',
      '--file',
      'CTX/Containerfile',
      '--build-arg',
      'POSTGREST_VERSION=v14.17',
      '--build-arg',
      'POSTGREST_IMAGE=docker.io/postgrest/postgrest',
      '--build-arg',
      `BASE_IMAGE=${base.buildArgs['BASE_IMAGE'] ?? ''}`,
      '--build-arg',
      expect.stringMatching(/^REVISION=[0-9a-f]{64}$/) as unknown as string,
      '--tag',
      image,
      'CTX',
    ] as const;

  test.each([
    ['docker', ar, ['push', 'europe-west1-docker.pkg.dev/p/r/postgrest:ctx-0123456789ab']],
    [
      'podman',
      ar,
      ['push', '--authfile', 'AUTH', 'europe-west1-docker.pkg.dev/p/r/postgrest:ctx-0123456789ab'],
    ],
    [
      'buildah',
      ar,
      ['push', '--authfile', 'AUTH', 'europe-west1-docker.pkg.dev/p/r/postgrest:ctx-0123456789ab'],
    ],
    [
      'podman',
      loopback,
      ['push', '--authfile', 'AUTH', '--tls-verify=false', '127.0.0.1:5000/p/postgrest:ctx-0123456789ab'],
    ],
    [
      'buildah',
      loopback,
      ['push', '--authfile', 'AUTH', '--tls-verify=false', '127.0.0.1:5000/p/postgrest:ctx-0123456789ab'],
    ],
  ] as const)('%s to %j', (tool, reference, push) => {
    const commands = localBuildCommands(tool, base, reference, 'CTX', 'AUTH');
    expect(commands.build).toEqual(build(`${reference.registry}/${reference.name}:${reference.tag}`));
    expect(commands.push).toEqual(push);
    // Credentials never go on a command line.
    expect(JSON.stringify(commands)).not.toMatch(/creds|password|oauth2accesstoken/);
  });
});

describe('the Cloud Build request', () => {
  test('escapes every $ of the context for Cloud Build substitution', () => {
    const script = cloudBuildTemplate(base).steps[0]?.args[1] ?? '';
    const unescaped = script.replace(/\$\$/g, '');
    expect(unescaped).not.toContain('$');
    expect(script).toContain('exec /bin/postgrest "$$@"');
  });

  test('refuses a context whose content would end its here-document', () => {
    const hostile = { ...base, entrypoint: `${base.entrypoint}END_OF_RUN_SH\nrm -rf /\n` };
    expect(() => cloudBuildTemplate(hostile)).toThrow('run.sh contains the line "END_OF_RUN_SH"');
  });

  test('logs to Cloud Logging only, unless a logs bucket is given', () => {
    expect(cloudBuildTemplate(base).options).toEqual({
      substitutionOption: 'MUST_MATCH',
      logging: 'CLOUD_LOGGING_ONLY',
    });
    const withBucket = cloudBuildTemplate(base, { logsBucket: 'gs://logs' });
    expect(withBucket.options).toEqual({ substitutionOption: 'MUST_MATCH' });
    expect(withBucket.logsBucket).toBe('gs://logs');
  });

  test('the action fills in _IMAGE and keeps the rest of the template', () => {
    const request = cloudBuildRequest(base, 'europe-west1-docker.pkg.dev/p/r/postgrest:ctx-1');
    expect(request.substitutions['_IMAGE']).toBe('europe-west1-docker.pkg.dev/p/r/postgrest:ctx-1');
    expect(request.images).toEqual(['$_IMAGE']);
    expect({ ...request, substitutions: {} }).toEqual({ ...cloudBuildTemplate(base), substitutions: {} });
  });

  test('cloudbuild/cloudbuild.yaml is generated from Containerfile and run.sh (run `npm run generate`)', () => {
    expect(readFileSync('cloudbuild/cloudbuild.yaml', 'utf8')).toBe(renderCloudBuildYaml('cloudbuild'));
  });
});

describe('the registry lookup', () => {
  const reference = imageReference(
    'europe-west1-docker.pkg.dev/p/r',
    'postgrest',
    'ctx-0123456789ab',
    'repository',
  );
  const digest = `sha256:${'b'.repeat(64)}`;
  const noSleep = () => Promise.resolve();

  /** A fake registry: answers in turn, records each request. */
  function fakeFetch(
    ...answers: (() => Response)[]
  ): Fetch & { calls: { url: string; init: RequestInit }[] } {
    const calls: { url: string; init: RequestInit }[] = [];
    const fake = (url: string, init: RequestInit) => {
      calls.push({ url, init });
      const answer = answers.shift();
      if (!answer) throw new Error('no more answers');
      return Promise.resolve(answer());
    };
    return Object.assign(fake, { calls });
  }
  const header = (init: RequestInit, name: string) => new Headers(init.headers).get(name);

  test('HEADs the manifest over HTTPS, with every manifest type and Basic oauth2accesstoken', async () => {
    const fetch = fakeFetch(
      () => new Response(null, { status: 200, headers: { 'docker-content-digest': digest } }),
    );
    expect(await findManifest(reference, { password: 'tok', fetch })).toBe(digest);
    const [call] = fetch.calls;
    expect(call?.url).toBe('https://europe-west1-docker.pkg.dev/v2/p/r/postgrest/manifests/ctx-0123456789ab');
    expect(call?.init.method).toBe('HEAD');
    expect(header(call?.init ?? {}, 'accept')?.split(', ')).toEqual([...MANIFEST_MEDIA_TYPES]);
    expect(header(call?.init ?? {}, 'authorization')).toBe(
      `Basic ${Buffer.from('oauth2accesstoken:tok').toString('base64')}`,
    );
  });

  test('404 means the tag is missing', async () => {
    const fetch = fakeFetch(() => new Response(null, { status: 404 }));
    expect(await findManifest(reference, { password: 'tok', fetch })).toBeUndefined();
  });

  test('without Docker-Content-Digest, the digest is that of the manifest bytes', async () => {
    const manifest = '{"schemaVersion":2}';
    const fetch = fakeFetch(
      () => new Response(null, { status: 200 }),
      () => new Response(manifest, { status: 200 }),
    );
    const { createHash } = await import('node:crypto');
    expect(await findManifest(reference, { password: 'tok', fetch })).toBe(
      `sha256:${createHash('sha256').update(manifest).digest('hex')}`,
    );
    expect(fetch.calls[1]?.init.method).toBe('GET');
  });

  test("follows a Bearer challenge: token from the registry's own realm with the same credentials", async () => {
    const fetch = fakeFetch(
      () =>
        new Response(null, {
          status: 401,
          headers: {
            'www-authenticate':
              'Bearer realm="https://europe-west1-docker.pkg.dev/v2/token",service="europe-west1-docker.pkg.dev",scope="repository:p/r/postgrest:pull"',
          },
        }),
      () => Response.json({ token: 'bearer-1' }),
      () => new Response(null, { status: 200, headers: { 'docker-content-digest': digest } }),
    );
    expect(await findManifest(reference, { password: 'tok', fetch })).toBe(digest);
    expect(fetch.calls[1]?.url).toBe(
      'https://europe-west1-docker.pkg.dev/v2/token?service=europe-west1-docker.pkg.dev&scope=repository%3Ap%2Fr%2Fpostgrest%3Apull',
    );
    expect(header(fetch.calls[1]?.init ?? {}, 'authorization')).toBe(
      `Basic ${Buffer.from('oauth2accesstoken:tok').toString('base64')}`,
    );
    expect(header(fetch.calls[2]?.init ?? {}, 'authorization')).toBe('Bearer bearer-1');
  });

  test('retries 503 and 429, then answers', async () => {
    const fetch = fakeFetch(
      () => new Response(null, { status: 503 }),
      () => new Response(null, { status: 429 }),
      () => new Response(null, { status: 200, headers: { 'docker-content-digest': digest } }),
    );
    expect(await findManifest(reference, { password: 'tok', fetch, sleep: noSleep })).toBe(digest);
    expect(fetch.calls).toHaveLength(3);
  });

  test('a registry that cannot be reached is named in the error', async () => {
    const refused: Fetch = () =>
      Promise.reject(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } }));
    await expect(
      findManifest(reference, { password: 'tok', fetch: refused, sleep: noSleep }),
    ).rejects.toThrow(
      new RegistryError(
        `cannot reach the registry for europe-west1-docker.pkg.dev/p/r/postgrest:ctx-0123456789ab: ECONNREFUSED`,
      ),
    );
  });
});

describe('waiting for a Cloud Build', () => {
  function fakeApi(statuses: string[], images: BuildState['images'] = []): CloudBuildApi & { polls: number } {
    const state = (status: string): BuildState => ({ id: 'b-1', status, logUrl: 'https://log/b-1', images });
    const api = {
      polls: 0,
      createBuild: () => Promise.resolve(state('QUEUED')),
      getBuild: () => {
        api.polls += 1;
        return Promise.resolve(state(statuses.shift() ?? 'WORKING'));
      },
    };
    return api;
  }

  test('prints the log URL first, polls with backoff up to 2 s, returns the digest of the image', async () => {
    const delays: number[] = [];
    const lines: string[] = [];
    const api = fakeApi(
      ['QUEUED', 'WORKING', 'WORKING', 'WORKING', 'WORKING', 'WORKING', 'WORKING', 'WORKING', 'SUCCESS'],
      [{ name: 'img:ctx-1', digest: `sha256:${'c'.repeat(64)}` }],
    );
    const digest = await runCloudBuild(api, cloudBuildRequest(base, 'img:ctx-1'), 'img:ctx-1', {
      projectId: 'p',
      location: 'global',
      log: (line) => lines.push(line),
      sleep: (ms) => {
        delays.push(ms);
        return Promise.resolve();
      },
    });
    expect(digest).toBe(`sha256:${'c'.repeat(64)}`);
    expect(lines[0]).toBe('Cloud Build b-1 started; logs: https://log/b-1');
    expect(delays).toEqual([1000, 1500, 2000, 2000, 2000, 2000, 2000, 2000, 2000]);
  });

  test.each(['FAILURE', 'INTERNAL_ERROR', 'TIMEOUT', 'CANCELLED', 'EXPIRED'])(
    '%s is an error with the id and log URL',
    async (status) => {
      await expect(
        runCloudBuild(fakeApi([status]), cloudBuildRequest(base, 'img:ctx-1'), 'img:ctx-1', {
          projectId: 'p',
          location: 'global',
          log: () => undefined,
          sleep: () => Promise.resolve(),
        }),
      ).rejects.toThrow(new BuildFailedError(`Cloud Build b-1 ended with ${status}; logs: https://log/b-1`));
    },
  );

  test('a success without the digest of the image is an error, not a guess', async () => {
    await expect(
      runCloudBuild(
        fakeApi(['SUCCESS'], [{ name: 'other:ctx-1', digest: 'sha256:x' }]),
        cloudBuildRequest(base, 'img:ctx-1'),
        'img:ctx-1',
        {
          projectId: 'p',
          location: 'global',
          log: () => undefined,
          sleep: () => Promise.resolve(),
        },
      ),
    ).rejects.toThrow('reports no digest for img:ctx-1 in results.images');
  });
});

describe('the Cloud Build calls, through @google-cloud/cloudbuild over REST', () => {
  /** The API against a local server that answers from `answers` in turn and records what it was sent. */
  async function api(...answers: { status: number; body: unknown }[]) {
    const sent: { method: string; url: string; authorization?: string; body?: unknown }[] = [];
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        sent.push({
          method: req.method ?? '',
          url: req.url ?? '',
          ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
          ...(text ? { body: JSON.parse(text) as unknown } : {}),
        });
        const answer = answers.shift() ?? {
          status: 500,
          body: { error: { code: 500, message: 'no more answers' } },
        };
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    servers.push(server);
    return {
      sent,
      calls: cloudBuildApi(cloudBuildBaseUrl(`http://127.0.0.1:${String(port)}/`), () =>
        Promise.resolve('tok'),
      ),
    };
  }
  const servers: http.Server[] = [];
  afterAll(() => {
    for (const server of servers) server.close();
  });
  const build = cloudBuildRequest(base, 'img:ctx-1');
  const path = (url: string): string => url.split('?')[0] ?? '';

  test('creates the build under projects/P/locations/L with the token, and reads it back from the Operation', async () => {
    const { sent, calls } = await api({
      status: 200,
      body: {
        name: 'operations/x',
        metadata: {
          '@type': 'type.googleapis.com/google.devtools.cloudbuild.v1.BuildOperationMetadata',
          build: { id: 'b-1', status: 'QUEUED', logUrl: 'https://log' },
        },
      },
    });
    expect(await calls.createBuild('p', 'europe-west1', build)).toEqual({
      id: 'b-1',
      status: 'QUEUED',
      logUrl: 'https://log',
      images: [],
    });
    expect(sent.map((r) => [r.method, path(r.url), r.authorization])).toEqual([
      ['POST', '/v1/projects/p/locations/europe-west1/builds', 'Bearer tok'],
    ]);
    // The build as sent: the same steps, images, substitutions, tags and timeout; enums by number, as the
    // library's REST transport sends them (and Cloud Build reads).
    expect(sent[0]?.body).toMatchObject({
      steps: build.steps,
      images: build.images,
      substitutions: build.substitutions,
      tags: build.tags,
      timeout: build.timeout,
      options: { substitutionOption: 0, logging: 5 },
    });
  });

  test('reads status (by name or by number), results and failure detail of a build', async () => {
    const { sent, calls } = await api(
      {
        status: 200,
        body: {
          id: 'b-1',
          status: 'FAILURE',
          logUrl: 'https://log',
          statusDetail: 'generic',
          failureInfo: { detail: 'step 1 failed' },
          results: { images: [{ name: 'img:ctx-1', digest: 'sha256:1' }] },
        },
      },
      { status: 200, body: { id: 'b-1', status: 3, logUrl: 'https://log' } },
    );
    expect(await calls.getBuild('p', 'global', 'b-1')).toEqual({
      id: 'b-1',
      status: 'FAILURE',
      logUrl: 'https://log',
      detail: 'step 1 failed',
      images: [{ name: 'img:ctx-1', digest: 'sha256:1' }],
    });
    expect((await calls.getBuild('p', 'global', 'b-1')).status).toBe('SUCCESS');
    expect(path(sent[0]?.url ?? '')).toBe('/v1/projects/p/locations/global/builds/b-1');
  });

  test('an Operation without a build is an error, not a build with no id to poll', async () => {
    const { calls } = await api({ status: 200, body: { name: 'operations/b-9' } });
    await expect(calls.createBuild('p', 'global', build)).rejects.toThrow(
      'Cloud Build accepted the build but named none in operation operations/b-9',
    );
  });

  test('a refusal quotes Cloud Build and names the role to grant', async () => {
    const { calls } = await api({
      status: 403,
      body: {
        error: { code: 403, message: 'The caller does not have permission', status: 'PERMISSION_DENIED' },
      },
    });
    await expect(calls.createBuild('p', 'global', build)).rejects.toThrow(
      'Cloud Build refused to create a build in projects/p/locations/global (HTTP 403): The caller does not have permission: check the credentials and that the account has roles/cloudbuild.builds.editor on the project',
    );
  });

  test('creating a build is not sent again after a 503 (it may have started)', async () => {
    const { sent, calls } = await api(
      { status: 503, body: { error: { code: 503, message: 'unavailable' } } },
      {
        status: 200,
        body: {},
      },
    );
    await expect(calls.createBuild('p', 'global', build)).rejects.toThrow(
      'Cloud Build refused to create a build in projects/p/locations/global (HTTP 503): unavailable',
    );
    expect(sent).toHaveLength(1);
  });
});

describe('credentials', () => {
  test('CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: the token is masked before it is used', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pgrst-tok-')), 'token');
    writeFileSync(file, 'ya29.secret-token\n');
    const masked: string[] = [];
    const credentials = loadCredentials({ CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: file }, (s) => masked.push(s));
    expect(masked).toEqual(['ya29.secret-token']);
    expect(await credentials.accessToken()).toBe('ya29.secret-token');
    expect(credentials.source).toBe('CLOUDSDK_AUTH_ACCESS_TOKEN_FILE');
  });

  test.each([['/nonexistent/token', /names "\/nonexistent\/token", which cannot be read \(ENOENT\)/]])(
    'a token file that cannot be read: %s',
    (file, message) => {
      expect(() => loadCredentials({ CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: file }, () => undefined)).toThrow(
        message,
      );
    },
  );

  test('an empty token file', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pgrst-tok-')), 'token');
    writeFileSync(file, '\n');
    expect(() => loadCredentials({ CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: file }, () => undefined)).toThrow(
      'is empty',
    );
  });

  test('an access token file cannot mint ID tokens: invoker_auth says what it needs', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pgrst-tok-')), 'token');
    writeFileSync(file, 'ya29.x\n');
    await expect(
      loadCredentials({ CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: file }, () => undefined).idToken('https://x'),
    ).rejects.toThrow(/invoker_auth needs credentials that can mint ID tokens/);
  });

  test('no credentials at all: says how to get them', async () => {
    const credentials = loadCredentials(
      { GOOGLE_APPLICATION_CREDENTIALS: '/nonexistent/adc.json', HOME: '/nonexistent' },
      () => undefined,
    );
    await expect(credentials.accessToken()).rejects.toThrow(
      /run google-github-actions\/auth before this step, or set CLOUDSDK_AUTH_ACCESS_TOKEN_FILE/,
    );
  });
});

describe('application default credentials from google-github-actions/auth', () => {
  test('an external_account file: OIDC token → STS exchange → service account impersonation, token masked', async () => {
    const http = await import('node:http');
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        seen.push(`${req.method ?? ''} ${req.url ?? ''}`);
        res.setHeader('content-type', 'application/json');
        if (req.url?.startsWith('/oidc')) {
          // The runner's OIDC endpoint, as ACTIONS_ID_TOKEN_REQUEST_URL serves it.
          expect(req.headers.authorization).toBe('Bearer runner-request-token');
          res.end(JSON.stringify({ value: 'github-oidc-jwt' }));
        } else if (req.url === '/v1/token') {
          const form = new URLSearchParams(body);
          expect(form.get('subject_token')).toBe('github-oidc-jwt');
          expect(form.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:token-exchange');
          res.end(
            JSON.stringify({
              access_token: 'federated-token',
              issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
              token_type: 'Bearer',
              expires_in: 3600,
            }),
          );
        } else if (req.url?.endsWith(':generateIdToken')) {
          // The ID token for invoker_auth, asked as the impersonated service account.
          expect(req.headers.authorization).toBe('Bearer ya29.impersonated');
          expect(JSON.parse(body)).toEqual({
            audience: 'https://postgrest-abc-uw.a.run.app',
            includeEmail: true,
          });
          res.end(JSON.stringify({ token: 'eyJ.id-token.sig' }));
        } else {
          expect(req.headers.authorization).toBe('Bearer federated-token');
          res.end(
            JSON.stringify({
              accessToken: 'ya29.impersonated',
              expireTime: new Date(Date.now() + 3600_000).toISOString(),
            }),
          );
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as import('node:net').AddressInfo;
    const base = `http://127.0.0.1:${String(port)}`;
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pgrst-adc-')), 'gha-creds.json');
    // The shape google-github-actions/auth writes for Workload Identity Federation with a service account.
    writeFileSync(
      file,
      JSON.stringify({
        type: 'external_account',
        audience:
          '//iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/github/providers/github',
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        token_url: `${base}/v1/token`,
        service_account_impersonation_url: `${base}/v1/projects/-/serviceAccounts/deploy@demo-project.iam.gserviceaccount.com:generateAccessToken`,
        credential_source: {
          url: `${base}/oidc?audience=https://iam.googleapis.com/projects/123`,
          headers: { Authorization: 'Bearer runner-request-token' },
          format: { type: 'json', subject_token_field_name: 'value' },
        },
      }),
    );
    try {
      const masked: string[] = [];
      const credentials = loadCredentials({ GOOGLE_APPLICATION_CREDENTIALS: file }, (s) => masked.push(s));
      expect(await credentials.accessToken()).toBe('ya29.impersonated');
      expect(masked).toEqual(['ya29.impersonated']);
      expect(credentials.source).toBe('application default credentials');
      expect(seen.map((line) => line.replace(/\?.*/, ''))).toEqual([
        'GET /oidc',
        'POST /v1/token',
        'POST /v1/projects/-/serviceAccounts/deploy@demo-project.iam.gserviceaccount.com:generateAccessToken',
      ]);
      expect(await credentials.idToken('https://postgrest-abc-uw.a.run.app')).toBe('eyJ.id-token.sig');
      expect(masked).toEqual(['ya29.impersonated', 'eyJ.id-token.sig']);
      expect(seen.at(-1)).toBe(
        'POST /v1/projects/-/serviceAccounts/deploy@demo-project.iam.gserviceaccount.com:generateIdToken',
      );
    } finally {
      server.close();
    }
  });
});
