// The deploy stage: a new revision with no traffic under a tag of this run's own (other entries and tags kept), then
// promote it, roll back what this run did, or remove a tag. Every write is a compare-and-set on
// `metadata.resourceVersion`, planned from a fresh read of the service; a write whose answer was lost is settled
// by reading the service again, never assumed lost or unchanged.
import type { CloudRunApi, Resource, WriteOutcome } from './api.js';
import { cloudRunApi, runBaseUrl } from './api.js';
import { createApiClient } from '../gcp/http.js';
import type { PreviewPolicy } from './preview-guard.js';
import { previewWidenings } from './preview-guard.js';
import type { Readiness } from './service-state.js';
import {
  DNS_LABEL,
  SERVICE_DIGEST_ANNOTATION,
  TEMPLATE_DIGEST_ANNOTATION,
  currentTraffic,
  readinessOf,
  record,
  serviceSettingsDigest,
  statusOf,
  tagUrlOf,
  templateDigest,
  templateOf,
  text,
} from './service-state.js';
import type { Allocation, TrafficTarget } from './traffic.js';
import {
  allocationOf,
  describeAllocation,
  noTrafficDeploy,
  pinTraffic,
  promote,
  sameAllocation,
  sameTraffic,
  withoutTag,
} from './traffic.js';

export type { CloudRunApi, Resource } from './api.js';
export { cloudRunApi, runBaseUrl } from './api.js';
export type { PreviewAllowance, PreviewPolicy } from './preview-guard.js';
export { PREVIEW_ALLOWANCES } from './preview-guard.js';
export {
  RUN_TAG_PREFIX,
  SERVICE_DIGEST_ANNOTATION,
  TAG_AND_SERVICE_MAX,
  TAG_MIN,
  TEMPLATE_DIGEST_ANNOTATION,
  isRunTag,
  revisionSuffix,
  runTag,
} from './service-state.js';

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

/** How many times a write is planned and sent again after another writer got in first or its answer was lost. */
const WRITE_ATTEMPTS = 4;

/**
 * The real dependencies of one step of the stage (deploy, promote, roll back): one authorised client (the token
 * from `accessToken`, already masked), the endpoint from `CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN` as given or the
 * region's, and `budgetMs` for every request of that step — each step has a budget of its own, so a slow one never
 * leaves the next without time to roll back.
 */
export function defaultDeployDependencies(
  target: DeployTarget,
  env: NodeJS.ProcessEnv,
  accessToken: () => Promise<string>,
  log: (line: string) => void,
  budgetMs: number,
  now: () => number = Date.now,
): DeployDependencies {
  const request = createApiClient({ accessToken, deadline: now() + budgetMs, now });
  const api = cloudRunApi(
    request,
    runBaseUrl(target.region, env['CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN']),
    target.projectId,
  );
  return { api, log };
}

/** The outcome of a deploy. */
export interface DeployResult {
  /** The revision this run deployed (or found unchanged). */
  readonly revision: string;
  readonly serviceUrl: string;
  /** The URL of the run's tag on this revision, from `status.traffic[].url` for that exact tag and revision. */
  readonly tagUrl?: string;
  /**
   * The URL that reaches this revision and no other: its tag's URL, or the service URL when nothing was sent
   * because the revision already serves all the traffic.
   */
  readonly smokeUrl?: string;
  /** True when this run created a revision or changed the service's settings. */
  readonly changed: boolean;
  /** True when the service did not exist before (it then gets 100 % of its traffic). */
  readonly created: boolean;
  /** The run's tag, when this run put it on the revision (and so removes it when it ends). */
  readonly tag?: string;
  /** Which revision served what right after this run's write: promote goes ahead only while that still holds. */
  readonly left: Allocation;
  /** The service as last read, with the revision Ready: promote starts from it. */
  readonly service: Resource;
}

/** A deploy or traffic change that did not happen as planned; the message says why and what state was left. */
export class DeployError extends Error {
  override name = 'DeployError';
}

