// Where the Google access token goes: only to Google's hosts (and `repository`'s), over HTTPS; plain HTTP only to
// this machine. Each table records the Authorization header every URL received.
import { describe, expect, test } from 'vitest';
import type { BuildConfig, BuildDependencies } from '../../src/build/index.js';
import { buildImage, defaultBuildDependencies, pinPrebuiltImage } from '../../src/build/index.js';
import { parseImageReference } from '../../src/build/image-ref.js';
import type { Fetch } from '../../src/build/registry.js';
import { findManifest } from '../../src/build/registry.js';
import { cloudBuildBaseUrl } from '../../src/build/submit.js';
import type { Credentials } from '../../src/gcp/auth.js';
import { runBaseUrl } from '../../src/deploy/api.js';
import type { Transport } from '../../src/gcp/http.js';
import { ApiError, createApiClient } from '../../src/gcp/http.js';
import { mayReceiveGoogleToken } from '../../src/gcp/token-hosts.js';
import { secretManagerBaseUrl } from '../../src/gcp/index.js';

const TOKEN = 'ya29.FAKE-GOOGLE-TOKEN-must-stay-home';
const BASIC = `Basic ${Buffer.from(`oauth2accesstoken:${TOKEN}`).toString('base64')}`;
const DIGEST = `sha256:${'e'.repeat(64)}`;

/** Whether `text` holds the token, as is or inside Basic auth. */
const leaks = (text: string): boolean => text.includes(TOKEN) || text.includes(BASIC.slice(6));

