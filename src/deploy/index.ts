// The deploy stage: a new revision with no traffic (tags kept), then promote, roll back or remove a tag — each a
// read, a merge from what the service has now, at most one PUT, and a wait until Cloud Run has settled.
import { createHash } from 'node:crypto';
import type { CloudRunApi, Resource } from './api.js';
import { cloudRunApi, runBaseUrl } from './api.js';
import { createApiClient } from '../gcp/http.js';
import type { CurrentTraffic, TrafficTarget } from './traffic.js';
import { noTrafficDeploy, pinTraffic, promote, sameTraffic, withoutTag } from './traffic.js';

/** The template annotation holding the digest of what was deployed, to recognise an unchanged redeploy. */
export const TEMPLATE_DIGEST_ANNOTATION = 'pgrst-cloudrun.github.io/template-sha256';

/** A DNS label: what revision names and tags must be. */
const DNS_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/** Where and how to deploy. */
export interface DeployTarget {
  readonly projectId: string;
  readonly region: string;
  /** The service name (`metadata.name` of the spec). */
  readonly service: string;
  /** How long to wait for Ready, in ms. */
  readonly waitTimeoutMs: number;
}

/** What the stage needs from the outside. */
export interface DeployDependencies {
  readonly api: CloudRunApi;
  readonly log: (line: string) => void;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
}

/**
 * The real dependencies: one authorised client (the token from `accessToken`, already masked), the endpoint from
 * `CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN` as given or the region's, and an overall deadline for every request of
 * the stage: the wait timeout plus a minute for the reads and writes around it.
 */
export function defaultDeployDependencies(
  target: DeployTarget,
  env: NodeJS.ProcessEnv,
  accessToken: () => Promise<string>,
  log: (line: string) => void,
): DeployDependencies {
  const request = createApiClient({ accessToken, deadline: Date.now() + target.waitTimeoutMs + 60_000 });
  const api = cloudRunApi(
    request,
    runBaseUrl(target.region, env['CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN']),
    target.projectId,
  );
  return { api, log };
}

/** The outcome of a deploy or a traffic change. */
export interface DeployResult {
  /** The revision this run deployed (or found unchanged). */
  readonly revision: string;
  readonly serviceUrl: string;
  /** The URL of `tag` on this revision, from `status.traffic[].url` for that exact tag. */
  readonly tagUrl?: string;
  /** False when nothing was sent: the same template and traffic were already there. */
  readonly changed: boolean;
  /** True when the service did not exist before (it then gets 100 % of its traffic). */
  readonly created: boolean;
  /** The traffic before this run, pinned to revisions: what a rollback restores. */
  readonly before?: CurrentTraffic;
}

/** A deploy that did not reach Ready: the message carries the reason Cloud Run gives. */
export class DeployError extends Error {
  override name = 'DeployError';
}

/**
 * The revision-name suffix of one deploy: short digest of the image, then the workflow run number and attempt
 * (unique per deploy in a repository) or, outside a workflow, the time in seconds (base 36).
 */
export function revisionSuffix(input: {
  readonly service: string;
  readonly imageDigest?: string;
  readonly runNumber?: string;
  readonly runAttempt?: string;
  readonly now: number;
}): string {
  const unique = input.runNumber
    ? `${input.runNumber}-${input.runAttempt ?? '1'}`
    : Math.floor(input.now / 1000).toString(36);
  const hex = (input.imageDigest ?? '').replace(/^sha256:/, '').replace(/[^0-9a-f]/g, '');
  // {service}-{hex}-{unique} must fit a DNS label: shorten the digest part first, down to 4 digits.
  const room = 63 - input.service.length - unique.length - 2;
  const suffix = hex && room >= 4 ? `${hex.slice(0, Math.min(7, room))}-${unique}` : unique;
  const name = `${input.service}-${suffix}`;
  if (name.length > 63 || !DNS_LABEL.test(name)) {
    throw new Error(
      `revision name "${name}" is not a DNS label of at most 63 characters: shorten the service name`,
    );
  }
  return suffix;
}

const record = (value: unknown): Resource =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Resource) : {};
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The template, minus what changes on every run without changing the revision (its name, our annotation). */
export function templateDigest(template: Resource): string {
  const metadata = { ...record(template['metadata']) };
  delete metadata['name'];
  metadata['annotations'] = Object.fromEntries(
    Object.entries(record(metadata['annotations'])).filter(([key]) => key !== TEMPLATE_DIGEST_ANNOTATION),
  );
  const canonical = JSON.stringify({ ...template, metadata }, (_, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Resource).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  );
  return createHash('sha256').update(canonical).digest('hex');
}