/** What a write is meant to do, planned from the service as read. */
interface PlannedWrite<T> {
  /** The body to PUT, without resourceVersion (added from the read). Absent: nothing needs sending. */
  readonly body?: Resource;
  /** Whether a fresh read shows this write applied (its answer may have been lost). */
  readonly landed: (fresh: Resource) => Promise<boolean> | boolean;
  /** What the caller learns once the write is settled (or when nothing was sent). */
  readonly result: T;
}

const withoutStatus = (service: Resource): Resource =>
  Object.fromEntries(Object.entries(service).filter(([key]) => key !== 'status'));

/**
 * Compare-and-set: plan a change from the service as read, PUT it with that read's resourceVersion, and settle the
 * outcome. A stale version (someone else wrote first) is read and planned again; an answer that never came is
 * settled by reading again — applied, or planned and sent again. `plan` may throw to refuse what it reads.
 */
async function replaceSettled<T>(
  name: string,
  first: Resource,
  plan: (current: Resource) => PlannedWrite<T>,
  deps: DeployDependencies,
): Promise<{ result: T; sent: boolean; service: Resource }> {
  let current = first;
  for (let attempt = 1; attempt <= WRITE_ATTEMPTS; attempt += 1) {
    const planned = plan(current);
    if (!planned.body) return { result: planned.result, sent: false, service: current };
    const resourceVersion = statusOf(current).resourceVersion;
    const body = {
      ...planned.body,
      metadata: { ...record(planned.body['metadata']), ...(resourceVersion ? { resourceVersion } : {}) },
    };
    const outcome: WriteOutcome = await deps.api.replaceService(name, body);
    if (outcome.kind === 'done') return { result: planned.result, sent: true, service: outcome.service };
    const fresh = await deps.api.getService(name);
    if (!fresh) throw new DeployError(`service ${name} was deleted while this run was changing it`);
    if (await planned.landed(fresh)) {
      deps.log(
        `service ${name}: the write's answer was lost (${outcome.message}), but the service shows it applied`,
      );
      return { result: planned.result, sent: true, service: fresh };
    }
    if (outcome.kind === 'exists') {
      throw new DeployError(
        `service ${name}: Cloud Run refused the write as a name collision (ALREADY_EXISTS: ${outcome.message}): the pinned revision name is taken by another revision; set another revision_suffix, or let the action derive one`,
      );
    }
    deps.log(
      outcome.kind === 'stale'
        ? `service ${name} was changed by someone else meanwhile (HTTP 409): reading it again`
        : `service ${name}: no answer to the write (${outcome.message}), and it did not apply: sending it again`,
    );
    current = fresh;
  }
  throw new DeployError(
    `service ${name} kept changing under this run (${String(WRITE_ATTEMPTS)} attempts, each answered HTTP 409 or lost): re-run when the other deploy is done`,
  );
}

/** The spec's template pinned to `revision`, with the digest that recognises it on the next run. */
function pinTemplate(template: Resource, revision: string, digest: string): Resource {
  const metadata = record(template['metadata']);
  return {
    ...template,
    metadata: {
      ...metadata,
      name: revision,
      annotations: { ...record(metadata['annotations']), [TEMPLATE_DIGEST_ANNOTATION]: digest },
    },
  };
}

/** Whether a revision named `revision` exists with this template digest (ours, not a namesake). */
async function revisionExists(revision: string, digest: string, deps: DeployDependencies): Promise<boolean> {
  const found = await deps.api.getRevision(revision);
  return (
    found !== undefined &&
    text(record(record(found['metadata'])['annotations'])[TEMPLATE_DIGEST_ANNOTATION]) === digest
  );
}

/** How a deploy changes an existing service. */
export interface DeployOptions {
  readonly revisionSuffix: string;
  /** This run's tag: the per-run tag of a deploy, or a preview's tag. */
  readonly tag?: string;
  /** A preview keeps the service's own settings and may not widen what runs under its identity. */
  readonly preview?: PreviewPolicy;
}

/**
 * Deploy the rendered `service` as a new revision with no traffic, tagged `tag`, keeping every other traffic entry
 * and tag; or, for a service that does not exist yet, create it (100 % to the revision). Nothing is sent when the
 * service already has this template and settings, the revision is Ready and serves all traffic (a deploy) or
 * already carries the tag (a preview). Waits until the revision is Ready and its tag routed; a revision that fails
 * loses the tag again, and the error says so.
 */