describe('the one rule: may this URL receive the Google access token', () => {
  test.each([
    ['https://run.googleapis.com/v1', true],
    ['https://europe-west1-run.googleapis.com/apis', true],
    ['https://run-myendpoint.p.googleapis.com/', true],
    ['https://private.googleapis.com/', true],
    ['https://googleapis.com/', true],
    ['https://RUN.GOOGLEAPIS.COM:443/', true],
    ['https://europe-west1-docker.pkg.dev/v2/p/r/i/manifests/t', true],
    ['https://us-docker.pkg.dev/v2/', true],
    ['https://gcr.io/v2/', true],
    ['https://eu.gcr.io/v2/', true],
    ['http://localhost:8080/', true],
    ['https://localhost/', true],
    ['http://127.0.0.1:5000/v2/', true],
    ['http://[::1]:9/', true],
    // plain HTTP elsewhere
    ['http://run.googleapis.com/v1', false],
    ['http://europe-west1-docker.pkg.dev/v2/', false],
    ['http://gcr.io/v2/', false],
    // other hosts, lookalikes included
    ['https://example.com/', false],
    ['https://127.0.0.2/', false],
    ['http://127.0.0.2:5000/', false],
    ['http://us-west1-localhost:8080/', false],
    ['https://localhost.example.com/', false],
    ['https://registry-1.docker.io/v2/', false],
    ['https://auth.docker.io/token', false],
    ['https://ghcr.io/v2/', false],
    ['https://googleapis.com.example.com/', false],
    ['https://evilgoogleapis.com/', false],
    ['https://gcr.io.example.com/v2/', false],
    ['https://notgcr.io/v2/', false],
    ['https://docker.pkg.dev/v2/', false],
    ['https://europe-west1-docker.pkg.dev.example.com/v2/', false],
    ['https://run.googleapis.com@example.com/', false],
    ['https://user:pass@run.googleapis.com/', false],
    ['ftp://run.googleapis.com/', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(mayReceiveGoogleToken(url)).toBe(allowed);
  });

  test.each([
    ['https://registry.example.com/v2/', 'registry.example.com', true],
    ['https://registry.example.com:5000/v2/', 'registry.example.com:5000', true],
    ['https://registry.example.com/v2/', 'REGISTRY.example.com:443', true],
    ['https://registry.example.com/v2/', 'registry.example.com:5000', false],
    ['https://registry.example.com:5000/v2/', 'registry.example.com', false],
    ['https://auth.example.com/token', 'registry.example.com', false],
    ['http://registry.example.com/v2/', 'registry.example.com', false],
  ])('%s with repository host %s → %s', (url, host, allowed) => {
    expect(mayReceiveGoogleToken(url, host)).toBe(allowed);
  });
});

describe('the Google API client', () => {
  /** A client over a transport that records the Authorization header each URL received. */
  function recorded() {
    const received: { url: string; authorization: string | undefined }[] = [];
    let tokenReads = 0;
    const transport: Transport = (url, request) => {
      received.push({ url, authorization: request.headers['authorization'] });
      return Promise.resolve({ status: 200, text: '{}' });
    };
    const request = createApiClient({
      accessToken: () => {
        tokenReads += 1;
        return Promise.resolve(TOKEN);
      },
      transport,
    });
    return { request, received, tokenReads: () => tokenReads };
  }

  test.each([
    'https://run.googleapis.com/apis/serving.knative.dev/v1/namespaces/p/services/s',
    'https://europe-west1-run.googleapis.com/apis/serving.knative.dev/v1/namespaces/p/services/s',
    'https://cloudbuild.googleapis.com/v1/projects/p/locations/global/builds',
    'https://secretmanager.googleapis.com/v1/projects/p/secrets/s/versions/1:access',
    'https://run-myendpoint.p.googleapis.com/apis/x',
    'http://localhost:8080/v1/x',
    'http://127.0.0.1:9/v1/x',
    'http://[::1]:9/v1/x',
    'https://localhost/v1/x',
  ])('sends the token to %s', async (url) => {
    const { request, received } = recorded();
    expect((await request('GET', url)).status).toBe(200);
    expect(received).toEqual([{ url, authorization: `Bearer ${TOKEN}` }]);
  });

  test.each([
    'http://run.googleapis.com/apis/x',
    'http://secretmanager.googleapis.com/v1/x',
    'https://example.com/v1/x',
    'https://proxy.example.com/run.googleapis.com/apis/x',
    'https://run.googleapis.com.example.com/apis/x',
    'https://127.0.0.2/v1/x',
    'http://10.0.0.5:8080/v1/x',
    'https://europe-west1-docker.pkg.dev.example.com/v1/x',
  ])('sends nothing to %s: refused before the token is read', async (url) => {
    const { request, received, tokenReads } = recorded();
    const error = await request('POST', url, { a: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as Error).message).toMatch(/may not receive the Google access token/);
    expect(leaks((error as Error).message)).toBe(false);
    expect(received).toEqual([]);
    expect(tokenReads()).toBe(0);
  });
});

describe('endpoint overrides (CLOUDSDK_API_ENDPOINT_OVERRIDES_*)', () => {
  const apis = [
    ['RUN', (override?: string) => runBaseUrl('europe-west1', override)],
    ['CLOUDBUILD', cloudBuildBaseUrl],
    ['SECRETMANAGER', secretManagerBaseUrl],
  ] as const;

  test.each(
    apis.flatMap(([api, baseUrl]) =>
      [
        ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080'],
        ['http://localhost:9090', 'http://localhost:9090'],
        ['https://private-run.p.googleapis.com/', 'https://private-run.p.googleapis.com'],
      ].map(([override, expected]) => [api, override, expected, baseUrl] as const),
    ),
  )('%s: %s is used as given', (_, override, expected, baseUrl) => {
    expect(baseUrl(override)).toBe(expected);
  });

  test.each(
    apis.flatMap(([api, baseUrl]) =>
      [
        'https://proxy.example.com',
        'http://run.googleapis.com',
        'http://10.0.0.5:8080/',
        'https://127.0.0.2:8443',
      ].map((override) => [api, override, baseUrl] as const),
    ),
  )('%s: %s is refused, naming the variable and what is allowed', (api, override, baseUrl) => {
    expect(() => baseUrl(override)).toThrow(
      `CLOUDSDK_API_ENDPOINT_OVERRIDES_${api} is "${override}", which may not receive the Google access token: the token goes only HTTPS to *.googleapis.com, gcr.io, *.gcr.io or *-docker.pkg.dev, or http(s) to localhost, 127.0.0.1 or [::1]`,
    );
  });

  test('an override with credentials written into it is refused without showing them', () => {
    expect(() => secretManagerBaseUrl('https://user:proxy-secret@proxy.example.com/')).toThrow(
      'CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER is "https://proxy.example.com/", which may not receive the Google access token',
    );
  });

  test('a refused Cloud Build override stops the build before anything is sent, the registry lookup included', async () => {
    const calls: string[] = [];
    const fetch: Fetch = (url) => {
      calls.push(url);
      return Promise.resolve(new Response(null, { status: 404 }));
    };
    let tokenReads = 0;
    const credentials: Credentials = {
      source: 'test',
      accessToken: () => {
        tokenReads += 1;
        return Promise.resolve(TOKEN);
      },
      idToken: () => Promise.reject(new Error('unused')),
    };
    const deps: BuildDependencies = {
      ...defaultBuildDependencies(
        { CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD: 'https://builds.example.com' },
        () => undefined,
        () => credentials,
      ),
      contextDirectory: 'cloudbuild',
      fetch,
    };
    const config: BuildConfig = {
      repository: 'europe-west1-docker.pkg.dev/p/r',
      imageName: 'postgrest',
      postgrestVersion: 'v14.17',
      builder: 'cloudbuild',
      projectId: 'p',
      buildLocation: 'global',
    };
    await expect(buildImage(config, deps)).rejects.toThrow(
      'CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD is "https://builds.example.com", which may not receive the Google access token',
    );
    expect(calls).toEqual([]);
    expect(tokenReads).toBe(0);
  });
});

describe('the registry client', () => {
  /**
   * A fake internet of registries and token services. Each registry answers a manifest HEAD with 200 and a digest
   * when it holds `Bearer anonymous-or-granted`, or when it needs no token exchange; else 401 with its challenge.
   * Every request is recorded with the Authorization header it carried.
   */
  function internet(challenge?: string) {
    const received: { url: string; authorization: string | null }[] = [];
    const fetch: Fetch = (url, init) => {
      const authorization = new Headers(init.headers).get('authorization');
      received.push({ url, authorization });
      if (url.includes('/v2/') && url.includes('/manifests/')) {
        if (challenge && authorization !== 'Bearer registry-issued') {
          return Promise.resolve(
            new Response(null, { status: 401, headers: { 'www-authenticate': challenge } }),
          );
        }
        return Promise.resolve(
          new Response(null, { status: 200, headers: { 'docker-content-digest': DIGEST } }),
        );
      }
      return Promise.resolve(Response.json({ token: 'registry-issued' }));
    };
    return { fetch, received };
  }

  /** The token, as Basic auth for user oauth2accesstoken; or no Authorization header at all. */
  const SENT = 'the token';
  const NONE = 'nothing';
  const header = (sent: string) => (sent === SENT ? BASIC : null);

  test.each([
    // Google's registries get the token, for a prebuilt image too.
    ['europe-west1-docker.pkg.dev/p/r/postgrest:v1', undefined, 'https://europe-west1-docker.pkg.dev', SENT],
    ['us-docker.pkg.dev/p/r/postgrest:v1', undefined, 'https://us-docker.pkg.dev', SENT],
    ['gcr.io/p/postgrest:v1', undefined, 'https://gcr.io', SENT],
    ['eu.gcr.io/p/postgrest:v1', undefined, 'https://eu.gcr.io', SENT],
    // This machine (the tests' registries), over plain HTTP.
    ['127.0.0.1:5000/p/postgrest:v1', undefined, 'http://127.0.0.1:5000', SENT],
    ['localhost:5000/p/postgrest:v1', undefined, 'http://localhost:5000', SENT],
    // The `repository` host: the user's own registry.
    [
      'registry.example.com/team/postgrest:ctx-1',
      'registry.example.com',
      'https://registry.example.com',
      SENT,
    ],
    [
      'registry.example.com:5000/t/postgrest:v1',
      'registry.example.com:5000',
      'https://registry.example.com:5000',
      SENT,
    ],
    // Every other registry: nothing.
    ['docker.io/postgrest/postgrest:v14.17', undefined, 'https://registry-1.docker.io', NONE],
    ['ghcr.io/org/postgrest:v1', undefined, 'https://ghcr.io', NONE],
    ['quay.io/org/postgrest:v1', undefined, 'https://quay.io', NONE],
    ['registry.example.com/team/postgrest:v1', undefined, 'https://registry.example.com', NONE],
    [
      'registry.example.com:5000/t/postgrest:v1',
      'registry.example.com',
      'https://registry.example.com:5000',
      NONE,
    ],
    ['127.0.0.2:5000/p/postgrest:v1', undefined, 'https://127.0.0.2:5000', NONE],
    [
      'europe-west1-docker.pkg.dev.example.com/p/postgrest:v1',
      undefined,
      'https://europe-west1-docker.pkg.dev.example.com',
      NONE,
    ],
    ['gcr.io.example.com/p/postgrest:v1', undefined, 'https://gcr.io.example.com', NONE],
  ] as const)('HEAD %s (repository host %s) at %s sends %s', async (image, repository, origin, sent) => {
    const { reference } = parseImageReference(image, 'input `image`');
    const { fetch, received } = internet();
    expect(
      await findManifest(reference, {
        password: TOKEN,
        fetch,
        ...(repository ? { repositoryRegistry: repository } : {}),
      }),
    ).toBe(DIGEST);
    expect(received).toEqual([
      { url: `${origin}/v2/${reference.name}/manifests/${reference.tag}`, authorization: header(sent) },
    ]);
  });

  const AR = 'europe-west1-docker.pkg.dev/p/r/postgrest:v1';
  const challenge = (realm: string) =>
    `Bearer realm="${realm}",service="svc",scope="repository:p/r/postgrest:pull"`;
  const ANONYMOUS = NONE;

  test.each([
    // A Google registry's own token service gets the token.
    [AR, 'https://europe-west1-docker.pkg.dev/v2/token', SENT],
    ['127.0.0.1:5000/p/r/postgrest:v1', 'http://127.0.0.1:5000/token', SENT],
    // A realm on another origin does not, even when it is Google's: the exchange goes anonymous.
    [AR, 'https://auth.example.com/token', ANONYMOUS],
    [AR, 'https://europe-west1-docker.pkg.dev:8443/v2/token', ANONYMOUS],
    [AR, 'https://gcr.io/v2/token', ANONYMOUS],
    // Docker Hub: anonymous at auth.docker.io, as the docker CLI does for public images.
    ['docker.io/postgrest/postgrest:v14.17', 'https://auth.docker.io/token', ANONYMOUS],
    ['ghcr.io/org/postgrest:v1', 'https://ghcr.io/token', ANONYMOUS],
  ] as const)('%s with its realm at %s: the token exchange sends %s', async (image, realm, sent) => {
    const { reference } = parseImageReference(image, 'input `image`');
    const { fetch, received } = internet(challenge(realm));
    expect(await findManifest(reference, { password: TOKEN, fetch })).toBe(DIGEST);
    expect(received[1]?.url.startsWith(`${realm}?`)).toBe(true);
    expect(received[1]?.authorization).toBe(header(sent));
    expect(received[2]?.authorization).toBe('Bearer registry-issued');
    expect(received).toHaveLength(3);
  });

  test.each([
    [AR, 'http://europe-west1-docker.pkg.dev/v2/token'],
    [AR, 'http://auth.example.com/token'],
    ['docker.io/postgrest/postgrest:v14.17', 'http://auth.docker.io/token'],
    ['registry.example.com/t/postgrest:v1', 'http://127.0.0.2/token'],
  ])('%s with its realm over plain HTTP at %s: refused, nothing sent there', async (image, realm) => {
    const { reference } = parseImageReference(image, 'input `image`');
    const { fetch, received } = internet(challenge(realm));
    const error = await findManifest(reference, { password: TOKEN, fetch }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      new RegExp(`sends for its tokens to ${new URL(realm).origin}, which is not HTTPS: refused`),
    );
    expect(leaks((error as Error).message)).toBe(false);
    expect(received).toHaveLength(1);
  });

  test('a private image elsewhere fails saying the token was not sent there, and never shows it', async () => {
    const { reference } = parseImageReference('ghcr.io/org/private:v1', 'input `image`');
    const fetch: Fetch = () =>
      Promise.resolve(
        new Response(null, { status: 401, headers: { 'www-authenticate': 'Basic realm="x"' } }),
      );
    const error = await findManifest(reference, { password: TOKEN, fetch }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      "the registry refused anonymous access to ghcr.io/org/private:v1 (HTTP 401): the Google access token goes only to Google's registries and the `repository` host, not to this one. Make the image public, or copy it into Artifact Registry",
    );
  });

  test('a Google registry whose realm is elsewhere fails saying the token was withheld', async () => {
    const { reference } = parseImageReference(AR, 'input `image`');
    let calls = 0;
    const fetch: Fetch = (url) => {
      calls += 1;
      return Promise.resolve(
        url.startsWith('https://auth.example.com/')
          ? Response.json({ token: 'anonymous-token' })
          : new Response(null, {
              status: 401,
              headers: { 'www-authenticate': challenge('https://auth.example.com/token') },
            }),
      );
    };
    const error = await findManifest(reference, { password: TOKEN, fetch }).catch((e: unknown) => e);
    expect(calls).toBe(3);
    expect((error as Error).message).toBe(
      'the registry refused europe-west1-docker.pkg.dev/p/r/postgrest:v1 (HTTP 401) after sending for a token to https://auth.example.com, another origin than its own: the Google access token is not sent there, and the token that origin gave anonymously was not enough',
    );
  });

  test('pinning a prebuilt Docker Hub image sends no token: anonymous, at registry-1.docker.io and auth.docker.io', async () => {
    const { fetch, received } = internet(challenge('https://auth.docker.io/token'));
    const deps = { accessToken: () => Promise.resolve(TOKEN), log: () => undefined, fetch };
    expect(await pinPrebuiltImage('docker.io/postgrest/postgrest:v14.17', deps)).toBe(
      `docker.io/postgrest/postgrest@${DIGEST}`,
    );
    expect(received.map((r) => r.url.replace(/\?.*$/, ''))).toEqual([
      'https://registry-1.docker.io/v2/postgrest/postgrest/manifests/v14.17',
      'https://auth.docker.io/token',
      'https://registry-1.docker.io/v2/postgrest/postgrest/manifests/v14.17',
    ]);
    expect(received.some((r) => leaks(r.authorization ?? ''))).toBe(false);
  });
});
