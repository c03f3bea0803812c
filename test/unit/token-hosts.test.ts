// Where the Google access token goes: only to Google's hosts (and `repository`'s), over HTTPS; plain HTTP only to
// this machine. Each table records the Authorization header every URL received.
import { describe, expect, test } from 'vitest';
import type { BuildConfig, BuildDependencies } from '../../src/build/index.js';
import { buildImage, defaultBuildDependencies } from '../../src/build/index.js';
import type { Fetch } from '../../src/build/registry.js';
import { cloudBuildBaseUrl } from '../../src/build/submit.js';
import type { Credentials } from '../../src/gcp/auth.js';
import { runBaseUrl } from '../../src/deploy/api.js';
import type { Transport } from '../../src/gcp/http.js';
import { ApiError, createApiClient } from '../../src/gcp/http.js';
import { mayReceiveGoogleToken } from '../../src/gcp/token-hosts.js';
import { secretManagerBaseUrl } from '../../src/smoke/index.js';

const TOKEN = 'ya29.FAKE-GOOGLE-TOKEN-must-stay-home';
const BASIC = `Basic ${Buffer.from(`oauth2accesstoken:${TOKEN}`).toString('base64')}`;

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