export async function deployRevision(
  service: Resource,
  target: DeployTarget,
  options: DeployOptions,
  deps: DeployDependencies,
): Promise<DeployResult> {
  const name = target.service;
  const { tag, preview } = options;
  const specMetadata = record(service['metadata']);
  if (specMetadata['name'] !== name) {
    throw new Error(
      `the spec's metadata.name is ${JSON.stringify(specMetadata['name'])}, but the service to deploy is "${name}": make them agree`,
    );
  }
  if (tag !== undefined && !DNS_LABEL.test(tag)) {
    throw new Error(`tag "${tag}" is not a DNS label (lower-case letters, digits and -)`);
  }
  const template = record(record(service['spec'])['template']);
  const revision = text(record(template['metadata'])['name']) ?? `${name}-${options.revisionSuffix}`;
  const digest = templateDigest(template);
  const pinned = pinTemplate(template, revision, digest);
  const settings = serviceSettingsDigest(specMetadata);
  // The spec's own settings, as a deploy sends them: Cloud Run adds its own labels and annotations to what it stores.
  const ownMetadata: Resource = {
    ...Object.fromEntries(Object.entries(specMetadata).filter(([key]) => key !== 'resourceVersion')),
    namespace: target.projectId,
    annotations: { ...record(specMetadata['annotations']), [SERVICE_DIGEST_ANNOTATION]: settings },
  };

  let existing = await deps.api.getService(name);
  if (!existing && preview) {
    throw new DeployError(
      `service ${name} does not exist: a preview is deployed beside production, never in its place; deploy the service first (without preview_tag)`,
    );
  }
  if (!existing) {
    const created = await createService(
      {
        ...service,
        metadata: ownMetadata,
        spec: { template: pinned, traffic: noTrafficDeploy(undefined, revision, tag) },
      },
      { name, revision, digest },
      deps,
    );
    if (created === 'created') {
      const traffic = noTrafficDeploy(undefined, revision, tag);
      return settleRevision(target, revision, tag, deps, {
        changed: true,
        created: true,
        tagged: tag !== undefined,
        left: allocationOf(traffic),
      });
    }
    existing = created;
  }

  if (preview) {
    const problems = previewWidenings(await productionTemplates(existing, deps), template, preview);
    if (problems.length > 0) {
      throw new DeployError(
        `the preview would widen what runs under production's identity, so nothing was deployed:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      );
    }
  }

  const { result, sent } = await replaceSettled(
    name,
    existing,
    (current) => planDeploy(current, { revision, digest, pinned, ownMetadata, settings, tag, preview }, deps),
    deps,
  );
  if (!sent) {
    deps.log(
      `service ${name}: revision ${result.revision} already has this template and settings: nothing sent`,
    );
    const status = statusOf(existing);
    const smokeUrl = result.via === 'service' ? status.url : tagUrlOf(existing, result.revision, tag);
    return {
      revision: result.revision,
      serviceUrl: status.url,
      ...(tag && result.via === 'tag' && smokeUrl ? { tagUrl: smokeUrl } : {}),
      ...(smokeUrl ? { smokeUrl } : {}),
      changed: false,
      created: false,
      left: allocationOf(pinTraffic(currentTraffic(existing))),
      service: existing,
    };
  }
  deps.log(
    result.changed
      ? `service ${name}: ${result.newRevision ? `revision ${result.revision} deployed` : 'settings changed'} with no traffic${tag ? `, tag ${tag}` : ''}`
      : `service ${name}: tag ${tag ?? ''} put on revision ${result.revision} (template and settings unchanged)`,
  );
  return settleRevision(target, result.revision, tag, deps, {
    changed: result.changed,
    created: false,
    tagged: tag !== undefined,
    left: result.left,
  });
}

/**
 * The templates of the revisions serving the service's traffic now (what production runs), read from the revisions
 * themselves: the service's own template may be the last preview's.
 */
async function productionTemplates(service: Resource, deps: DeployDependencies): Promise<Resource[]> {
  const serving = [...allocationOf(pinTraffic(currentTraffic(service))).keys()];
  const revisions = await Promise.all(serving.map((revision) => deps.api.getRevision(revision)));
  const templates = revisions.flatMap((revision) =>
    revision ? [{ metadata: record(revision['metadata']), spec: record(revision['spec']) }] : [],
  );
  return templates.length > 0 ? templates : [templateOf(service).template];
}

/**
 * Create the service. Returns `created` once it is (also when the answer was lost but a read shows it with this
 * revision), or the service someone else created meanwhile, to deploy onto.
 */
async function createService(
  body: Resource,
  expected: { readonly name: string; readonly revision: string; readonly digest: string },
  deps: DeployDependencies,
): Promise<'created' | Resource> {
  const { name, revision, digest } = expected;
  for (let attempt = 1; attempt <= WRITE_ATTEMPTS; attempt += 1) {
    deps.log(
      `creating service ${name} with revision ${revision} (a new service starts with 100 % of its traffic)`,
    );
    const outcome = await deps.api.createService(body);
    if (outcome.kind === 'done') return 'created';
    const fresh = await deps.api.getService(name);
    if (
      fresh &&
      (templateOf(fresh).revision === revision || (await revisionExists(revision, digest, deps)))
    ) {
      deps.log(
        `service ${name}: the create's answer was lost (${outcome.message}), but the service exists with ${revision}`,
      );
      return 'created';
    }
    if (fresh) {
      deps.log(`service ${name} was created by someone else meanwhile: deploying onto it`);
      return fresh;
    }
    deps.log(
      `service ${name}: no answer to the create (${outcome.message}), and it does not exist: sending it again`,
    );
  }
  throw new DeployError(
    `service ${name} could not be created: ${String(WRITE_ATTEMPTS)} attempts went unanswered`,
  );
}