/** What a traffic planner needs, read from a service as the API returns it. */
export function currentTraffic(service: Resource): CurrentTraffic {
  const spec = record(service['spec']);
  const status = record(service['status']);
  const latestReady = text(status['latestReadyRevisionName']);
  return {
    spec: Array.isArray(spec['traffic']) ? (spec['traffic'] as TrafficTarget[]) : undefined,
    status: Array.isArray(status['traffic']) ? (status['traffic'] as TrafficTarget[]) : [],
    ...(latestReady ? { latestReadyRevisionName: latestReady } : {}),
  };
}

function statusOf(service: Resource) {
  const status = record(service['status']);
  const conditions = Array.isArray(status['conditions']) ? (status['conditions'] as Resource[]) : [];
  const ready = conditions.find((c) => c['type'] === 'Ready');
  return {
    settled:
      status['observedGeneration'] === record(service['metadata'])['generation'] &&
      (ready?.['status'] === 'True' || ready?.['status'] === 'False'),
    ready: text(ready?.['status']) ?? 'Unknown',
    reason: text(ready?.['reason']),
    message: text(ready?.['message']),
    url: text(status['url']) ?? '',
    traffic: Array.isArray(status['traffic'])
      ? (status['traffic'] as TrafficTarget[] & { url?: string }[])
      : [],
    latestCreated: text(status['latestCreatedRevisionName']),
  };
}

/**
 * Poll the service until Cloud Run has acted on its latest generation and Ready is True or False: the first poll
 * after 250 ms, then each 1.25 times later, at most 5 s apart, until `timeoutMs`. On False, the error carries the
 * service's reason and message and the failing revision's own condition.
 */
export async function waitForReady(
  name: string,
  timeoutMs: number,
  deps: DeployDependencies,
): Promise<Resource> {
  const sleep = deps.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = deps.now ?? Date.now;
  const deadline = now() + timeoutMs;
  let delay = 250;
  let last: Resource | undefined;
  for (;;) {
    await sleep(Math.min(delay, Math.max(0, deadline - now())));
    last = await deps.api.getService(name);
    if (!last) throw new DeployError(`service ${name} disappeared while waiting for it to become ready`);
    const state = statusOf(last);
    if (state.settled && state.ready === 'True') return last;
    if (state.settled) {
      const revision = state.latestCreated ? await deps.api.getRevision(state.latestCreated) : undefined;
      const revisionReady = (record(revision?.['status'])['conditions'] as Resource[] | undefined)?.find(
        (c) => c['type'] === 'Ready',
      );
      const revisionDetail = revisionReady
        ? `; revision ${state.latestCreated ?? ''} Ready=${text(revisionReady['status']) ?? '?'}${
            text(revisionReady['reason']) ? ` (${text(revisionReady['reason']) ?? ''})` : ''
          }: ${text(revisionReady['message']) ?? 'no message'}`
        : '';
      throw new DeployError(
        `service ${name} is not ready: ${state.reason ?? 'Ready=False'}: ${state.message ?? 'no message'}${revisionDetail}`,
      );
    }
    if (now() >= deadline) {
      throw new DeployError(
        `service ${name} did not become ready within ${String(Math.round(timeoutMs / 1000))} s (Ready=${state.ready}${
          state.message ? `: ${state.message}` : ''
        }); revision ${state.latestCreated ?? 'unknown'}; raise wait_timeout or check the revision's logs`,
      );
    }
    delay = Math.min(5000, Math.round(delay * 1.25));
  }
}

/** The URL of `tag` on `revision`, read from status (never another entry's: it may be another PR's). */
function tagUrlOf(service: Resource, revision: string, tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const entry = statusOf(service).traffic.find((t) => t.tag === tag && t.revisionName === revision) as
    { url?: string } | undefined;
  return entry?.url;
}

/** The result as `service` shows it once `revision` is in place: its URL, and the URL of `tag` on that revision. */
function resultFrom(
  service: Resource,
  revision: string,
  tag: string | undefined,
  facts: Pick<DeployResult, 'changed' | 'created' | 'before'>,
): DeployResult {
  const tagUrl = tagUrlOf(service, revision, tag);
  return { revision, serviceUrl: statusOf(service).url, ...(tagUrl ? { tagUrl } : {}), ...facts };
}

