// Deploying a revision: created with the service, or put beside the serving ones with no traffic and this run's tag;
// then waited for until it is Ready and its tag routed — or its tag taken back when it fails.
import { DNS_LABEL } from '../cloudrun/index.js';
import { asString as text, recordOf as record } from '../json.js';
import type { Resource } from './api.js';
import type { PreviewPolicy } from './preview-guard.js';
import { previewWidenings } from './preview-guard.js';
import {
  SERVICE_DIGEST_ANNOTATION,
  TEMPLATE_DIGEST_ANNOTATION,
  currentTraffic,
  serviceSettingsDigest,
  statusOf,
  tagUrlOf,
  templateDigest,
  templateOf,
} from './service-state.js';
import type { Allocation, TrafficTarget } from './traffic.js';
import { allocationOf, noTrafficDeploy, pinTraffic, sameAllocation, sameTraffic } from './traffic.js';
import type { DeployDependencies, DeployResult, DeployTarget } from './types.js';
import { DeployError } from './types.js';
import type { PlannedWrite } from './write.js';
import { replaceSettled, WRITE_ATTEMPTS } from './write.js';
import { waitForRevision } from './wait.js';
import { removeRunTag } from './promote.js';

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
  /** The service's first read, when the caller started it already (beside other work); else it is read here. */
  readonly existing?: Promise<Resource | undefined>;
}

/** What a deploy sends, made from the rendered spec once: the pinned template and the spec's own settings. */
interface DesiredService {
  readonly name: string;
  readonly revision: string;
  readonly digest: string;
  readonly template: Resource;
  readonly pinned: Resource;
  /** The spec's own settings, as a deploy sends them: Cloud Run adds its own labels and annotations when it stores. */
  readonly ownMetadata: Resource;
  readonly settings: string;
  readonly tag: string | undefined;
  readonly preview: PreviewPolicy | undefined;
}

function desiredService(service: Resource, target: DeployTarget, options: DeployOptions): DesiredService {
  const name = target.service;
  const specMetadata = record(service['metadata']);
  if (specMetadata['name'] !== name) {
    throw new Error(
      `the spec's metadata.name is ${JSON.stringify(specMetadata['name'])}, but the service to deploy is "${name}": make them agree`,
    );
  }
  if (options.tag !== undefined && !DNS_LABEL.test(options.tag)) {
    throw new Error(`tag "${options.tag}" is not a DNS label (lower-case letters, digits and -)`);
  }
  const template = record(record(service['spec'])['template']);
  const revision = text(record(template['metadata'])['name']) ?? `${name}-${options.revisionSuffix}`;
  const digest = templateDigest(template);
  const settings = serviceSettingsDigest(specMetadata);
  return {
    name,
    revision,
    digest,
    template,
    pinned: pinTemplate(template, revision, digest),
    ownMetadata: {
      ...Object.fromEntries(Object.entries(specMetadata).filter(([key]) => key !== 'resourceVersion')),
      namespace: target.projectId,
      annotations: { ...record(specMetadata['annotations']), [SERVICE_DIGEST_ANNOTATION]: settings },
    },
    settings,
    tag: options.tag,
    preview: options.preview,
  };
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
  const desired = desiredService(service, target, options);
  const { name, revision, tag, preview } = desired;
  let existing = await (options.existing ?? deps.api.getService(name));
  if (!existing && preview) {
    throw new DeployError(
      `service ${name} does not exist: a preview is deployed beside production, never in its place; deploy the service first (without preview_tag)`,
    );
  }
  if (!existing) {
    const traffic = noTrafficDeploy(undefined, revision, tag);
    const created = await createService(
      { ...service, metadata: desired.ownMetadata, spec: { template: desired.pinned, traffic } },
      desired,
      deps,
    );
    if (created === 'created') {
      const facts = { changed: true, created: true, tagged: tag !== undefined, left: allocationOf(traffic) };
      return settleRevision(target, revision, tag, deps, facts);
    }
    existing = created;
  }
  if (preview) await refuseWidening(existing, desired.template, preview, deps);
  return replaceWithRevision(existing, desired, target, deps);
}

/** A preview that would widen what runs under production's identity is refused before anything is written. */
async function refuseWidening(
  existing: Resource,
  template: Resource,
  preview: PreviewPolicy,
  deps: DeployDependencies,
): Promise<void> {
  const problems = previewWidenings(await productionTemplates(existing, deps), template, preview);
  if (problems.length > 0) {
    throw new DeployError(
      `the preview would widen what runs under production's identity, so nothing was deployed:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  }
}

/** Put the revision (or only this run's tag, or new settings) on the existing service, and settle it. */
async function replaceWithRevision(
  existing: Resource,
  desired: DesiredService,
  target: DeployTarget,
  deps: DeployDependencies,
): Promise<DeployResult> {
  const { name, tag } = desired;
  const { result, sent } = await replaceSettled(
    name,
    existing,
    (current) => planDeploy(current, desired, deps),
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
  const facts = { changed: result.changed, created: false, tagged: tag !== undefined, left: result.left };
  return settleRevision(target, result.revision, tag, deps, facts);
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
  desired: DesiredService,
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