interface DeployPlan {
  readonly revision: string;
  readonly newRevision: boolean;
  readonly changed: boolean;
  /** What reaches the revision when nothing is sent: the service URL (it serves all traffic) or the tag. */
  readonly via: 'service' | 'tag';
  readonly left: Allocation;
}

/** The write a deploy makes to `current`, or none: see {@link deployRevision}. */
function planDeploy(
  current: Resource,
  desired: {
    readonly revision: string;
    readonly digest: string;
    readonly pinned: Resource;
    readonly ownMetadata: Resource;
    readonly settings: string;
    readonly tag: string | undefined;
    readonly preview: PreviewPolicy | undefined;
  },
  deps: DeployDependencies,
): PlannedWrite<DeployPlan> {
  const { revision, digest, pinned, ownMetadata, settings, tag, preview } = desired;
  const now = templateOf(current);
  // The revision of an unchanged template is reused only when it is Ready: a failed one is deployed afresh.
  const reuse =
    now.digest === digest && now.revision !== undefined && statusOf(current).latestReady === now.revision;
  const deployed = reuse && now.revision ? now.revision : revision;
  const sameSettings =
    preview !== undefined ||
    text(record(record(current['metadata'])['annotations'])[SERVICE_DIGEST_ANNOTATION]) === settings;
  const traffic: TrafficTarget[] = noTrafficDeploy(currentTraffic(current), deployed, tag);
  const left = allocationOf(traffic);
  const result = { revision: deployed, newRevision: !reuse, changed: !reuse || !sameSettings, left };

  if (reuse && sameSettings) {
    const serving = allocationOf(pinTraffic(currentTraffic(current)));
    if (!preview && sameAllocation(serving, new Map([[deployed, 100]]))) {
      return { landed: () => true, result: { ...result, via: 'service', left: serving } };
    }
    if (preview && sameTraffic(currentTraffic(current).spec, traffic)) {
      return { landed: () => true, result: { ...result, via: 'tag', left: serving } };
    }
  }
  // A preview keeps the service's settings as the server has them; only the template and its own entry change.
  const metadata = preview ? record(current['metadata']) : ownMetadata;
  const body: Resource = {
    apiVersion: 'serving.knative.dev/v1',
    kind: 'Service',
    metadata,
    spec: { template: reuse ? now.template : pinned, traffic },
  };
  const landed = async (fresh: Resource): Promise<boolean> => {
    const tagged =
      tag === undefined ||
      (currentTraffic(fresh).spec ?? []).some((t) => t.tag === tag && t.revisionName === deployed);
    if (!tagged) return false;
    if (reuse) {
      return (
        preview !== undefined ||
        text(record(record(fresh['metadata'])['annotations'])[SERVICE_DIGEST_ANNOTATION]) === settings
      );
    }
    return templateOf(fresh).revision === revision || revisionExists(revision, digest, deps);
  };
  return { body, landed, result: { ...result, via: 'tag' } };
}

