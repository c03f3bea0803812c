// What a dry run does with Cloud Run: reads, and asks Cloud Run to validate (`?dryRun=all`); never a write.
import { recordOf as record } from '../json.js';
import type { Resource, WriteOutcome } from './api.js';
import { currentTraffic, statusOf } from './service-state.js';
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
}): string {
  const { target, revision, tag } = plan;
  const base = `namespaces/${target.projectId}/services/${target.service}`;
  const calls = [
    `GET ${base}`,
    `POST or PUT ${base}: revision ${revision} with no traffic, tag ${tag} (existing entries and tags kept)`,
    `GET ${base} until ${revision} is Ready`,
    ...(plan.smoke ? [`smoke test the URL of tag ${tag}`] : []),
    ...(plan.promote
      ? [
          `PUT ${base}: 100 % to ${revision}, tag ${tag} removed (only if the traffic is still as this run left it)`,
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
