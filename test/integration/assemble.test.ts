// Builder `assemble` against real parts: Debian's docker-registry (two of them), the stand-in sources pushed into
// them, and buildah building the real Containerfile from the same stand-ins, to compare the two images.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BuildConfig, BuildDependencies } from '../../src/build/index.js';
import { buildImage, defaultBuildDependencies } from '../../src/build/index.js';
import { nodeRegistryTransport, type RegistryTransport } from '../../src/build/distribution.js';
import { loadCredentials } from '../../src/gcp/auth.js';
import { nodeFetch } from '../../src/gcp/index.js';
import {
  buildBusyboxStandin,
  buildPostgrestStandin,
  createContainerStore,
  type ContainerStore,
} from '../support/containers.js';
import {
  copyToLayout,
  fileContent,
  mergedFiles,
  readOciLayout,
  type OciImage,
} from '../support/image-files.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import {
  LOCAL_BASE,
  LOCAL_POSTGREST,
  authFile,
  pushImage,
  pushMultiArch,
  pushSources,
} from '../support/sources.js';

const run = promisify(execFile);
const CONTEXT = 'cloudbuild';

let store: ContainerStore;
let registry: TestRegistry;
let second: TestRegistry;
let sources: { baseImage: string; postgrestImage: string };
let tokenFile: string;

/** Every request the builder sent, as `METHOD path` (query cut). */
function recording(requests: string[]): RegistryTransport {
  return (url, request) => {
    const target = new URL(url);
    requests.push(`${request.method} ${target.host}${target.pathname}`);
    return nodeRegistryTransport(url, request);
  };
}

/**
 * The PostgREST stand-in with `files` (image path → content, 0755) copied in and squashed into one layer, pushed to
 * `to` as `repository:v14.17`: a PostgREST image whose layer holds more than the binary. Returns the image's name.
 */
async function pushPostgrestWith(
  to: TestRegistry,
  repository: string,
  files: Record<string, string>,
): Promise<string> {
  const local = `localhost/${repository.replaceAll('/', '-')}:latest`;
  const container = (await store.buildah(['from', LOCAL_POSTGREST])).stdout.trim();
  const dir = mkdtempSync(path.join(tmpdir(), 'pgrst-extra-'));
  for (const [target, content] of Object.entries(files)) {
    const file = path.join(dir, path.basename(target));
    writeFileSync(file, content, { mode: 0o755 });
    await store.buildah(['copy', container, file, target]);
  }
  await store.buildah(['commit', '--quiet', '--rm', '--squash', container, local]);
  const image = `${to.host}/${repository}/postgrest/postgrest`;
  await pushImage(store, to, local, `${image}:v14.17`);
  return image;
}

function config(overrides: Partial<BuildConfig> = {}): BuildConfig {
  return {
    repository: `${registry.host}/demo-project/postgrest`,
    imageName: 'assembled',
    postgrestVersion: 'v14.17',
    postgrestImage: sources.postgrestImage,
    baseImage: sources.baseImage,
    builder: 'assemble',
    projectId: '',
    buildLocation: 'global',
    ...overrides,
  };
}

function dependencies(requests: string[] = []): BuildDependencies & { lines: string[] } {
  const lines: string[] = [];
  const credentials = loadCredentials({ CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: tokenFile }, () => undefined);
  return {
    ...defaultBuildDependencies(
      store.env,
      (line) => lines.push(line),
      () => credentials,
    ),
    lines,
    contextDirectory: CONTEXT,
    registryTransport: recording(requests),
    sleep: () => Promise.resolve(),
  };
}

beforeAll(async () => {
  store = createContainerStore();
  [registry, second] = await Promise.all([
    startRegistry(),
    startRegistry(),
    buildBusyboxStandin(store, LOCAL_BASE),
    buildPostgrestStandin(store, LOCAL_POSTGREST),
  ]);
  tokenFile = path.join(mkdtempSync(path.join(tmpdir(), 'pgrst-token-')), 'token');
  writeFileSync(tokenFile, `${registry.token}\n`);
  sources = await pushSources(store, registry, 'mirror');
}, 300_000);

