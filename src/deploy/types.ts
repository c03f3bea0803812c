// What the deploy stage works on and gives back: the target, its dependencies, a deploy's result, its error.
import type { CloudRunApi, Resource } from './api.js';
import type { Allocation } from './traffic.js';

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
