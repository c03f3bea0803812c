// The real cloudbuild/Containerfile, built with buildah from local stand-ins of its base images, through the
// entrypoint suite (real PostgreSQL with client certificates, podman runs as Cloud Run runs the image).
import { entrypointSuite } from '../support/entrypoint-suite.js';

const IMAGE = 'localhost/pgrst-image-test:latest';

entrypointSuite(async (store) => {
  const build = await store.buildah(
    ['bud', '--pull=never', '--platform', 'linux/amd64', '--build-arg', 'REVISION=abc123'].concat([
      '--file',
      'cloudbuild/Containerfile',
      '--tag',
      IMAGE,
      'cloudbuild',
    ]),
  );
  if (build.code !== 0) throw new Error(`buildah bud failed: ${build.stderr}`);
  return { image: IMAGE, revision: 'abc123' };
});