/**
 * Replace the service with `build(current)`, re-reading and rebuilding once when someone else changed it in
 * between (409). `sent` is undefined when `build` says nothing needs sending; `current` is the service as last read
 * (`read`, when given, is used for the first attempt instead of reading again).
 */
async function replaceWithRetry(
  name: string,
  build: (current: Resource) => Resource | undefined,
  deps: DeployDependencies,
  read?: Resource,
): Promise<{ sent?: Resource; current: Resource }> {
  for (let attempt = 1; ; attempt += 1) {
    const current = attempt === 1 && read ? read : await deps.api.getService(name);
    if (!current) throw new DeployError(`service ${name} does not exist`);
    const desired = build(current);
    if (!desired) return { current };
    const resourceVersion = text(record(current['metadata'])['resourceVersion']);
    const body = {
      ...desired,
      metadata: { ...record(desired['metadata']), ...(resourceVersion ? { resourceVersion } : {}) },
    };
    const answer = await deps.api.replaceService(name, body);
    if (answer !== 'conflict') return { sent: answer, current };
    if (attempt === 2) {
      throw new DeployError(
        `service ${name} was changed by someone else twice while this run was replacing it (HTTP 409, resourceVersion ${resourceVersion ?? '?'}): re-run when the other deploy is done`,
      );
    }
    deps.log(`service ${name} changed meanwhile (409): reading it again`);
  }
}

/**
 * Deploy the rendered `service` as a new revision with no traffic (and `tag` on it, if given), keeping every
 * existing traffic entry and tag; or, for a service that does not exist yet, create it (100 % to the revision).
 * An unchanged template with the same traffic sends nothing.
 */
export async function deployRevision(
  service: Resource,
  target: DeployTarget,
  options: { readonly revisionSuffix: string; readonly tag?: string },
  deps: DeployDependencies,
): Promise<DeployResult> {
  const name = target.service;
  const specName = record(service['metadata'])['name'];
  if (specName !== name) {
    throw new Error(
      `the spec's metadata.name is ${JSON.stringify(specName)}, but the service to deploy is "${name}": make them agree`,
    );
  }
  if (options.tag !== undefined && !DNS_LABEL.test(options.tag)) {
    throw new Error(`tag "${options.tag}" is not a DNS label (lower-case letters, digits and -)`);
  }
  const spec = record(service['spec']);
  const template = record(spec['template']);
  const templateMetadata = record(template['metadata']);
  const revision = text(templateMetadata['name']) ?? `${name}-${options.revisionSuffix}`;
  const digest = templateDigest(template);
  const pinnedTemplate = {
    ...template,
    metadata: {
      ...templateMetadata,
      name: revision,
      annotations: { ...record(templateMetadata['annotations']), [TEMPLATE_DIGEST_ANNOTATION]: digest },
    },
  };
  const metadata: Resource = Object.fromEntries(
    Object.entries({ ...record(service['metadata']), namespace: target.projectId }).filter(
      ([key]) => key !== 'resourceVersion',
    ),
  );

  const existing = await deps.api.getService(name);
  if (!existing) {
    const traffic = noTrafficDeploy(undefined, revision, options.tag);
    deps.log(
      `creating service ${name} with revision ${revision} (a new service starts with 100 % of its traffic)`,
    );
    await deps.api.createService({
      ...service,
      metadata,
      spec: { ...spec, template: pinnedTemplate, traffic },
    });
    const ready = await waitForReady(name, target.waitTimeoutMs, deps);
    return resultFrom(ready, revision, options.tag, { changed: true, created: true });
  }

  const before = currentTraffic(existing);
  let deployed = revision;
  const { sent } = await replaceWithRetry(
    name,
    (current) => {
      const currentTemplate = record(record(current['spec'])['template']);
      const currentMetadata = record(currentTemplate['metadata']);
      // The annotation records what this action last sent; the template itself comes back with server defaults.
      const unchanged = record(currentMetadata['annotations'])[TEMPLATE_DIGEST_ANNOTATION] === digest;
      // An unchanged template keeps its revision (and name): no new revision, only traffic may change.
      deployed = unchanged
        ? (text(currentMetadata['name']) ?? statusOf(current).latestCreated ?? revision)
        : revision;
      const traffic = noTrafficDeploy(currentTraffic(current), deployed, options.tag);
      const currentSpecTraffic = currentTraffic(current).spec;
      if (unchanged && sameTraffic(currentSpecTraffic, traffic)) return undefined;
      return {
        ...service,
        metadata,
        spec: { ...spec, template: unchanged ? currentTemplate : pinnedTemplate, traffic },
      };
    },
    deps,
  );
  if (!sent) {
    deps.log(
      `service ${name}: revision ${deployed} already has this template and traffic: nothing to deploy`,
    );
    return resultFrom(existing, deployed, options.tag, { changed: false, created: false, before });
  }
  deps.log(
    `service ${name}: revision ${deployed} deployed with no traffic${options.tag ? ` and tag ${options.tag}` : ''}`,
  );
  const ready = await waitForReady(name, target.waitTimeoutMs, deps);
  return resultFrom(ready, deployed, options.tag, { changed: true, created: false, before });
}