/**
 * Wait until `revision` is Ready and `tag` routed to it, then report; a revision that fails (or does not get ready
 * in time) loses this run's tag again before the error is thrown, so traffic and tags are as they were.
 */
async function settleRevision(
  target: DeployTarget,
  revision: string,
  tag: string | undefined,
  deps: DeployDependencies,
  facts: { changed: boolean; created: boolean; tagged: boolean; left: Allocation },
): Promise<DeployResult> {
  let ready: Resource;
  try {
    ready = await waitForRevision(target.service, revision, tag, target.waitTimeoutMs, deps);
  } catch (error) {
    if (!(error instanceof DeployError) || !facts.tagged || !tag) throw error;
    const cleanup = await removeTagSafely(target, tag, revision, deps);
    throw new DeployError(`${error.message}; ${cleanup}`);
  }
  const { url } = statusOf(ready);
  const tagUrl = tagUrlOf(ready, revision, tag);
  return {
    revision,
    serviceUrl: url,
    ...(tagUrl ? { tagUrl, smokeUrl: tagUrl } : {}),
    changed: facts.changed,
    created: facts.created,
    ...(facts.tagged && tag ? { tag } : {}),
    left: facts.left,
    service: ready,
  };
}

/** Remove this run's tag from `revision`, reporting (not throwing) a failure: for the message of another error. */
async function removeTagSafely(
  target: DeployTarget,
  tag: string,
  revision: string,
  deps: DeployDependencies,
): Promise<string> {
  try {
    const { changed } = await removeRunTag(target, tag, revision, deps);
    return changed
      ? `tag ${tag} removed from the failed revision ${revision}; traffic is as it was`
      : `traffic is as it was (tag ${tag} was already gone)`;
  } catch (error) {
    return `and removing tag ${tag} from ${revision} failed too: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * Poll the service until `revision` is Ready (and `tag`, when given, routed to it), until `timeoutMs`: the first poll
 * after 250 ms, then each 1.25 times later, at most 5 s apart. While the revision is the service's latest, the
 * service's own conditions tell (one request a poll); when another run has created a newer one, the revision's own
 * conditions do, so another run's slow or failing revision neither holds up nor fails this one. On False, the error
 * carries the reason and message.
 */
export async function waitForRevision(
  name: string,
  revision: string,
  tag: string | undefined,
  timeoutMs: number,
  deps: DeployDependencies,
): Promise<Resource> {
  const sleep = deps.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = deps.now ?? Date.now;
  const deadline = now() + timeoutMs;
  let delay = 250;
  for (;;) {
    await sleep(Math.min(delay, Math.max(0, deadline - now())));
    const service = await deps.api.getService(name);
    if (!service)
      throw new DeployError(`service ${name} disappeared while waiting for ${revision} to become ready`);
    const serviceState = readinessOf(service);
    const latest = statusOf(service).latestCreated === revision;
    let state: Readiness | undefined;
    if (latest) {
      if (serviceState.settled) state = serviceState;
    } else {
      // Cloud Run has not created it yet, or another run has created a newer one since: ask the revision itself.
      const found = await deps.api.getRevision(revision);
      if (found) state = readinessOf(found);
      else if (serviceState.settled && templateOf(service).revision !== revision) {
        throw new DeployError(
          `revision ${revision} was never created: another deploy replaced the service's template before Cloud Run made it; re-run`,
        );
      }
    }
    if (state?.ready === 'True' && (!tag || tagUrlOf(service, revision, tag))) return service;
    if (state?.ready === 'False') {
      throw new DeployError(
        latest
          ? await notReadyMessage(name, revision, state, deps)
          : `revision ${revision} is not ready: ${state.reason ?? 'Ready=False'}: ${state.message ?? 'no message'}`,
      );
    }
    if (now() >= deadline) {
      const seen = state ?? serviceState;
      throw new DeployError(
        `service ${name} did not become ready within ${String(Math.round(timeoutMs / 1000))} s (Ready=${seen.ready}${
          seen.message ? `: ${seen.message}` : ''
        }${state?.ready === 'True' && tag ? `; tag ${tag} not routed yet` : ''}); revision ${revision}; raise wait_timeout or check the revision's logs`,
      );
    }
    delay = Math.min(5000, Math.round(delay * 1.25));
  }
}

