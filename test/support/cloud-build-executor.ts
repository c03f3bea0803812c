import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { findManifest } from '../../src/build/registry.js';
import type { EmulatedBuild } from './cloud-build-emulator.js';
import type { ContainerStore } from './containers.js';
import type { TestRegistry } from './registry.js';

const run = promisify(execFile);

/**
 * What Cloud Build does with a build, for the emulator's `execute`: step 1's script in a fresh workspace (it writes
 * the context), step 2's `docker build` arguments given to buildah, each image pushed to the registry; returns the
 * registry's digests. `seen` receives the context files step 1 wrote.
 */
export function cloudBuildExecutor(
  store: ContainerStore,
  registry: TestRegistry,
  seen: Record<string, string>[] = [],
): (build: EmulatedBuild) => Promise<Record<string, string>> {
  return async (build) => {
    const [write, docker] = build.steps;
    if (!write || !docker) throw new Error('expected two steps');
    const workspace = mkdtempSync(path.join(tmpdir(), 'pgrst-workspace-'));
    try {
      await run(write.entrypoint ?? 'sh', write.args, { cwd: workspace });
      seen.push({
        Containerfile: readFileSync(path.join(workspace, 'Containerfile'), 'utf8'),
        'run.sh': readFileSync(path.join(workspace, 'run.sh'), 'utf8'),
      });
      const built = await store.buildah(docker.args, { cwd: workspace });
      if (built.code !== 0) throw new Error(`build step failed: ${built.stderr}`);
      const digests: Record<string, string> = {};
      const authFile = path.join(workspace, 'auth.json');
      const auth = Buffer.from(`oauth2accesstoken:${registry.token}`).toString('base64');
      writeFileSync(authFile, JSON.stringify({ auths: { [registry.host]: { auth } } }));
      for (const image of build.images) {
        const pushed = await store.buildah(['push', '--authfile', authFile, '--tls-verify=false', image]);
        if (pushed.code !== 0) throw new Error(`push failed: ${pushed.stderr}`);
        const [name = '', tag = ''] = image.slice(registry.host.length + 1).split(':');
        const digest = await findManifest(
          { registry: registry.host, name, tag },
          { password: registry.token },
        );
        if (!digest) throw new Error(`pushed ${image} but the registry lacks it`);
        digests[image] = digest;
      }
      return digests;
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  };
}
