import { createHash, randomUUID } from 'node:crypto';
import { GoogleApiError, startGoogleApiServer } from './google-api-server.js';

type Json = Record<string, unknown>;

/** What a revision does once created. */
export interface RevisionOutcome {
  /** Milliseconds from creation until its Ready condition settles. */
  readyAfterMs: number;
  /** Undefined: Ready True. Otherwise Ready False with this reason and message. */
  failure?: { reason: string; message: string };
}

/** A request as the emulator received it. */
export interface RunRequest {
  readonly method: string;
  readonly url: string;
  readonly body: unknown;
  readonly at: number;
}

export interface CloudRunEmulatorOptions {
  /** The outcome of each new revision; default Ready after 100 ms. */
  revisionOutcome?: (revisionName: string, service: Json) => RevisionOutcome;
  /** Added to every response. */
  latencyMs?: number;
  /**
   * Where services and tags answer (default: the run.app forms); tests point them at a PostgREST stand-in, per
   * revision when they want revisions that answer differently (the revision's template is passed along).
   */
  urls?: {
    service: (name: string) => string;
    tag: (name: string, tag: string, revision: { name: string; template: Json }) => string;
  };
}

interface Revision {
  name: string;
  service: string;
  createdAt: number;
  outcome: RevisionOutcome;
  template: Json;
  generation: number;
}

interface Service {
  body: Json;
  generation: number;
  resourceVersion: string;
  uid: string;
  createdAt: string;
  /** Template generation of each revision created for it, in order. */
  revisions: string[];
  latestCreatedRevisionName: string;
  hash: string;
}

const clone = <T>(value: T): T => structuredClone(value);
const asRecord = (value: unknown): Json =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Json).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

/**
 * An emulator of the Cloud Run Admin API v1 (Knative serving.knative.dev/v1) for services and revisions: create,
 * get, replace (with resourceVersion conflicts), delete, list revisions (by service label, paged, newest first) and
 * delete them (refused while a traffic entry or tag names one, or it is the latest); generation and observedGeneration;
 * revisions named from the template or generated, progressing to Ready (or failing) after a configurable delay;
 * traffic resolved to revisions, with tag URLs; `?dryRun=all`; fault injection (bursts of error statuses, added
 * latency). Faithful enough for `gcloud run services replace`, `describe` and `update-traffic`.
 */