/** The service's reason and message and, when it has one, the failing revision's own Ready condition. */
async function notReadyMessage(
  name: string,
  revision: string,
  state: { reason?: string; message?: string },
  deps: DeployDependencies,
): Promise<string> {
  const own = readinessOf(await deps.api.getRevision(revision));
  const detail =
    own.ready === 'Unknown' && !own.message
      ? ''
      : `; revision ${revision} Ready=${own.ready}${own.reason ? ` (${own.reason})` : ''}: ${own.message ?? 'no message'}`;
  return `service ${name} is not ready: ${state.reason ?? 'Ready=False'}: ${state.message ?? 'no message'}${detail}`;
}

/**
 * Poll until Cloud Run has acted on `generation` (a traffic change) and its routes are ready, within `timeoutMs`.
 * Routes, not Ready: another run's failing revision may keep the service's Ready False without touching traffic.
 */
async function waitForRoutes(
  name: string,
  generation: number | undefined,
  timeoutMs: number,
  deps: DeployDependencies,
): Promise<Resource> {
  const sleep = deps.sleep ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = deps.now ?? Date.now;
  const deadline = now() + timeoutMs;
  let delay = 250;
  for (;;) {
    await sleep(Math.min(delay, Math.max(0, deadline - now())));
    const service = await deps.api.getService(name);
    if (!service) throw new DeployError(`service ${name} disappeared while its traffic was changing`);
    const { observedGeneration } = statusOf(service);
    const routes = readinessOf(service, 'RoutesReady');
    const caughtUp = generation === undefined || (observedGeneration ?? 0) >= generation;
    if (caughtUp && routes.ready === 'True') return service;
    if (caughtUp && routes.ready === 'False') {
      throw new DeployError(
        `service ${name}: the traffic change was not applied: ${routes.reason ?? 'RoutesReady=False'}: ${routes.message ?? 'no message'}`,
      );
    }
    if (now() >= deadline) {
      throw new DeployError(
        `service ${name}: the traffic change was not in effect within ${String(Math.round(timeoutMs / 1000))} s; check the service in the console`,
      );
    }
    delay = Math.min(5000, Math.round(delay * 1.25));
  }
}

/**
 * Promote the revision `deployed` made: 100 % of the traffic to it, this run's tag dropped, every other tag kept
 * where it is now. A compare-and-set: only while the traffic split is still what this run left after deploying —
 * when another run or a person moved traffic meanwhile, this run fails naming the change and leaves it alone. The
 * revision must be Ready (it is: {@link deployRevision} waited for it).
 */
export async function promoteRevision(
  target: DeployTarget,
  deployed: DeployResult,
  deps: DeployDependencies,
): Promise<{ changed: boolean; serviceUrl: string }> {
  const { revision, tag } = deployed;
  const name = target.service;
  const { sent, service } = await replaceSettled(
    name,
    deployed.service,
    (current) => {
      const now = allocationOf(pinTraffic(currentTraffic(current)));
      const goal = new Map([[revision, 100]]);
      if (!sameAllocation(now, deployed.left) && !sameAllocation(now, goal)) {
        throw new DeployError(
          `not promoting ${revision}: the traffic of service ${name} changed while this run tested it (it was ${describeAllocation(deployed.left)}, now ${describeAllocation(now)}): another deploy or a person moved it, and this run leaves their change alone`,
        );
      }
      const promoted = promote(currentTraffic(current), revision);
      const traffic = tag ? withoutTag(promoted, tag, revision) : promoted;
      const unchanged = sameTraffic(currentTraffic(current).spec, traffic);
      return {
        ...(unchanged
          ? {}
          : { body: { ...withoutStatus(current), spec: { ...record(current['spec']), traffic } } }),
        landed: (fresh) =>
          sameAllocation(allocationOf(pinTraffic(currentTraffic(fresh))), goal) &&
          !(
            tag &&
            (currentTraffic(fresh).spec ?? []).some((t) => t.tag === tag && t.revisionName === revision)
          ),
        result: undefined,
      };
    },
    deps,
  );
  if (!sent) {
    deps.log(`service ${name}: ${revision} already serves 100 %`);
    return { changed: false, serviceUrl: statusOf(service).url };
  }
  const settled = await waitForRoutes(name, statusOf(service).generation, target.waitTimeoutMs, deps);
  deps.log(`service ${name}: 100 % of traffic on ${revision}${tag ? `; tag ${tag} removed` : ''}`);
  return { changed: true, serviceUrl: statusOf(settled).url };
}

