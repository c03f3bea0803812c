// What the exposure check found for each role, and whether `exposure_policy` lets the run promote with it.
import type { PathChange } from './diff.js';
import { describeChange, isGrowth } from './diff.js';

/** `exposure_policy`: report only, or stop the run when the anonymous role (or any role) sees more than before. */
export type ExposurePolicy = 'report' | 'fail-on-anon-growth' | 'fail-on-any-growth';

export const EXPOSURE_POLICIES: readonly ExposurePolicy[] = [
  'report',
  'fail-on-anon-growth',
  'fail-on-any-growth',
];

/** The label of requests without a token (PostgREST's db-anon-role, whatever its name). */
export const ANONYMOUS = 'anonymous';

/** One role's comparison: the changes, or why there is none to make. */
export interface RoleExposure {
  /** {@link ANONYMOUS} for requests without a token, else the role the token carries. */
  readonly role: string;
  readonly anonymous: boolean;
  /** Why this role was not compared: a side whose `/` could not be read (OpenAPI disabled, refused, ...). */
  readonly skipped?: string;
  readonly changes: readonly PathChange[];
}

/** The exposure check of a run. */
export interface ExposureResult {
  /** The URL of the new revision (its tag URL). */
  readonly newUrl: string;
  /** The URL serving production (the service URL), when there was one to compare with. */
  readonly productionUrl?: string;
  /** Why nothing was compared: a first deploy, or the new revision already serves production. */
  readonly skipped?: string;
  readonly roles: readonly RoleExposure[];
  /** True when any compared role sees anything added or removed. */
  readonly changed: boolean;
}

/** Each change as `role: change`, for logs and errors. */
export function exposureLines(result: ExposureResult, only: (role: RoleExposure) => boolean = () => true) {
  return result.roles
    .filter(only)
    .flatMap((role) => role.changes.map((change) => ({ role: role.role, change: describeChange(change) })));
}

/**
 * Why the policy stops the run, or undefined when it may go on: `fail-on-anon-growth` stops it when the anonymous
 * role sees a path, method or column production did not show it; `fail-on-any-growth` when any role does.
 * A role that was not compared (its `/` unreadable) cannot fail it.
 */
export function judgeExposure(result: ExposureResult, policy: ExposurePolicy): string | undefined {
  if (policy === 'report') return undefined;
  const judged = (role: RoleExposure) => policy === 'fail-on-any-growth' || role.anonymous;
  const grown = result.roles
    .filter(judged)
    .flatMap((role) =>
      role.changes.filter(isGrowth).map((change) => `${role.role}: ${describeChange(change)}`),
    );
  if (grown.length === 0) return undefined;
  return `the new revision exposes what production does not show ${
    policy === 'fail-on-any-growth' ? 'a role' : 'the anonymous role'
  } (exposure_policy ${policy}): ${grown.join('; ')}`;
}
