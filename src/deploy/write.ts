// Every write to the service is a compare-and-set: planned from a read, sent with that read's resourceVersion, and
// settled — a stale version is read and planned again; an answer that never came is settled by reading again.
import { recordOf as record } from '../json.js';
import type { Resource, WriteOutcome } from './api.js';
import { statusOf } from './service-state.js';
import type { DeployDependencies } from './types.js';
import { DeployError } from './types.js';

/** How many times a write is planned and sent again after another writer got in first or its answer was lost. */
export const WRITE_ATTEMPTS = 4;

/** What a write is meant to do, planned from the service as read. */
export interface PlannedWrite<T> {
  /** The body to PUT, without resourceVersion (added from the read). Absent: nothing needs sending. */
  readonly body?: Resource;
  /** Whether a fresh read shows this write applied (its answer may have been lost). */
  readonly landed: (fresh: Resource) => Promise<boolean> | boolean;
  /** What the caller learns once the write is settled (or when nothing was sent). */
  readonly result: T;
}

export const withoutStatus = (service: Resource): Resource =>
  Object.fromEntries(Object.entries(service).filter(([key]) => key !== 'status'));

/**
 * Compare-and-set: plan a change from the service as read, PUT it with that read's resourceVersion, and settle the
 * outcome. A stale version (someone else wrote first) is read and planned again; an answer that never came is
 * settled by reading again — applied, or planned and sent again. `plan` may throw to refuse what it reads.
 */
export async function replaceSettled<T>(
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