/**
 * Take back what this run did, on a fresh read: its tag (and the 0 % entry it added) on `revision`, nothing else —
 * never a snapshot from before the run, which would delete another run's tag or undo its promotion.
 */
export async function removeRunTag(
  target: DeployTarget,
  tag: string,
  revision: string,
  deps: DeployDependencies,
): Promise<{ changed: boolean }> {
  return changeTags(target, tag, revision, deps);
}

/** Remove `tag` (a closed pull request's preview) from whatever revision carries it, and nothing else. */
export async function removeTag(
  target: DeployTarget,
  tag: string,
  deps: DeployDependencies,
): Promise<{ changed: boolean }> {
  const { changed } = await changeTags(target, tag, undefined, deps);
  deps.log(
    changed
      ? `service ${target.service}: tag ${tag} removed`
      : `service ${target.service}: no tag ${tag} to remove`,
  );
  return { changed };
}

async function changeTags(
  target: DeployTarget,
  tag: string,
  revision: string | undefined,
  deps: DeployDependencies,
): Promise<{ changed: boolean }> {
  const name = target.service;
  const first = await deps.api.getService(name);
  if (!first) return { changed: false };
  const carries = (service: Resource) =>
    (currentTraffic(service).spec ?? []).some(
      (t) => t.tag === tag && (revision === undefined || t.revisionName === revision),
    );
  const { sent } = await replaceSettled(
    name,
    first,
    (current) => {
      if (!carries(current)) return { landed: () => true, result: undefined };
      const traffic = withoutTag(currentTraffic(current).spec ?? [], tag, revision);
      return {
        body: { ...withoutStatus(current), spec: { ...record(current['spec']), traffic } },
        landed: (fresh) => !carries(fresh),
        result: undefined,
      };
    },
    deps,
  );
  return { changed: sent };
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
  let outcome: WriteOutcome;
  if (!existing) {
    outcome = await deps.api.createService({ ...service, metadata }, { dryRun: true });
  } else {
    const { resourceVersion } = statusOf(existing);
    outcome = await deps.api.replaceService(
      target.service,
      { ...service, metadata: { ...metadata, ...(resourceVersion ? { resourceVersion } : {}) } },
      { dryRun: true },
    );
  }
  if (outcome.kind !== 'done') {
    throw new DeployError(
      `the server-side validation of service ${target.service} got no verdict (${outcome.message}): run it again`,
    );
  }
  deps.log(`Cloud Run accepts the service ${target.service} (dry run: nothing changed)`);
}

/** What removing `tag` would send, for a dry run: read only, nothing written. */
export async function planTagRemoval(
  target: DeployTarget,
  tag: string,
  deps: DeployDependencies,
): Promise<string> {
  const current = await deps.api.getService(target.service);
  if (!current) return `service ${target.service} does not exist: nothing to remove`;
  const entries = (currentTraffic(current).spec ?? []).filter((t) => t.tag === tag);
  if (entries.length === 0) return `service ${target.service} has no tag ${tag}: nothing would be sent`;
  return `would PUT service ${target.service} without tag ${tag} (on ${entries.map((t) => t.revisionName ?? 'the latest revision').join(', ')}); every other entry and tag kept`;
}