export async function startCloudRunEmulator(options: CloudRunEmulatorOptions = {}) {
  const services = new Map<string, Service>();
  const revisions = new Map<string, Revision>();
  const requests: RunRequest[] = [];
  const faults: { status: number; remaining: number }[] = [];
  let latencyMs = options.latencyMs ?? 0;
  let revisionOutcome = options.revisionOutcome ?? (() => ({ readyAfterMs: 100 }));
  let region = 'us-west1';
  const started = Date.now();

  const key = (namespace: string, name: string) => `${namespace}/${name}`;
  const serviceUrl = (name: string, hash: string) => `https://${name}-${hash}-uw.a.run.app`;

  const revisionReady = (revision: Revision): 'True' | 'False' | 'Unknown' => {
    if (Date.now() - revision.createdAt < revision.outcome.readyAfterMs) return 'Unknown';
    return revision.outcome.failure ? 'False' : 'True';
  };

  const revisionView = (namespace: string, revision: Revision): Json => {
    const ready = revisionReady(revision);
    const condition: Json = { type: 'Ready', status: ready, lastTransitionTime: new Date().toISOString() };
    if (ready === 'False' && revision.outcome.failure) {
      condition['reason'] = revision.outcome.failure.reason;
      condition['message'] = revision.outcome.failure.message;
    }
    return {
      apiVersion: 'serving.knative.dev/v1',
      kind: 'Revision',
      metadata: {
        name: revision.name,
        namespace,
        labels: {
          'serving.knative.dev/service': revision.service,
          'serving.knative.dev/configuration': revision.service,
          'serving.knative.dev/configurationGeneration': String(revision.generation),
        },
        annotations: asRecord(asRecord(revision.template['metadata'])['annotations']),
        generation: 1,
        // Whole seconds, as Cloud Run gives them: revisions created within one second share a timestamp.
        creationTimestamp: new Date(Math.floor(revision.createdAt / 1000) * 1000)
          .toISOString()
          .replace('.000Z', 'Z'),
      },
      spec: clone(asRecord(revision.template['spec'])),
      status: {
        observedGeneration: 1,
        conditions: [condition],
        logUrl: `https://console.cloud.google.com/logs?revision=${revision.name}`,
      },
    };
  };

  /** The service as the API returns it: what was sent, plus metadata and a status derived from the revisions. */
  const serviceView = (namespace: string, service: Service): Json => {
    const body = clone(service.body);
    const metadata = asRecord(body['metadata']);
    body['apiVersion'] = 'serving.knative.dev/v1';
    body['kind'] = 'Service';
    body['metadata'] = {
      ...metadata,
      namespace,
      uid: service.uid,
      generation: service.generation,
      resourceVersion: service.resourceVersion,
      creationTimestamp: service.createdAt,
      selfLink: `/apis/serving.knative.dev/v1/namespaces/${namespace}/services/${String(metadata['name'])}`,
    };
    const name = String(metadata['name']);
    const latest = revisions.get(key(namespace, service.latestCreatedRevisionName));
    const latestState = latest ? revisionReady(latest) : 'Unknown';
    const readyNames = service.revisions.filter((r) => {
      const revision = revisions.get(key(namespace, r));
      return revision ? revisionReady(revision) === 'True' : false;
    });
    const latestReady = readyNames.at(-1);
    const spec = asRecord(body['spec']);
    const traffic = (
      Array.isArray(spec['traffic']) ? spec['traffic'] : [{ latestRevision: true, percent: 100 }]
    ) as Json[];
    const url = options.urls?.service(name) ?? serviceUrl(name, service.hash);
    const statusTraffic = traffic.map((entry) => {
      const resolved: Json = { ...entry };
      if (entry['latestRevision'] === true)
        resolved['revisionName'] = latestReady ?? service.latestCreatedRevisionName;
      if (typeof entry['tag'] === 'string') {
        const revisionName = String(resolved['revisionName']);
        const template = revisions.get(key(namespace, revisionName))?.template ?? {};
        resolved['url'] =
          options.urls?.tag(name, entry['tag'], { name: revisionName, template }) ??
          `https://${entry['tag']}---${url.slice('https://'.length)}`;
      }
      if (resolved['percent'] === undefined) resolved['percent'] = 0;
      return resolved;
    });
    const failed = latest && latestState === 'False' ? latest.outcome.failure : undefined;
    const ready: Json = { type: 'Ready', status: latestState, lastTransitionTime: new Date().toISOString() };
    const configurations: Json = { type: 'ConfigurationsReady', status: latestState };
    if (failed && latest) {
      ready['reason'] = failed.reason;
      ready['message'] = `Revision '${latest.name}' is not ready and cannot serve traffic. ${failed.message}`;
      configurations['reason'] = failed.reason;
      configurations['message'] = ready['message'];
    }
    body['status'] = {
      // A status that is still being worked out reports the previous generation, as Cloud Run does.
      observedGeneration: latestState === 'Unknown' ? service.generation - 1 : service.generation,
      conditions: [
        ready,
        configurations,
        { type: 'RoutesReady', status: latestState === 'Unknown' ? 'Unknown' : 'True' },
      ],
      latestCreatedRevisionName: service.latestCreatedRevisionName,
      ...(latestReady ? { latestReadyRevisionName: latestReady } : {}),
      url,
      address: { url },
      traffic: statusTraffic,
    };
    return body;
  };

  const validate = (namespace: string, body: Json, name: string): void => {
    const metadata = asRecord(body['metadata']);
    if (metadata['name'] !== name)
      throw new GoogleApiError(400, `metadata.name must be "${name}"`, 'INVALID_ARGUMENT');
    if (metadata['namespace'] !== undefined && metadata['namespace'] !== namespace) {
      throw new GoogleApiError(400, `metadata.namespace must be "${namespace}"`, 'INVALID_ARGUMENT');
    }
    const template = asRecord(asRecord(body['spec'])['template']);
    const containers = asRecord(template['spec'])['containers'];
    if (!Array.isArray(containers) || containers.length === 0) {
      throw new GoogleApiError(
        400,
        'spec.template.spec.containers: at least one container is required',
        'INVALID_ARGUMENT',
      );
    }
    const revisionName = asRecord(template['metadata'])['name'];
    if (typeof revisionName === 'string' && !revisionName.startsWith(`${name}-`)) {
      throw new GoogleApiError(
        400,
        `spec.template.metadata.name: revision name must start with "${name}-"`,
        'INVALID_ARGUMENT',
      );
    }
    const traffic = asRecord(body['spec'])['traffic'];
    if (Array.isArray(traffic)) {
      const total = (traffic as Json[]).reduce(
        (sum, entry) => sum + (typeof entry['percent'] === 'number' ? entry['percent'] : 0),
        0,
      );
      if (traffic.length > 0 && total !== 100) {
        throw new GoogleApiError(
          400,
          `spec.traffic: traffic percentages must add up to 100, got ${String(total)}`,
          'INVALID_ARGUMENT',
        );
      }
      for (const entry of traffic as Json[]) {
        const target = entry['revisionName'];
        if (typeof target === 'string' && target !== revisionName && !revisions.has(key(namespace, target))) {
          throw new GoogleApiError(
            400,
            `spec.traffic: revision "${target}" does not exist`,
            'INVALID_ARGUMENT',
          );
        }
      }
    }
  };

  /** Knative's defaulting, as Cloud Run stores a service: no traffic block means all of it to the latest revision. */
  const withDefaults = (service: Json): Json => {
    const spec = asRecord(service['spec']);
    const traffic = spec['traffic'];
    if (Array.isArray(traffic) && traffic.length > 0) return service;
    return { ...service, spec: { ...spec, traffic: [{ latestRevision: true, percent: 100 }] } };
  };

  /** Create a revision when the template differs from the last one's; returns its name. */
  const reviseTemplate = (
    namespace: string,
    name: string,
    service: Service | undefined,
    body: Json,
  ): string | undefined => {
    const template = asRecord(asRecord(body['spec'])['template']);
    const previous = service ? revisions.get(key(namespace, service.latestCreatedRevisionName)) : undefined;
    if (previous && canonical(previous.template) === canonical(template)) return undefined;
    const given = asRecord(template['metadata'])['name'];
    let revisionName: string;
    if (typeof given === 'string') {
      if (revisions.has(key(namespace, given))) {
        throw new GoogleApiError(
          409,
          `Revision named '${given}' with different configuration already exists.`,
          'ALREADY_EXISTS',
        );
      }
      revisionName = given;
    } else {
      const count = (service?.revisions.length ?? 0) + 1;
      revisionName = `${name}-${String(count).padStart(5, '0')}-${randomUUID().slice(0, 3)}`;
    }
    const generation = (service?.generation ?? 0) + 1;
    revisions.set(key(namespace, revisionName), {
      name: revisionName,
      service: name,
      createdAt: Date.now(),
      outcome: revisionOutcome(revisionName, body),
      template: clone(template),
      generation,
    });
    return revisionName;
  };

  /**
   * The revisions of a namespace, newest first (as Cloud Run sorts them), filtered by `labelSelector`
   * (`serving.knative.dev/service=NAME`, spaces around `=` allowed, as gcloud sends it), paged by `limit` and
   * `continue` (the next page's token in `metadata.continue`).
   */
  const listRevisions = (namespace: string, params: URLSearchParams): Json => {
    const selector = params.get('labelSelector') ?? '';
    const service = /serving\.knative\.dev\/service\s*=\s*([^,\s]+)/.exec(selector)?.[1];
    const all = [...revisions.entries()]
      .filter(([k, r]) => k.startsWith(`${namespace}/`) && (!service || r.service === service))
      .map(([, r]) => r)
      .sort((a, b) => b.createdAt - a.createdAt || b.generation - a.generation);
    const start = Number(params.get('continue') ?? '0') || 0;
    const limit = Number(params.get('limit') ?? '0') || all.length;
    const page = all.slice(start, start + limit);
    const next = start + limit < all.length ? String(start + limit) : undefined;
    return {
      apiVersion: 'serving.knative.dev/v1',
      kind: 'RevisionList',
      items: page.map((r) => revisionView(namespace, r)),
      metadata: next ? { continue: next } : {},
    };
  };

  /** Why Cloud Run keeps `revision`: a traffic entry or tag of its service names it, or it is the latest. */
  const revisionInUse = (namespace: string, revision: Revision): string | undefined => {
    const service = services.get(key(namespace, revision.service));
    if (!service) return undefined;
    const view = serviceView(namespace, service);
    const status = asRecord(view['status']);
    const entries = [
      ...((asRecord(view['spec'])['traffic'] as Json[] | undefined) ?? []),
      ...((status['traffic'] as Json[] | undefined) ?? []),
    ].filter((entry) => entry['revisionName'] === revision.name);
    if (entries.some((entry) => typeof entry['percent'] === 'number' && entry['percent'] > 0)) {
      return `Revision "${revision.name}" cannot be directly deleted because it is actively serving.`;
    }
    const tag = entries.find((entry) => typeof entry['tag'] === 'string')?.['tag'];
    if (typeof tag === 'string') {
      return `Revision "${revision.name}" cannot be deleted because it is referenced by traffic tag "${tag}".`;
    }
    if (entries.length > 0 || status['latestCreatedRevisionName'] === revision.name) {
      return `Revision "${revision.name}" cannot be directly deleted because it is the latest revision of service "${revision.service}".`;
    }
    return undefined;
  };

  /** DELETE a revision as Cloud Run does: unknown 404, in use 400 FAILED_PRECONDITION, else gone (a Status). */
  const deleteRevision = (
    namespace: string,
    name: string,
    dryRun: boolean,
  ): { status: number; body: Json } => {
    const revision = revisions.get(key(namespace, name));
    if (!revision) {
      throw new GoogleApiError(
        404,
        `Resource '${name}' of kind 'REVISION' in region '${region}' in project '${namespace}' does not exist.`,
        'NOT_FOUND',
      );
    }
    const inUse = revisionInUse(namespace, revision);
    if (inUse) throw new GoogleApiError(400, inUse, 'FAILED_PRECONDITION');
    if (!dryRun) {
      revisions.delete(key(namespace, name));
      const service = services.get(key(namespace, revision.service));
      if (service) service.revisions = service.revisions.filter((r) => r !== name);
    }
    return { status: 200, body: { status: 'Success', details: { name, kind: 'revisions' } } };
  };

  const route = (method: string, url: URL, body: unknown): { status: number; body: Json } => {
    const match =
      /^\/apis\/serving\.knative\.dev\/v1\/namespaces\/([^/]+)\/(services|revisions)(?:\/([^/]+))?$/.exec(
        url.pathname,
      );
    if (!match) throw new GoogleApiError(404, `no such method: ${method} ${url.pathname}`, 'NOT_FOUND');
    const [, namespace = '', collection, name] = match;
    const dryRun = url.searchParams.get('dryRun') === 'all';
    if (collection === 'revisions') {
      if (method === 'GET' && name) {
        const revision = revisions.get(key(namespace, name));
        if (!revision)
          throw new GoogleApiError(
            404,
            `Resource '${name}' of kind 'REVISION' in region '${region}' in project '${namespace}' does not exist.`,
            'NOT_FOUND',
          );
        return { status: 200, body: revisionView(namespace, revision) };
      }
      if (method === 'GET') return { status: 200, body: listRevisions(namespace, url.searchParams) };
      if (method === 'DELETE' && name) return deleteRevision(namespace, name, dryRun);
      throw new GoogleApiError(405, `${method} on revisions is not supported`, 'METHOD_NOT_ALLOWED');
    }

    const existing = name ? services.get(key(namespace, name)) : undefined;
    if (method === 'GET' && name) {
      if (!existing)
        throw new GoogleApiError(
          404,
          `Resource '${name}' of kind 'SERVICE' in region '${region}' in project '${namespace}' does not exist.`,
          'NOT_FOUND',
        );
      return { status: 200, body: serviceView(namespace, existing) };
    }
    if (method === 'GET') {
      const items = [...services.entries()]
        .filter(([k]) => k.startsWith(`${namespace}/`))
        .map(([, s]) => serviceView(namespace, s));
      return {
        status: 200,
        body: { apiVersion: 'serving.knative.dev/v1', kind: 'ServiceList', items, metadata: {} },
      };
    }
    if (method === 'POST' && !name) {
      const service = asRecord(body);
      const given = asRecord(service['metadata'])['name'];
      const serviceName = typeof given === 'string' ? given : '';
      if (services.has(key(namespace, serviceName))) {
        throw new GoogleApiError(409, `Resource '${serviceName}' already exists.`, 'ALREADY_EXISTS');
      }
      validate(namespace, service, serviceName);
      if (dryRun) return { status: 200, body: service };
      delete service['status'];
      const created: Service = {
        body: withDefaults(service),
        generation: 1,
        resourceVersion: randomUUID(),
        uid: randomUUID(),
        createdAt: new Date().toISOString(),
        revisions: [],
        latestCreatedRevisionName: '',
        hash: createHash('sha256').update(`${namespace}/${serviceName}`).digest('hex').slice(0, 10),
      };
      const revisionName = reviseTemplate(namespace, serviceName, undefined, service);
      if (revisionName) {
        created.revisions.push(revisionName);
        created.latestCreatedRevisionName = revisionName;
      }
      services.set(key(namespace, serviceName), created);
      return { status: 200, body: serviceView(namespace, created) };
    }
    if (method === 'PUT' && name) {
      if (!existing)
        throw new GoogleApiError(
          404,
          `Resource '${name}' of kind 'SERVICE' in region '${region}' in project '${namespace}' does not exist.`,
          'NOT_FOUND',
        );
      const service = asRecord(body);
      validate(namespace, service, name);
      const sentVersion = asRecord(service['metadata'])['resourceVersion'];
      if (sentVersion !== undefined && sentVersion !== existing.resourceVersion) {
        throw new GoogleApiError(
          409,
          `Conflict for resource '${name}': version '${JSON.stringify(sentVersion)}' was specified but current version is '${existing.resourceVersion}'.`,
          'ABORTED',
        );
      }
      if (dryRun) return { status: 200, body: serviceView(namespace, { ...existing, body: service }) };
      delete service['status'];
      const revisionName = reviseTemplate(namespace, name, existing, service);
      const specChanged =
        canonical(asRecord(existing.body['spec'])) !== canonical(asRecord(withDefaults(service)['spec']));
      existing.body = withDefaults(service);
      if (specChanged) existing.generation += 1;
      existing.resourceVersion = randomUUID();
      if (revisionName) {
        existing.revisions.push(revisionName);
        existing.latestCreatedRevisionName = revisionName;
      }
      return { status: 200, body: serviceView(namespace, existing) };
    }
    if (method === 'DELETE' && name) {
      if (!existing)
        throw new GoogleApiError(404, `Resource '${name}' of kind 'SERVICE' does not exist.`, 'NOT_FOUND');
      services.delete(key(namespace, name));
      return {
        status: 200,
        body: { status: 'Success', details: { name, kind: 'services', uid: existing.uid } },
      };
    }
    throw new GoogleApiError(405, `${method} ${url.pathname} is not supported`, 'METHOD_NOT_ALLOWED');
  };

  const server = await startGoogleApiServer(({ method, url, body }) => route(method, url, body), {
    latencyMs: () => latencyMs,
    onRequest: (request) => {
      requests.push({
        method: request.method,
        url: request.path,
        body: request.body,
        at: Date.now() - started,
      });
      const fault = faults[0];
      if (fault) {
        fault.remaining -= 1;
        if (fault.remaining <= 0) faults.shift();
        throw new GoogleApiError(
          fault.status,
          'injected fault',
          fault.status === 429 ? 'RESOURCE_EXHAUSTED' : 'UNAVAILABLE',
        );
      }
    },
  });
  const { port } = server;
  return {
    /** The endpoint override (`CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN`): gcloud prefixes the region to this host. */
    url: `http://localhost:${String(port)}/`,
    requests,
    /** The service as GET returns it, or undefined. */
    service: (namespace: string, name: string) => {
      const service = services.get(key(namespace, name));
      return service ? serviceView(namespace, service) : undefined;
    },
    revisionCount: () => revisions.size,
    /** The names of a service's revisions, oldest first. */
    revisionNames: (namespace: string, service: string) =>
      [...revisions.entries()]
        .filter(([k, r]) => k.startsWith(`${namespace}/`) && r.service === service)
        .map(([, r]) => r)
        .sort((a, b) => a.createdAt - b.createdAt || a.generation - b.generation)
        .map((r) => r.name),
    /** When a revision's Ready condition settles (ms since the epoch), or undefined. */
    revisionSettlesAt: (namespace: string, name: string) => {
      const revision = revisions.get(key(namespace, name));
      return revision ? revision.createdAt + revision.outcome.readyAfterMs : undefined;
    },
    /** The next `count` requests fail with `status`. */
    injectFaults: (status: number, count: number) => {
      faults.push({ status, remaining: count });
    },
    setLatency: (ms: number) => {
      latencyMs = ms;
    },
    setRevisionOutcome: (outcome: (revisionName: string, service: Json) => RevisionOutcome) => {
      revisionOutcome = outcome;
    },
    setRegion: (name: string) => {
      region = name;
    },
    close: server.close,
  };
}

export type CloudRunEmulator = Awaited<ReturnType<typeof startCloudRunEmulator>>;
