// Hand-built fakes of the systems the pipeline reaches, for in-process tests of every mode: Cloud Run (services and
// revisions kept in memory, Ready at once), a registry that already has every image, Secret Manager, and a
// PostgREST that checks tokens as PostgREST does (HS256 with the secret, expiry).
import { createHash, createHmac } from 'node:crypto';
import { Readable } from 'node:stream';
import type { BuildDependencies } from '../../src/build/index.js';
import type { CloudRunApi, DeleteOutcome, Resource, WriteOutcome } from '../../src/deploy/index.js';
import type { Credentials, SecretManagerApi, Transport } from '../../src/gcp/index.js';
import { SecretAccessError } from '../../src/gcp/index.js';
import type { PipelineDependencies } from '../../src/pipeline.js';

const clone = <T>(value: T): T => structuredClone(value);
const record = (value: unknown): Resource =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Resource) : {};

/** A Cloud Run that keeps services in memory and makes every revision Ready at once; `calls` logs each call. */
export function fakeCloudRun(project = 'demo-project') {
  const services = new Map<string, Resource>();
  const revisions = new Map<string, Resource>();
  const calls: string[] = [];
  let version = 0;
  let created = 0;

  const url = (name: string) => `https://${name}.fake.run.app`;
  const store = (body: Resource, previous: Resource | undefined): Resource => {
    const template = record(record(body['spec'])['template']);
    const name = String(record(template['metadata'])['name']);
    if (!revisions.has(name)) {
      created += 1;
      const metadata = record(clone(template['metadata']));
      revisions.set(name, {
        metadata: {
          ...metadata,
          labels: { 'serving.knative.dev/service': String(record(body['metadata'])['name']) },
          // One second apart, so the order of creation is the order of the timestamps.
          creationTimestamp: new Date(Date.UTC(2026, 0, 1) + created * 1000).toISOString(),
        },
        spec: clone(template['spec']),
      });
    }
    const generation = Number(record(previous?.['metadata'])['generation'] ?? 0) + 1;
    version += 1;
    const spec = record(body['spec']);
    const traffic = (Array.isArray(spec['traffic']) ? spec['traffic'] : []) as Resource[];
    const service = clone({
      ...body,
      metadata: { ...record(body['metadata']), generation, resourceVersion: `v${String(version)}` },
      status: {
        observedGeneration: generation,
        conditions: [
          { type: 'Ready', status: 'True' },
          { type: 'RoutesReady', status: 'True' },
        ],
        url: url(String(record(body['metadata'])['name'])),
        latestCreatedRevisionName: name,
        latestReadyRevisionName: name,
        traffic: traffic.map((t) => ({
          ...t,
          ...(t['latestRevision'] === true ? { revisionName: name } : {}),
          ...(typeof t['tag'] === 'string' ? { url: `https://${t['tag']}---fake.run.app` } : {}),
        })),
      },
    });
    services.set(String(record(body['metadata'])['name']), service);
    return service;
  };

  const api: CloudRunApi = {
    getService(name) {
      calls.push(`GET ${name}`);
      return Promise.resolve(clone(services.get(name)));
    },
    createService(body, options) {
      calls.push(`POST${options?.dryRun ? ' ?dryRun=all' : ''}`);
      if (options?.dryRun) return Promise.resolve<WriteOutcome>({ kind: 'done', service: body });
      return Promise.resolve<WriteOutcome>({ kind: 'done', service: store(body, undefined) });
    },
    replaceService(name, body, options) {
      calls.push(`PUT ${name}${options?.dryRun ? ' ?dryRun=all' : ''}`);
      const current = services.get(name);
      const sent = record(body['metadata'])['resourceVersion'];
      if (sent !== record(current?.['metadata'])['resourceVersion']) {
        return Promise.resolve<WriteOutcome>({ kind: 'stale', message: 'version mismatch' });
      }
      if (options?.dryRun) return Promise.resolve<WriteOutcome>({ kind: 'done', service: body });
      return Promise.resolve<WriteOutcome>({ kind: 'done', service: store(body, current) });
    },
    getRevision(name) {
      calls.push(`GET revision ${name}`);
      const revision = revisions.get(name);
      return Promise.resolve(
        revision && {
          ...clone(revision),
          status: { observedGeneration: 1, conditions: [{ type: 'Ready', status: 'True' }] },
        },
      );
    },
    listRevisions(service) {
      calls.push(`LIST revisions ${service}`);
      return Promise.resolve(
        [...revisions.values()]
          .filter((r) => record(record(r['metadata'])['labels'])['serving.knative.dev/service'] === service)
          .map(clone),
      );
    },
    deleteRevision(name) {
      calls.push(`DELETE revision ${name}`);
      if (!revisions.has(name)) return Promise.resolve<DeleteOutcome>({ kind: 'gone' });
      // As Cloud Run: a revision that any traffic entry or tag names, or the latest one, is not deleted.
      const service = services.get(
        String(record(record(revisions.get(name)?.['metadata'])['labels'])['serving.knative.dev/service']),
      );
      const status = record(service?.['status']);
      const entries = [
        ...((record(service?.['spec'])['traffic'] as Resource[] | undefined) ?? []),
        ...((status['traffic'] as Resource[] | undefined) ?? []),
      ];
      if (
        entries.some((t) => t['revisionName'] === name) ||
        status['latestCreatedRevisionName'] === name ||
        status['latestReadyRevisionName'] === name
      ) {
        return Promise.resolve<DeleteOutcome>({
          kind: 'refused',
          status: 400,
          message: `Revision ${name} cannot be deleted because it is serving or referenced.`,
        });
      }
      revisions.delete(name);
      return Promise.resolve<DeleteOutcome>({ kind: 'deleted' });
    },
  };
  return {
    api,
    calls,
    services,
    revisions,
    project,
    traffic: (name: string) => record(services.get(name)?.['spec'])['traffic'],
  };
}

