// Moving traffic and tags after a deploy: promote (a compare-and-set on the split this run left), take back this
// run's tag, remove a preview's tag.
import { recordOf as record } from '../json.js';
import type { Resource } from './api.js';
import { currentTraffic, statusOf } from './service-state.js';
import {
  allocationOf,
  describeAllocation,
  pinTraffic,
  promote,
  sameAllocation,
  sameTraffic,
  withoutTag,
} from './traffic.js';
import type { DeployDependencies, DeployResult, DeployTarget } from './types.js';
import { DeployError } from './types.js';
import { replaceSettled, withoutStatus } from './write.js';
import { waitForRoutes } from './wait.js';

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
  const settled = await waitForRoutes(
    name,
    statusOf(service).generation,
    target.waitTimeoutMs,
    deps,
    service,
  );
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
  const { changed } = await changeTags(target, tag, revision, deps);
  return { changed };
}

/**
 * Remove `tag` (a closed pull request's preview) from whatever revision carries it, and nothing else. `revisions`:
 * the revisions that carried it, as read right before the write (the caller may delete them when nothing else
 * references them).
 */
export async function removeTag(
  target: DeployTarget,
  tag: string,
  deps: DeployDependencies,
): Promise<{ changed: boolean; revisions: string[] }> {
  const { changed, revisions } = await changeTags(target, tag, undefined, deps);
  deps.log(
    changed
      ? `service ${target.service}: tag ${tag} removed`
      : `service ${target.service}: no tag ${tag} to remove`,
  );
  return { changed, revisions };
}

/** The revisions `tag` is on in `service` (a `latestRevision` entry as status resolves it). */
function tagged(service: Resource, tag: string): string[] {
  const { spec, status } = currentTraffic(service);
  const names = [...(spec ?? []), ...status]
    .filter((t) => t.tag === tag)
    .map((t) => t.revisionName ?? status.find((s) => s.tag === tag)?.revisionName);
  return [...new Set(names.filter((name): name is string => name !== undefined))];
}

async function changeTags(
  target: DeployTarget,
  tag: string,
  revision: string | undefined,
  deps: DeployDependencies,
): Promise<{ changed: boolean; revisions: string[] }> {
  const name = target.service;
  const first = await deps.api.getService(name);
  if (!first) return { changed: false, revisions: [] };
  const carries = (service: Resource) =>
    (currentTraffic(service).spec ?? []).some(
      (t) => t.tag === tag && (revision === undefined || t.revisionName === revision),
    );
  const { sent, result } = await replaceSettled(
    name,
    first,
    (current) => {
      if (!carries(current)) return { landed: () => true, result: [] };
      const traffic = withoutTag(currentTraffic(current).spec ?? [], tag, revision);
      return {
        body: { ...withoutStatus(current), spec: { ...record(current['spec']), traffic } },
        landed: (fresh) => !carries(fresh),
        result: revision === undefined ? tagged(current, tag) : [revision],
      };
    },
    deps,
  );
  return { changed: sent, revisions: result };
}