afterAll(async () => {
  await Promise.all([registry.stop(), second.stop()]);
  store.remove();
});

describe('the assembled image equals the Containerfile built with buildah from the same sources', () => {
  let assembled: OciImage;
  let built: OciImage;
  let revision: string;

  beforeAll(async () => {
    const image = await buildImage(config(), dependencies());
    assembled = await copyToLayout(image.image, authFile(registry));
    revision = assembled.config.config.Labels?.['org.opencontainers.image.revision'] ?? '';
    const local = 'localhost/pgrst-containerfile:latest';
    const bud = await store.buildah(
      [
        'bud',
        '--pull=never',
        '--layers',
        '--platform',
        'linux/amd64',
        '--build-arg',
        `REVISION=${revision}`,
      ].concat(['--file', `${CONTEXT}/Containerfile`, '--tag', local, CONTEXT]),
    );
    if (bud.code !== 0) throw new Error(bud.stderr);
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'pgrst-oci-')), 'image');
    const pushed = await store.buildah(['push', local, `oci:${dir}:image`]);
    if (pushed.code !== 0) throw new Error(pushed.stderr);
    built = readOciLayout(dir);
  }, 300_000);

  test('the same files, modes, owners and sizes; /bin/postgrest and run.sh byte for byte', async () => {
    const mine = await mergedFiles(assembled);
    const theirs = await mergedFiles(built);
    // What buildah's RUN step leaves behind: the mount points of its sandbox (empty; every runtime mounts over them).
    for (const artefact of ['dev', 'proc', 'run', 'sys', 'etc/hostname', 'etc/hosts', 'etc/resolv.conf']) {
      if (!mine.has(artefact)) theirs.delete(artefact);
    }
    expect(Object.fromEntries(mine)).toEqual(Object.fromEntries(theirs));
    expect(mine.get('opt/secrets')).toEqual({ mode: 'drwx------', owner: '1000/1000', size: 0 });
    expect(mine.get('usr/local/bin/run.sh')).toMatchObject({ mode: '-rwxr-xr-x', owner: '0/0' });
    for (const file of ['bin/postgrest', 'usr/local/bin/run.sh']) {
      expect((await fileContent(assembled, file)).equals(await fileContent(built, file))).toBe(true);
    }
  });

  test("the base layers as they are, then the PostgREST image's layer holding only /bin/postgrest as it is, and one with run.sh and /opt/secrets", async () => {
    // Both start with the base's one layer, byte for byte.
    expect(assembled.manifest.layers[0]?.digest).toBe(built.manifest.layers[0]?.digest);
    expect(assembled.manifest.layers).toHaveLength(3);
    const listing = async (digest: string): Promise<string[]> =>
      (await run('tar', ['-tzf', path.join(assembled.dir, 'blobs', digest.replace(':', '/'))])).stdout
        .split('\n')
        .filter(Boolean);
    // The stand-in's layer holds bin/ (as busybox's, 0755 root) and bin/postgrest alone, as PostgREST's amd64 image
    // does: it is taken as it is, its bytes upstream's.
    expect(await listing(assembled.manifest.layers[1]?.digest ?? '')).toEqual(['bin/', 'bin/postgrest']);
    const source = await copyToLayout(`${sources.postgrestImage}:v14.17`, authFile(registry));
    expect(assembled.manifest.layers[1]?.digest).toBe(source.manifest.layers[0]?.digest);
    expect(assembled.config.rootfs.diff_ids[1]).toBe(source.config.rootfs.diff_ids[0]);
    expect(await listing(assembled.manifest.layers[2]?.digest ?? '')).toEqual([
      'opt/',
      'opt/secrets/',
      'usr/',
      'usr/local/',
      'usr/local/bin/',
      'usr/local/bin/run.sh',
    ]);
  });

  test('the same Entrypoint, User, Env, ExposedPorts and labels, plus the base it was assembled from', () => {
    const { config: mine } = assembled.config;
    const { config: theirs } = built.config;
    for (const key of ['Entrypoint', 'User', 'Env', 'ExposedPorts', 'Cmd', 'WorkingDir']) {
      expect([key, mine[key]]).toEqual([key, theirs[key]]);
    }
    // The base's labels are inherited by both (the stand-ins carry buildah's own label).
    expect(mine.Labels).toEqual({
      ...theirs.Labels,
      'org.opencontainers.image.base.name': sources.baseImage,
      'org.opencontainers.image.base.digest': expect.stringMatching(/^sha256:[0-9a-f]{64}$/) as unknown,
    });
    expect(assembled.manifest.annotations?.['org.opencontainers.image.base.digest']).toBe(
      mine.Labels?.['org.opencontainers.image.base.digest'],
    );
  });
});

