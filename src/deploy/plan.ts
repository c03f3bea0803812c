// What a dry run does with Cloud Run: reads, and asks Cloud Run to validate (`?dryRun=all`); never a write.
import { recordOf as record } from '../json.js';
import type { Resource, WriteOutcome } from './api.js';
import type { TrafficTarget } from './traffic.js';
import { currentTraffic, statusOf } from './service-state.js';
import { MAX_DELETIONS_PER_RUN, referencedRevisions } from './tidy.js';
import { withoutTag } from './traffic.js';
import type { DeployDependencies, DeployTarget } from './types.js';
import { DeployError } from './types.js';

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

/**
 * What removing `tag` would send, for a dry run: read only, nothing written. With `deleteRevision`, also which
 * revision would then be deleted (the one the tag is on, when nothing else would reference it).
 */
export async function planTagRemoval(
  target: DeployTarget,
  tag: string,
  deps: DeployDependencies,
  deleteRevision = false,
): Promise<string> {
  const current = await deps.api.getService(target.service);
  if (!current) return `service ${target.service} does not exist: nothing to remove`;
  const entries = (currentTraffic(current).spec ?? []).filter((t) => t.tag === tag);
  if (entries.length === 0) return `service ${target.service} has no tag ${tag}: nothing would be sent`;
  const put = `would PUT service ${target.service} without tag ${tag} (on ${entries.map((t) => t.revisionName ?? 'the latest revision').join(', ')}); every other entry and tag kept`;
  if (!deleteRevision) return put;
  const orphans = orphanedBy(current, tag);
  return orphans.length > 0
    ? `${put}; then would DELETE revision ${orphans.join(', ')} (nothing else references it)`
    : `${put}; no revision would be deleted (the tag's revision is still referenced)`;
}

/** The revisions `tag` is on that nothing would reference once it is gone. */
function orphanedBy(service: Resource, tag: string): string[] {
  const status = record(service['status']);
  const spec = record(service['spec']);
  const traffic = (value: unknown) => (Array.isArray(value) ? (value as TrafficTarget[]) : []);
  const carried = [...traffic(spec['traffic']), ...traffic(status['traffic'])]
    .filter((t) => t.tag === tag && t.revisionName)
    .map((t) => t.revisionName ?? '');
  const after = {
    ...service,
    spec: { ...spec, traffic: withoutTag(traffic(spec['traffic']), tag) },
    status: { ...status, traffic: withoutTag(traffic(status['traffic']), tag) },
  };
  const referenced = referencedRevisions(after);
  return [...new Set(carried)].filter((name) => !referenced.has(name));
}

/** What a deploy would send, for a dry run's plan: the calls in order, then the rendered service. */
export function planDeployText(plan: {
  readonly target: Pick<DeployTarget, 'projectId' | 'service'>;
  readonly service: Resource;
  readonly revision: string;
  readonly tag: string;
  readonly smoke: boolean;
  readonly promote: boolean;
  /** `dry_run: validate`: the service is read and validated by Cloud Run. */
  readonly validate?: boolean;
  /** `keep_revisions`: 0 for no tidy. */
  readonly keepRevisions?: number;
  /** Reads of other systems before the deploy (the certificate preflight's secret versions). */
  readonly readsBefore?: readonly string[];
  /** Reads after the smoke test (the exposure comparison). */
  readonly readsAfterSmoke?: readonly string[];
}): string {
  const { target, revision, tag } = plan;
  const base = `namespaces/${target.projectId}/services/${target.service}`;
  const calls = [
    ...(plan.readsBefore ?? []),
    `GET ${base}`,
    `POST or PUT ${base}: revision ${revision} with no traffic, tag ${tag} (existing entries and tags kept)`,
    `GET ${base} until ${revision} is Ready`,
    ...(plan.smoke ? [`smoke test the URL of tag ${tag}`, ...(plan.readsAfterSmoke ?? [])] : []),
    ...(plan.promote
      ? [
          `PUT ${base}: 100 % to ${revision}, tag ${tag} removed (only if the traffic is still as this run left it)`,
        ]
      : []),
    ...(plan.keepRevisions
      ? [
          `GET namespaces/${target.projectId}/revisions?labelSelector=serving.knative.dev/service=${target.service}`,
          `DELETE namespaces/${target.projectId}/revisions/...: at most ${String(MAX_DELETIONS_PER_RUN)} of the oldest beyond the newest ${String(plan.keepRevisions)}, each only if a fresh GET ${base} shows no traffic entry or tag on it`,
        ]
      : []),
  ];
  return [
    plan.validate
      ? 'dry run: nothing changes; the service is read and Cloud Run validates the spec (?dryRun=all)'
      : 'dry run: nothing is sent',
    'calls:',
    ...calls.map((call) => `  ${call}`),
    'rendered service:',
    JSON.stringify(plan.service, null, 2),
  ].join('\n');
}
