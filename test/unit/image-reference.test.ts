import { describe, expect, test } from 'vitest';
import { parseImageName } from '../../src/image-reference.js';

describe('valid image references', () => {
  test.each([
    ['postgrest/postgrest:v14.17', { path: 'postgrest/postgrest', tag: 'v14.17' }],
    ['postgrest/postgrest', { path: 'postgrest/postgrest' }],
    ['nginx', { path: 'nginx' }],
    [
      'europe-west1-docker.pkg.dev/my-project/repo/postgrest:ctx-0123456789ab',
      { domain: 'europe-west1-docker.pkg.dev', path: 'my-project/repo/postgrest', tag: 'ctx-0123456789ab' },
    ],
    [
      `europe-west1-docker.pkg.dev/p/r/postgrest@sha256:${'a'.repeat(64)}`,
      { domain: 'europe-west1-docker.pkg.dev', path: 'p/r/postgrest', digest: `sha256:${'a'.repeat(64)}` },
    ],
    [
      `postgrest/postgrest:v14.17@sha256:${'0'.repeat(64)}`,
      { path: 'postgrest/postgrest', tag: 'v14.17', digest: `sha256:${'0'.repeat(64)}` },
    ],
    ['localhost:5000/demo/postgrest:1', { domain: 'localhost:5000', path: 'demo/postgrest', tag: '1' }],
    ['localhost/demo', { domain: 'localhost', path: 'demo' }],
    [
      '127.0.0.1:5000/a__b/c.d/e---f:V1_RC',
      { domain: '127.0.0.1:5000', path: 'a__b/c.d/e---f', tag: 'V1_RC' },
    ],
    ['[::1]:5000/demo:1', { domain: '[::1]:5000', path: 'demo', tag: '1' }],
    [
      'Registry.Example.com/team/app:1.0-RC',
      { domain: 'Registry.Example.com', path: 'team/app', tag: '1.0-RC' },
    ],
    ['gcr.io/my-project/app:latest', { domain: 'gcr.io', path: 'my-project/app', tag: 'latest' }],
  ])('%s', (text, name) => {
    expect(parseImageName(text)).toEqual({ name });
  });
});

describe('invalid image references', () => {
  test.each([
    ['', 'empty', undefined],
    ['gcr.io/PROJECT_ID/app:v1', 'placeholder', 'PROJECT_ID'],
    ['gcr.io/PROJECT-ID/app:v1', 'placeholder', 'PROJECT-ID'],
    ['gcr.io/<project>/app:v1', 'placeholder', '<project>'],
    ['gcr.io/{project}/app:v1', 'placeholder', '{project}'],
    ['us-docker.pkg.dev/YOUR_PROJECT/repo/app:v1', 'placeholder', 'YOUR_PROJECT'],
    ['us-docker.pkg.dev/your-project-id/repo/app:v1', 'placeholder', 'your-project-id'],
    ['us-docker.pkg.dev/project-id/repo/app:v1', 'placeholder', 'project-id'],
    ['REGION-docker.pkg.dev/p/repo/app:v1', 'placeholder', 'REGION-docker.pkg.dev'],
    ['europe-west1-docker.pkg.dev/p/REPO/app:v1', 'placeholder', 'REPO'],
    ['europe-west1-docker.pkg.dev/p/repo/IMAGE:v1', 'placeholder', 'IMAGE'],
    ['europe-west1-docker.pkg.dev/p/repo/app:TAG', 'placeholder', 'TAG'],
    ['ghcr.io/MyOrg/postgrest:v14', 'uppercase', 'MyOrg'],
    ['PostgREST/postgrest:v14', 'uppercase', 'PostgREST'],
    ['gcr.io/p//app:v1', 'component', ''],
    ['gcr.io/p/app-:v1', 'component', 'app-'],
    ['gcr.io/p/my app:v1', 'component', 'my app'],
    ['gcr.io/p/a...b:v1', 'component', 'a...b'],
    ['gcr.io/p/app:v1:v2', 'component', 'app:v1'],
    ['my_registry.io/p/app:v1', 'domain', 'my_registry.io'],
    ['gcr.io:port/p/app:v1', 'domain', 'gcr.io:port'],
    ['postgrest/postgrest:-v14', 'tag', '-v14'],
    ['postgrest/postgrest:v14.17+build1', 'tag', 'v14.17+build1'],
    [`postgrest/postgrest:${'t'.repeat(129)}`, 'tag', 't'.repeat(129)],
    ['postgrest/postgrest@sha256:9c1b2e', 'digest', 'sha256:9c1b2e'],
    [`postgrest/postgrest@sha256:${'A'.repeat(64)}`, 'digest', `sha256:${'A'.repeat(64)}`],
    [`postgrest/postgrest@md5:${'a'.repeat(32)}`, 'digest', `md5:${'a'.repeat(32)}`],
    [`gcr.io/${'a'.repeat(250)}/b`, 'too-long', undefined],
  ])('%j: %s %j', (text, kind, part) => {
    expect(parseImageName(text)).toEqual({ problem: part === undefined ? { kind } : { kind, part } });
  });
});