describe('reproducible, and only what changed is written', () => {
  test('an unchanged redeploy finds its tag: only reads, nothing uploaded', async () => {
    const first = await buildImage(config({ imageName: 'redeploy' }), dependencies());
    expect(first).toMatchObject({ built: true, builder: 'assemble' });
    const requests: string[] = [];
    const again = await buildImage(config({ imageName: 'redeploy' }), dependencies(requests));
    expect(again).toEqual({ ...first, built: false, builder: undefined });
    // One request per source's tag (a GET here, not on Docker Hub: see the unit tests), then the HEAD of the image's
    // own tag (by the registry check, not recorded here): no platform manifest, no config, no blob.
    // The repository's tag list is read beside them; it names the tag, so the tag is looked up for its digest.
    expect(requests.map((r) => r.replace(/ [^/]+/, ' ')).sort()).toEqual([
      'GET /v2/demo-project/postgrest/redeploy/tags/list',
      'GET /v2/mirror/library/busybox/manifests/1.37.0',
      'GET /v2/mirror/postgrest/postgrest/manifests/v14.17',
    ]);
  });

  test('the same inputs give the same digest in another repository; every source layer is mounted, not uploaded', async () => {
    const a = await buildImage(config({ imageName: 'twin-a' }), dependencies());
    const deps = dependencies();
    const b = await buildImage(config({ imageName: 'twin-b' }), deps);
    expect(b.digest).toBe(a.digest);
    expect(b.reference.split(':').at(-1)).toBe(a.reference.split(':').at(-1));
    // The base's layer and PostgREST's mounted from the sources; the entrypoint layer and the config uploaded.
    expect(deps.lines.at(-1)).toMatch(/blobs 0 already there, 2 mounted, 2 uploaded/);
  });

  test("a new repository: the tag list says the image's tag is missing, so it is not looked up by itself", async () => {
    const heads: string[] = [];
    const deps: BuildDependencies = {
      ...dependencies(),
      fetch: (url, init) => {
        heads.push(`${init.method} ${new URL(url).pathname}`);
        return nodeFetch(url, init);
      },
    };
    const image = await buildImage(config({ imageName: 'fresh-repository' }), deps);
    expect(image.built).toBe(true);
    expect(heads).toEqual([]);
    // Built again: the list now names the tag, and its HEAD gives the digest.
    const again = await buildImage(config({ imageName: 'fresh-repository' }), deps);
    expect(again).toMatchObject({ built: false, digest: image.digest });
    expect(heads).toEqual([
      `HEAD /v2/demo-project/postgrest/fresh-repository/manifests/${image.reference.split(':').at(-1) ?? ''}`,
    ]);
  });

  test("within one registry, once the PostgREST layer has arrived only the manifest's PUT is left", async () => {
    // The layer's answer is held until nothing else is in flight, so everything that can go ahead of it has; then
    // every request sent after it is on the critical path.
    const after: string[] = [];
    let inFlight = 0;
    let arrived = false;
    const held: RegistryTransport = async (url, request) => {
      const line = `${request.method} ${new URL(url).pathname}`;
      if (arrived) after.push(line);
      inFlight += 1;
      try {
        const response = await nodeRegistryTransport(url, request);
        if (request.method === 'GET' && Number(response.headers.get('content-length')) > 1e6) {
          inFlight -= 1;
          while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 20));
          inFlight += 1;
          arrived = true;
        }
        return response;
      } finally {
        inFlight -= 1;
      }
    };
    const deps = { ...dependencies(), registryTransport: held };
    const image = await buildImage(config({ imageName: 'critical-path' }), deps);
    expect(image.built).toBe(true);
    // The layer mounted and the config it implies written while it downloaded.
    expect(after).toEqual([
      `PUT /v2/demo-project/postgrest/critical-path/manifests/${image.reference.split(':').at(-1) ?? ''}`,
    ]);
  });

  test("a PostgREST layer that holds more than the binary: a new layer, and the config written ahead is not the image's", async () => {
    const postgrestImage = await pushPostgrestWith(registry, 'extra', {
      '/bin/postgrest': '#!/bin/sh\necho rebuilt\n',
      '/etc/extra': 'not part of COPY --from\n',
    });
    const deps = dependencies();
    const image = await buildImage(config({ imageName: 'extra', postgrestImage }), deps);
    expect(deps.lines.join('\n')).toContain('/bin/postgrest: a new layer');
    const pulled = await copyToLayout(image.image, authFile(registry));
    const files = await mergedFiles(pulled);
    expect(files.has('etc/extra')).toBe(false);
    expect((await fileContent(pulled, 'bin/postgrest')).toString()).toBe('#!/bin/sh\necho rebuilt\n');
    // Every diff_id the config lists is its layer's: the image's config, not the one written ahead.
    const diffIds = await Promise.all(
      pulled.manifest.layers.map(async (layer) => {
        const blob = path.join(pulled.dir, 'blobs', 'sha256', layer.digest.slice('sha256:'.length));
        const { stdout } = await run('sh', ['-c', `gzip -dc '${blob}' | sha256sum`]);
        return `sha256:${stdout.split(' ')[0] ?? ''}`;
      }),
    );
    expect(pulled.config.rootfs.diff_ids).toEqual(diffIds);
  });

  test('a re-pushed upstream tag gives a new tag and a new image', async () => {
    const repushed = await pushSources(store, registry, 'repush');
    const before = await buildImage(config({ imageName: 'repush', ...repushed }), dependencies());
    // The same tag now points to another image: a rebuilt stand-in whose binary differs.
    const changed = 'localhost/postgrest-changed:latest';
    const from = await store.buildah(['from', LOCAL_POSTGREST]);
    const container = from.stdout.trim();
    const copy = mkdtempSync(path.join(tmpdir(), 'pgrst-changed-'));
    writeFileSync(path.join(copy, 'postgrest'), '#!/bin/sh\necho rebuilt\n', { mode: 0o755 });
    await store.buildah(['copy', container, path.join(copy, 'postgrest'), '/bin/postgrest']);
    await store.buildah(['commit', '--quiet', '--rm', container, changed]);
    await pushImage(store, registry, changed, `${repushed.postgrestImage}:v14.17`);
    const after = await buildImage(config({ imageName: 'repush', ...repushed }), dependencies());
    expect(after.built).toBe(true);
    expect(after.reference).not.toBe(before.reference);
    expect(after.digest).not.toBe(before.digest);
  });
});