/** Apply a traffic change computed from the service as it is now; wait for it. Nothing is sent when it is a no-op. */
async function changeTraffic(
  target: DeployTarget,
  plan: (current: Resource) => TrafficTarget[],
  deps: DeployDependencies,
): Promise<{ changed: boolean; service: Resource }> {
  const { sent, current } = await replaceWithRetry(
    target.service,
    (current) => {
      const traffic = plan(current);
      if (sameTraffic(currentTraffic(current).spec, traffic)) return undefined;
      const rest = Object.fromEntries(Object.entries(current).filter(([key]) => key !== 'status'));
      return { ...rest, spec: { ...record(current['spec']), traffic } };
    },
    deps,
  );
  if (!sent) return { changed: false, service: current };
  return { changed: true, service: await waitForReady(target.service, target.waitTimeoutMs, deps) };
}

/** Send 100 % of the traffic to `revision`; every tag stays where it is. */
export async function promoteRevision(target: DeployTarget, revision: string, deps: DeployDependencies) {
  const { changed, service } = await changeTraffic(
    target,
    (current) => promote(currentTraffic(current), revision),
    deps,
  );
  deps.log(
    changed
      ? `service ${target.service}: 100 % of traffic on ${revision}`
      : `service ${target.service}: ${revision} already serves 100 %`,
  );
  return { changed, serviceUrl: statusOf(service).url };
}

/** Put the traffic back exactly as it was before this run (`before` from {@link deployRevision}). */
export async function rollbackTraffic(
  target: DeployTarget,
  before: CurrentTraffic,
  deps: DeployDependencies,
) {
  const traffic = pinTraffic(before);
  const { changed } = await changeTraffic(target, () => traffic, deps);
  deps.log(
    changed
      ? `service ${target.service}: traffic restored as before this run`
      : `service ${target.service}: traffic was unchanged`,
  );
  return { changed };
}

/** Remove `tag` (a preview's cleanup) and nothing else. */
export async function removeTag(target: DeployTarget, tag: string, deps: DeployDependencies) {
  const { changed } = await changeTraffic(
    target,
    (current) => withoutTag(currentTraffic(current).spec ?? [{ latestRevision: true, percent: 100 }], tag),
    deps,
  );
  deps.log(
    changed
      ? `service ${target.service}: tag ${tag} removed`
      : `service ${target.service}: no tag ${tag} to remove`,
  );
  return { changed };
}

/**
 * Ask Cloud Run to validate `service` without changing anything (`?dryRun=all`): a create when the service does not
 * exist, else a replace. Returns Cloud Run's refusal as an error, like a real deploy would.
 */
export async function validateServerSide(
  service: Resource,
  target: DeployTarget,
  deps: DeployDependencies,
): Promise<void> {
  const metadata = { ...record(service['metadata']), namespace: target.projectId };
  const existing = await deps.api.getService(target.service);
  if (!existing) {
    await deps.api.createService({ ...service, metadata }, { dryRun: true });
  } else {
    const resourceVersion = text(record(existing['metadata'])['resourceVersion']);
    const answer = await deps.api.replaceService(
      target.service,
      { ...service, metadata: { ...metadata, ...(resourceVersion ? { resourceVersion } : {}) } },
      { dryRun: true },
    );
    if (answer === 'conflict')
      throw new DeployError(`service ${target.service} changed during the dry run (409): run it again`);
  }
  deps.log(`Cloud Run accepts the service ${target.service} (dry run: nothing changed)`);
}
