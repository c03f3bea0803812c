// One `builder: assemble` run as its own process (bundled by bench/assemble.ts, run with plain node), as the
// action or `pgrst-cloudrun build` runs it: argv repository, image name, postgrest image, base image; the token in
// CLOUDSDK_AUTH_ACCESS_TOKEN_FILE. Prints the image pinned by digest, then the stage's own wall time in ms.
import { buildImage, defaultBuildDependencies } from '../src/build/index.js';
import { loadCredentials } from '../src/gcp/auth.js';
import { performance } from 'node:perf_hooks';

const [repository = '', imageName = '', postgrestImage = '', baseImage = ''] = process.argv.slice(2);
const credentials = loadCredentials(process.env, () => undefined);
const started = performance.now();
const built = await buildImage(
  {
    repository,
    imageName,
    postgrestVersion: 'v14.17',
    postgrestImage,
    baseImage,
    builder: 'assemble',
    projectId: '',
    buildLocation: 'global',
  },
  {
    ...defaultBuildDependencies(
      process.env,
      () => undefined,
      () => credentials,
    ),
    contextDirectory: 'cloudbuild',
  },
);
// The stage's own time, without node's start-up and module loading: what it costs inside the action's process.
process.stdout.write(`${built.image}\n${String(performance.now() - started)}\n`);