// buildah pushes the sources first: minutes on a busy 2-core machine, not a figure of the builder.
describe('sources elsewhere', { timeout: 180_000 }, () => {
  test('from a second registry: streamed, and the same layers result', async () => {
    const there = await pushSources(store, second, 'mirror');
    writeFileSync(tokenFile, `${registry.token}\n`); // both registries take the same test token
    const requests: string[] = [];
    const deps = dependencies(requests);
    const image = await buildImage(config({ imageName: 'from-second', ...there }), deps);
    expect(image.built).toBe(true);
    expect(deps.lines.at(-1)).toMatch(/blobs 0 already there, 0 mounted, 4 uploaded/);
    expect(requests.some((r) => r.startsWith(`GET ${second.host}/v2/mirror/library/busybox/blobs/`))).toBe(
      true,
    );
    const copied = await copyToLayout(image.image, authFile(registry));
    const local = await copyToLayout(
      (await buildImage(config({ imageName: 'from-first' }), dependencies())).image,
      authFile(registry),
    );
    expect(copied.manifest.layers.map((l) => l.digest)).toEqual(local.manifest.layers.map((l) => l.digest));
  });

  test("from a second registry, the PostgREST layer's upload runs while it downloads; one that holds more is never uploaded", async () => {
    const there = await pushSources(store, second, 'relay');
    writeFileSync(tokenFile, `${registry.token}\n`);
    const events: string[] = [];
    const timed: RegistryTransport = async (url, request) => {
      const target = new URL(url);
      const digest = target.searchParams.get('digest') ?? target.pathname.split('/').at(-1) ?? '';
      const what = `${request.method} ${target.host === second.host ? 'source' : 'destination'} ${digest}`;
      events.push(`start ${what}`);
      const response = await nodeRegistryTransport(url, request);
      response.body.on('end', () => events.push(`end ${what}`));
      return response;
    };
    const image = await buildImage(config({ imageName: 'relayed', ...there }), {
      ...dependencies(),
      registryTransport: timed,
    });
    const pulled = await copyToLayout(image.image, authFile(registry));
    const layer = pulled.manifest.layers.at(-2)?.digest ?? '';
    const putStarted = events.indexOf(`start PUT destination ${layer}`);
    const downloaded = events.indexOf(`end GET source ${layer}`);
    expect(putStarted).toBeGreaterThan(-1);
    expect(downloaded).toBeGreaterThan(putStarted);

    // A PostgREST image whose layer holds more than the binary, in the second registry: the relayed upload is held
    // back at its end and dropped, so the destination never gets that layer.
    const postgrestImage = await pushPostgrestWith(second, 'relay-extra', {
      '/etc/extra': 'not part of COPY --from\n',
    });
    const upstream = await copyToLayout(`${postgrestImage}:v14.17`, authFile(second));
    const upstreamLayer = upstream.manifest.layers.at(-1)?.digest ?? '';
    const deps = dependencies();
    const made = await buildImage(config({ imageName: 'relay-extra', ...there, postgrestImage }), deps);
    expect(deps.lines.join('\n')).toContain('/bin/postgrest: a new layer');
    const blob = await fetch(
      `http://${registry.host}/v2/demo-project/postgrest/relay-extra/blobs/${upstreamLayer}`,
      {
        method: 'HEAD',
        headers: {
          authorization: `Basic ${Buffer.from(`oauth2accesstoken:${registry.token}`).toString('base64')}`,
        },
      },
    );
    expect(blob.status).toBe(404);
    const result = await copyToLayout(made.image, authFile(registry));
    expect((await mergedFiles(result)).has('etc/extra')).toBe(false);
  });

  test('a multi-arch source: linux/amd64 is picked from the index', async () => {
    const postgrestImage = `${registry.host}/multi/postgrest/postgrest`;
    await pushMultiArch(store, registry, LOCAL_POSTGREST, `${postgrestImage}:v14.17`);
    const deps = dependencies();
    const image = await buildImage(config({ imageName: 'multi', postgrestImage }), deps);
    const single = await buildImage(config({ imageName: 'single' }), dependencies());
    // The same amd64 image under another name: the same layers.
    const [a, b] = await Promise.all([
      copyToLayout(image.image, authFile(registry)),
      copyToLayout(single.image, authFile(registry)),
    ]);
    expect(a.manifest.layers.map((l) => l.digest)).toEqual(b.manifest.layers.map((l) => l.digest));
    expect(deps.lines[0]).toMatch(new RegExp(`^${postgrestImage}:v14.17 is sha256:[0-9a-f]{64}$`));
  });
});