/** The OpenAPI root a fake PostgREST serves at a URL to a request's claims (none without a token). */
export type FakeRoot = (url: string, claims?: Record<string, unknown>) => { status: number; body: unknown };

/** An OpenAPI root with these tables (each with its columns, all methods), as PostgREST serves it. */
export function openApiRoot(tables: Record<string, readonly string[]> = {}): {
  status: number;
  body: unknown;
} {
  const op = { responses: { 200: { description: 'OK' } } };
  return {
    status: 200,
    body: {
      swagger: '2.0',
      info: { title: 'PostgREST API', version: 'fake' },
      paths: {
        '/': { get: op },
        ...Object.fromEntries(
          Object.keys(tables).map((t) => [`/${t}`, { get: op, post: op, patch: op, delete: op }]),
        ),
      },
      definitions: Object.fromEntries(
        Object.entries(tables).map(([t, columns]) => [
          t,
          { type: 'object', properties: Object.fromEntries(columns.map((c) => [c, { type: 'string' }])) },
        ]),
      ),
    },
  };
}

/** The role a smoke token carries, wherever the claim key put it: its one string claim but `aud`. */
function roleIn(value: unknown, key = ''): string | undefined {
  if (typeof value === 'string') return key === 'aud' ? undefined : value;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [name, item] of Object.entries(value)) {
    const found = roleIn(item, Array.isArray(value) ? key : name);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * PostgREST's answer to a token: 401 (PGRST301/303) unless it is signed with `secret` and not expired; v14's 401
 * 22023 when its role (wherever the claim key put it) is not one of `roles`; then `root` at `/` (default: an OpenAPI
 * root with no tables), `[]` elsewhere.
 */
export function fakePostgrest(
  secret: string,
  answers: { ok?: number; root?: FakeRoot; roles?: readonly string[] } = {},
): Transport & { urls: string[] } {
  const roles = new Set(answers.roles ?? ['web_user', 'anon']);
  const urls: string[] = [];
  const answer = (url: string, claims?: Record<string, unknown>) => {
    if (new URL(url).pathname === '/' && (answers.ok ?? 200) === 200) {
      const { status, body } = (answers.root ?? (() => openApiRoot()))(url, claims);
      return Promise.resolve({ status, text: JSON.stringify(body) });
    }
    return Promise.resolve({ status: answers.ok ?? 200, text: '[]' });
  };
  const transport = (url: string, request: { headers: Record<string, string> }) => {
    urls.push(url);
    const token = /^Bearer (.+)$/.exec(request.headers['authorization'] ?? '')?.[1];
    if (!token) return answer(url);
    const [header = '', payload = '', signature = ''] = token.split('.');
    const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
    if (signature !== expected) {
      return Promise.resolve({
        status: 401,
        text: JSON.stringify({ code: 'PGRST301', message: 'JWSError' }),
      });
    }
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    if (((claims['exp'] as number | undefined) ?? Infinity) < Date.now() / 1000 - 30) {
      return Promise.resolve({
        status: 401,
        text: JSON.stringify({ code: 'PGRST303', message: 'JWT expired' }),
      });
    }
    const role = roleIn(claims);
    if (role !== undefined && !roles.has(role)) {
      return Promise.resolve({
        status: 401,
        text: JSON.stringify({ code: '22023', message: `role "${role}" does not exist` }),
      });
    }
    return answer(url, claims);
  };
  return Object.assign(transport, { urls });
}

/** A registry that has every image already (each tag's digest a hash of its URL): a build is always a reuse. */
export function fakeBuildDependencies(log: (line: string) => void): BuildDependencies {
  const digestOf = (url: string) => `sha256:${createHash('sha256').update(url).digest('hex')}`;
  return {
    contextDirectory: 'cloudbuild',
    accessToken: () => Promise.resolve('fake-access-token'),
    cloudBuildApi: () => ({
      createBuild: () => Promise.reject(new Error('the fake registry has every image: nothing is built')),
      getBuild: () => Promise.reject(new Error('the fake registry has every image: nothing is built')),
    }),
    runner: () => Promise.reject(new Error('no local builds in this fake')),
    env: {},
    log,
    fetch: (url) =>
      Promise.resolve({
        status: 200,
        headers: {
          get: (name: string) => (name.toLowerCase() === 'docker-content-digest' ? digestOf(url) : null),
        },
        text: () => Promise.resolve(''),
      }),
    // Builder assemble asks its sources' digests with HEAD requests through this transport.
    registryTransport: (url, request) => {
      if (request.method !== 'HEAD') {
        return Promise.reject(new Error(`the fake registry has every image: no ${request.method} ${url}`));
      }
      return Promise.resolve({
        status: 200,
        headers: {
          get: (name: string) => (name.toLowerCase() === 'docker-content-digest' ? digestOf(url) : null),
        },
        body: Readable.from([]),
      });
    },
  };
}

/** Every dependency of the pipeline, faked. */
export function fakePipelineDependencies(options: {
  readonly cloudRun: ReturnType<typeof fakeCloudRun>;
  readonly secret: string;
  /**
   * Other secrets by name (`projects/P/secrets/S`, any version) — the client certificates the spec mounts; a value
   * `403` or `404` is a refusal with that status. Any other secret is the JWT secret.
   */
  readonly secrets?: Readonly<Record<string, string>>;
  /** Each secret version asked for. */
  readonly secretsRead?: string[];
  readonly postgrest: Transport;
  readonly log: (line: string) => void;
  /** Called each time a stage asks for the credentials. */
  readonly onCredentials?: () => void;
}): PipelineDependencies {
  const secrets: SecretManagerApi = {
    access: (name) => {
      options.secretsRead?.push(name);
      const value = options.secrets?.[name.replace(/\/versions\/[^/]+$/, '')];
      if (value === '403' || value === '404')
        return Promise.reject(new SecretAccessError(`refused ${name}`, Number(value)));
      return Promise.resolve(value ?? options.secret);
    },
  };
  const credentials: Credentials = {
    source: 'fake',
    accessToken: () => Promise.resolve('fake-access-token'),
    idToken: () => Promise.resolve('fake-id-token'),
  };
  return {
    credentials: () => {
      options.onCredentials?.();
      return credentials;
    },
    cloudRun: () => ({ api: options.cloudRun.api, log: options.log, sleep: () => Promise.resolve() }),
    build: () => fakeBuildDependencies(options.log),
    secrets: () => secrets,
    smokeTransport: options.postgrest,
  };
}
