// The deploy stage: a new revision with no traffic under a tag of this run's own (other entries and tags kept), then
// promote it, roll back what this run did, or remove a tag. Every write is a compare-and-set on
// `metadata.resourceVersion`, planned from a fresh read of the service; a write whose answer was lost is settled
// by reading the service again, never assumed lost or unchanged.
import { createApiClient } from '../gcp/index.js';
import { cloudRunApi, runBaseUrl } from './api.js';
import type { DeployDependencies, DeployTarget } from './types.js';

export type { CloudRunApi, DeleteOutcome, Resource, WriteOutcome } from './api.js';
export { cloudRunApi, runBaseUrl } from './api.js';
export type { PreviewAllowance, PreviewPolicy } from './preview-guard.js';
export { PREVIEW_ALLOWANCES } from './preview-guard.js';
export { planDeployText, planTagRemoval, validateServerSide } from './plan.js';
export { promoteRevision, removeRunTag, removeTag } from './promote.js';
export type { TidyResult } from './tidy.js';
export {
  MAX_DELETIONS_PER_RUN,
  SERVICE_LABEL,
  deleteUnreferenced,
  referencedRevisions,
  tidyCandidates,
  tidyRevisions,
} from './tidy.js';
export type { DeployOptions } from './revision.js';
export { deployRevision } from './revision.js';
export type { DeployDependencies, DeployResult, DeployTarget } from './types.js';
export { DeployError } from './types.js';
export { waitForRevision } from './wait.js';
export {
  RUN_TAG_PREFIX,
  SERVICE_DIGEST_ANNOTATION,
  TEMPLATE_DIGEST_ANNOTATION,
  isRunTag,
  revisionSuffix,
  runTag,
} from './service-state.js';

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
