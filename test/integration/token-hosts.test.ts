// Where the Google access token goes, seen from the other side: a registry that is not Google's, over TLS on
// 127.0.0.2 (loopback to Linux, but not an address the action treats as this machine), with token services on
// 127.0.0.3, over HTTPS and over plain HTTP. Every server logs each Authorization header it receives; the action
// runs from src/ as the runner would run it, trusting the test CA through NODE_EXTRA_CA_CERTS.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { runAction, SOURCE_ENTRY, workspaceWith } from '../support/action.js';
import { createTestCertificates } from '../support/tls.js';

const TOKEN = 'ya29.FAKE-GOOGLE-TOKEN-integration-7f3a9c';
const BASIC = `Basic ${Buffer.from(`oauth2accesstoken:${TOKEN}`).toString('base64')}`;
const REGISTRY_TOKEN = 'registry-issued-anonymous-token';
const MANIFEST = JSON.stringify({
  schemaVersion: 2,
  mediaType: 'application/vnd.oci.image.manifest.v1+json',
  config: {
    mediaType: 'application/vnd.oci.image.config.v1+json',
    digest: `sha256:${'0'.repeat(64)}`,
    size: 2,
  },
  layers: [],
});
const DIGEST = `sha256:${createHash('sha256').update(MANIFEST).digest('hex')}`;

interface Received {
  readonly server: string;
  readonly method: string;
  readonly url: string;
  readonly authorization: string | undefined;
}

let directory: string;
let caFile: string;
let tokenFile: string;
const received: Received[] = [];
const servers: (http.Server | https.Server)[] = [];
/** `127.0.0.2:PORT`: the registry. */
let registry: string;
/** The HTTPS token service on another origin, and a plain HTTP one. */
let httpsRealm: string;
let plainRealm: string;

/** Listen on `address`, port chosen by the system; resolves with `HOST:PORT`. */
async function listen(server: http.Server | https.Server, address: string): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, address, resolve));
  return `${address}:${String((server.address() as AddressInfo).port)}`;
}

/**
 * The registry's answers, by the first component of the image name:
 * - `open/`: anyone may pull;
 * - `hub/`: a Bearer challenge whose realm is the HTTPS token service on another origin (as Docker Hub's is);
 * - `plain/`: a Bearer challenge whose realm is plain HTTP;
 * - `mine/`: Basic auth with the Google token (a registry the user pushes to, as Artifact Registry is);
 * - `mine-elsewhere/`: private, with its realm on another origin;
 * - `missing/`: Basic auth with the Google token, and no such tag.
 * `/v1/...` (a Cloud Build endpoint on this host) is only logged.
 */
function registryAnswer(req: http.IncomingMessage): Answer {
  const authorization = req.headers.authorization;
  const match = /^\/v2\/([^/]+)\/.+\/manifests\/[^/]+$/.exec(req.url ?? '');
  const found: Answer = {
    status: 200,
    headers: {
      'content-type': 'application/vnd.oci.image.manifest.v1+json',
      'docker-content-digest': DIGEST,
    },
    ...(req.method === 'GET' ? { body: MANIFEST } : {}),
  };
  const challenge = (realm: string): Answer => ({
    status: 401,
    headers: {
      'www-authenticate': `Bearer realm="${realm}/token",service="test-registry",scope="repository:x:pull"`,
    },
  });
  const basic: Answer = { status: 401, headers: { 'www-authenticate': 'Basic realm="test-registry"' } };
  switch (match?.[1]) {
    case 'open':
      return found;
    case 'hub':
      return authorization === `Bearer ${REGISTRY_TOKEN}` ? found : challenge(httpsRealm);
    case 'plain':
      return challenge(plainRealm);
    case 'mine':
      return authorization === BASIC ? found : basic;
    case 'mine-elsewhere':
      return challenge(httpsRealm);
    case 'missing':
      if (authorization !== BASIC) return basic;
      return { status: 404, headers: {}, body: '{"errors":[{"code":"MANIFEST_UNKNOWN"}]}' };
    default:
      return { status: 500, headers: {} };
  }
}

/** A token service: anyone gets a token. */
function tokenAnswer(): Answer {
  return { status: 200, headers: {}, body: JSON.stringify({ token: REGISTRY_TOKEN }) };
}

/** What a test server answers. */
interface Answer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

/** A request handler that logs what it received, then answers. */
const logged =
  (server: string, answer: (req: http.IncomingMessage) => Answer) =>
  (req: http.IncomingMessage, res: http.ServerResponse) => {
    received.push({
      server,
      method: req.method ?? '',
      url: req.url ?? '',
      authorization: req.headers.authorization,
    });
    const { status, headers, body } = answer(req);
    res.writeHead(status, headers);
    res.end(body);
  };

beforeAll(async () => {
  directory = mkdtempSync(path.join(tmpdir(), 'pgrst-tls-'));
  const certificates = await createTestCertificates(directory, ['127.0.0.2', '127.0.0.3']);
  caFile = certificates.caFile;
  const tls = { key: certificates.key, cert: certificates.cert };
  registry = await listen(https.createServer(tls, logged('registry', registryAnswer)), '127.0.0.2');
  httpsRealm = `https://${await listen(https.createServer(tls, logged('https realm', tokenAnswer)), '127.0.0.3')}`;
  plainRealm = `http://${await listen(http.createServer(logged('plain realm', tokenAnswer)), '127.0.0.3')}`;
  tokenFile = path.join(directory, 'token');
  writeFileSync(tokenFile, `${TOKEN}\n`);
});

