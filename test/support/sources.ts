// The assemble builder's sources in a test registry: the stand-ins of busybox and PostgREST (see containers.ts)
// pushed under mirror-like names, as a user would mirror them into Artifact Registry.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ContainerStore } from './containers.js';
import type { TestRegistry } from './registry.js';

/** The stand-in names the Containerfile's build reads from the local store. */
export const LOCAL_BASE = 'docker.io/library/busybox:1.37.0';
export const LOCAL_POSTGREST = 'docker.io/postgrest/postgrest:v14.17';

/** An auth file for `registry`, for buildah, podman and skopeo. */
export function authFile(...registries: TestRegistry[]): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pgrst-auth-')), 'auth.json');
  const auths = Object.fromEntries(
    registries.map((registry) => [
      registry.host,
      { auth: Buffer.from(`oauth2accesstoken:${registry.token}`).toString('base64') },
    ]),
  );
  writeFileSync(file, JSON.stringify({ auths }), { mode: 0o600 });
  return file;
}

/** Push a local image to `target` (`HOST/NAME:TAG`) in the registry. */
export async function pushImage(
  store: ContainerStore,
  registry: TestRegistry,
  local: string,
  target: string,
): Promise<void> {
  const pushed = await store.buildah([
    'push',
    '--authfile',
    authFile(registry),
    '--tls-verify=false',
    local,
    `docker://${target}`,
  ]);
  if (pushed.code !== 0) throw new Error(`buildah push ${target} failed: ${pushed.stderr}`);
}

/** The stand-ins pushed under `HOST/PREFIX/library/busybox:1.37.0` and `HOST/PREFIX/postgrest/postgrest:v14.17`. */
export async function pushSources(
  store: ContainerStore,
  registry: TestRegistry,
  prefix: string,
): Promise<{ baseImage: string; postgrestImage: string }> {
  const baseImage = `${registry.host}/${prefix}/library/busybox:1.37.0`;
  const postgrestImage = `${registry.host}/${prefix}/postgrest/postgrest`;
  await Promise.all([
    pushImage(store, registry, LOCAL_BASE, baseImage),
    pushImage(store, registry, LOCAL_POSTGREST, `${postgrestImage}:v14.17`),
  ]);
  return { baseImage, postgrestImage };
}

/**
 * A multi-arch index at `target`: the local amd64 image and an arm64 copy of it (as postgrest/postgrest is
 * published: amd64 and arm64 under one tag).
 */
export async function pushMultiArch(
  store: ContainerStore,
  registry: TestRegistry,
  local: string,
  target: string,
): Promise<void> {
  const arm = `${local}-arm64`;
  const from = await store.buildah(['from', '--arch', 'amd64', local]);
  if (from.code !== 0) throw new Error(from.stderr);
  const container = from.stdout.trim();
  await store.buildah(['config', '--arch', 'arm64', container]);
  const committed = await store.buildah(['commit', '--quiet', '--rm', container, arm]);
  if (committed.code !== 0) throw new Error(committed.stderr);
  const list = `localhost/list-${String(Date.now())}-${String(Math.random()).slice(2, 8)}`;
  for (const args of [
    ['manifest', 'create', list],
    ['manifest', 'add', '--arch', 'arm64', list, `containers-storage:${arm}`],
    ['manifest', 'add', '--arch', 'amd64', list, `containers-storage:${local}`],
    [
      'manifest',
      'push',
      '--all',
      '--authfile',
      authFile(registry),
      '--tls-verify=false',
      list,
      `docker://${target}`,
    ],
  ]) {
    const result = await store.buildah(args);
    if (result.code !== 0) throw new Error(`buildah ${args.slice(0, 2).join(' ')} failed: ${result.stderr}`);
  }
}
