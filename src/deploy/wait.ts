// Waiting for Cloud Run: a revision until it is Ready (its own conditions when another run's revision came after),
// a traffic change until its routes are.
import { setTimeout as realSleep } from 'node:timers/promises';
import type { Resource } from './api.js';
import type { Readiness } from './service-state.js';
import { readinessOf, statusOf, tagUrlOf, templateOf } from './service-state.js';
import type { DeployDependencies } from './types.js';
import { DeployError } from './types.js';

/**
 * The longest wait between two polls: on average half of it is lost noticing a change (with 500 ms, about 0.25 s
 * plus one request's round trip), at most two requests a second once the wait has grown.
 */
export const POLL_CAP_MS = 500;
/** The shortest time between two requests of a wait: never more than 4 a second. */
export const REQUEST_SPACING_MS = 250;

/** The delay before the next poll: 1.25 times the last, {@link POLL_CAP_MS} at most. */
const nextDelay = (delay: number): number => Math.min(POLL_CAP_MS, Math.round(delay * 1.25));

/**
 * The polls of one wait, shared by both waits: `next()` sleeps until the next poll is due (the first 250 ms after
 * the wait began, then each {@link nextDelay} after the previous one began, however long its requests took), never
 * past the deadline; `expired()` says when the deadline has come.
 */
function pollSchedule(timeoutMs: number, deps: Pick<DeployDependencies, 'sleep' | 'now'>) {
  const sleep = deps.sleep ?? realSleep;
  const now = deps.now ?? Date.now;
  const deadline = now() + timeoutMs;
  let delay = 250;
  let previous = now();
  return {
    sleep,
    now,
    next: async (): Promise<void> => {
      const due = Math.min(previous + delay, deadline);
      if (due > now()) await sleep(due - now());
      previous = now();
      delay = nextDelay(delay);
    },
    expired: (): boolean => now() >= deadline,
  };
}

/**
 * `call`, started {@link REQUEST_SPACING_MS} at least after the previous request it started: a wait's requests
 * (one or two a poll) are never more than 4 in any second.
 */
function spacedRequests(
  sleep: (ms: number) => Promise<void>,
  now: () => number,
): <T>(call: () => Promise<T>) => Promise<T> {
  let last = -Infinity;
  return async (call) => {
    const wait = last + REQUEST_SPACING_MS - now();
    if (wait > 0) await sleep(wait);
    last = now();
    return call();
  };
}

/**
 * Poll the service until `revision` is Ready (and `tag`, when given, routed to it), until `timeoutMs`: the first poll
 * after 250 ms, then each 1.25 times later, at most 0.5 s apart, and never more than 4 requests a second. While the
 * revision is the service's latest, the service's own conditions tell (one request a poll); when another run has
 * created a newer one, the revision's own
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
  const polls = pollSchedule(timeoutMs, deps);
  const spaced = spacedRequests(polls.sleep, polls.now);
  for (;;) {
    await polls.next();
    const service = await spaced(() => deps.api.getService(name));
    if (!service)
      throw new DeployError(`service ${name} disappeared while waiting for ${revision} to become ready`);
    const serviceState = readinessOf(service);
    const latest = statusOf(service).latestCreated === revision;
    let state: Readiness | undefined;
    if (latest) {
      if (serviceState.settled) state = serviceState;
    } else {
      // Cloud Run has not created it yet, or another run has created a newer one since: ask the revision itself.
      const found = await spaced(() => deps.api.getRevision(revision));
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
          ? await spaced(() => notReadyMessage(name, revision, state, deps))
          : `revision ${revision} is not ready: ${state.reason ?? 'Ready=False'}: ${state.message ?? 'no message'}`,
      );
    }
    if (polls.expired()) {
      const seen = state ?? serviceState;
      throw new DeployError(
        `service ${name} did not become ready within ${String(Math.round(timeoutMs / 1000))} s (Ready=${seen.ready}${
          seen.message ? `: ${seen.message}` : ''
        }${state?.ready === 'True' && tag ? `; tag ${tag} not routed yet` : ''}); revision ${revision}; raise wait_timeout or check the revision's logs`,
      );
    }
  }
}

/** The service's reason and message and, when it has one, the failing revision's own Ready condition. */
export async function notReadyMessage(
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
 * Poll until Cloud Run has acted on `generation` (a traffic change) and its routes are ready, within `timeoutMs`
 * (one request a poll, as often as {@link waitForRevision}'s). `written`, the answer to the change itself, is looked
 * at first: when it shows the change applied already, no poll is needed.
 * Routes, not Ready: another run's failing revision may keep the service's Ready False without touching traffic.
 */
export async function waitForRoutes(
  name: string,
  generation: number | undefined,
  timeoutMs: number,
  deps: DeployDependencies,
  written?: Resource,
): Promise<Resource> {
  const polls = pollSchedule(timeoutMs, deps);
  // Without the generation to compare, the answer's own (older) status could pass for the change's: polls only.
  for (let answer = generation === undefined ? undefined : written; ; answer = undefined) {
    if (!answer) await polls.next();
    const service = answer ?? (await deps.api.getService(name));
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
    if (polls.expired()) {
      throw new DeployError(
        `service ${name}: the traffic change was not in effect within ${String(Math.round(timeoutMs / 1000))} s; check the service in the console`,
      );
    }
  }
}