afterAll(async () => {
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          server.close(() => {
            resolve();
          });
        }),
    ),
  );
  rmSync(directory, { recursive: true, force: true });
});

beforeEach(() => {
  received.length = 0;
});

/** The action, from src/, resolving the image only (no service to deploy). */
function action(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  return runAction(
    inputs,
    workspaceWith({}),
    { CLOUDSDK_AUTH_ACCESS_TOKEN_FILE: tokenFile, NODE_EXTRA_CA_CERTS: caFile, ...env },
    SOURCE_ENTRY,
  );
}

/** What the servers received with the token in it, as is or inside Basic auth. */
const withToken = () =>
  received.filter((r) => r.authorization?.includes(TOKEN) === true || r.authorization === BASIC);

describe('a prebuilt image on a registry that is not Google’s', () => {
  test('the HTTPS is real: without the test CA the registry is not trusted, and no request reaches it', async () => {
    const result = await action({ image: `${registry}/open/postgrest:v14.17` }, { NODE_EXTRA_CA_CERTS: '' });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain(
      `::error::cannot reach the registry for ${registry}/open/postgrest:v14.17: UNABLE_TO_VERIFY_LEAF_SIGNATURE`,
    );
    expect(received).toEqual([]);
  });

  test('is pinned anonymously: the registry never sees the token', async () => {
    const result = await action({ image: `${registry}/open/postgrest:v14.17` });
    expect(result.status, result.stdout).toBe(0);
    expect(result.outputs['image']).toBe(`${registry}/open/postgrest@${DIGEST}`);
    expect(received).toEqual([
      {
        server: 'registry',
        method: 'HEAD',
        url: '/v2/open/postgrest/manifests/v14.17',
        authorization: undefined,
      },
    ]);
  });

  test('a Bearer challenge with an HTTPS realm on another origin: an anonymous token exchange', async () => {
    const result = await action({ image: `${registry}/hub/postgrest:v14.17` });
    expect(result.status, result.stdout).toBe(0);
    expect(result.outputs['image']).toBe(`${registry}/hub/postgrest@${DIGEST}`);
    expect(received.map((r) => [r.server, r.method, r.authorization])).toEqual([
      ['registry', 'HEAD', undefined],
      ['https realm', 'GET', undefined],
      ['registry', 'HEAD', `Bearer ${REGISTRY_TOKEN}`],
    ]);
    expect(withToken()).toEqual([]);
  });

  test('a Bearer challenge with a plain HTTP realm: refused, nothing sent there', async () => {
    const result = await action({ image: `${registry}/plain/postgrest:v14.17` });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain(
      `::error::the registry for ${registry}/plain/postgrest:v14.17 sends for its tokens to ${plainRealm}, which is not HTTPS: refused, nothing was sent there`,
    );
    expect(received.map((r) => r.server)).toEqual(['registry']);
    expect(withToken()).toEqual([]);
  });
});

describe('`repository` on that registry: the user’s own', () => {
  test('gets the token, over HTTPS: the content tag is found and nothing is built', async () => {
    const result = await action({
      repository: `${registry}/mine`,
      project_id: 'demo-project',
      builder: 'cloudbuild',
    });
    expect(result.status, result.stdout).toBe(0);
    expect(result.outputs).toEqual({ image: `${registry}/mine/postgrest@${DIGEST}`, image_built: 'false' });
    expect(received).toEqual([
      {
        server: 'registry',
        method: 'HEAD',
        url: expect.stringMatching(/^\/v2\/mine\/postgrest\/manifests\/ctx-[0-9a-f]{12}$/) as string,
        authorization: BASIC,
      },
    ]);
    expect(result.stdout.split('\n').filter((line) => line.includes(TOKEN))).toEqual([
      `::add-mask::${TOKEN}`,
    ]);
  });

  test('its realm on another origin gets no token: the exchange is anonymous, and the failure says why', async () => {
    const result = await action({
      repository: `${registry}/mine-elsewhere`,
      project_id: 'demo-project',
      builder: 'cloudbuild',
    });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain(
      `after sending for a token to ${httpsRealm}, another origin than its own: the Google access token is not sent there`,
    );
    expect(received.map((r) => [r.server, r.authorization === BASIC])).toEqual([
      ['registry', true],
      ['https realm', false],
      ['registry', false],
    ]);
    expect(received[1]?.authorization).toBeUndefined();
  });

  test('an API endpoint override on that host is refused before anything is sent', async () => {
    const result = await action(
      { repository: `${registry}/missing`, project_id: 'demo-project' },
      { CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD: `https://${registry}/` },
    );
    expect(result.status).not.toBe(0);
    expect(result.stdout).toContain(
      `::error::CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD is "https://${registry}/", which may not receive the Google access token`,
    );
    expect(received).toEqual([]);
  });
});
