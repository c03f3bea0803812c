// The image builder `assemble` writes into a registry from the same stand-ins, pulled with podman, through the
// same entrypoint suite as the Containerfile's build (image.test.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { buildImage, defaultBuildDependencies } from '../../src/build/index.js';
import { loadCredentials } from '../../src/gcp/auth.js';
import { entrypointSuite } from '../support/entrypoint-suite.js';
import { startRegistry, type TestRegistry } from '../support/registry.js';
import { authFile, pushSources } from '../support/sources.js';

let registry: TestRegistry | undefined;

afterAll(async () => {
  await registry?.stop();
});

entrypointSuite(async (store) => {
  registry = await startRegistry();
  const sources = await pushSources(store, registry, 'mirror');
  const tokenFile = path.join(mkdtempSync(path.join(tmpdir(), 'pgrst-token-')), 'token');
  writeFileSync(tokenFile, `${registry.token}\n`);
  const credentials = loadCredentials({ CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: tokenFile }, () => undefined);
  const built = await buildImage(
    {
      repository: `${registry.host}/demo-project/postgrest`,
      imageName: 'postgrest',
      postgrestVersion: 'v14.17',
      ...sources,
      builder: 'assemble',
      projectId: '',
      buildLocation: 'global',
    },
    {
      ...defaultBuildDependencies(
        store.env,
        () => undefined,
        () => credentials,
      ),
      contextDirectory: 'cloudbuild',
    },
  );
  const pulled = await store.podman([
    'pull',
    '--tls-verify=false',
    '--authfile',
    authFile(registry),
    built.image,
  ]);
  if (pulled.code !== 0) throw new Error(`podman pull failed: ${pulled.stderr}`);
  const revision = built.reference.split(':ctx-')[1] ?? '';
  // The revision label is the full hash the ctx- tag starts with.
  return { image: built.image, revision: new RegExp(`^${revision}[0-9a-f]{52}$`) };
});
