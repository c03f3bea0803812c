// The exposure stage: after the smoke test, read PostgREST's OpenAPI root from the new revision and from
// production, without a token and as each smoke role, and compare what each role sees (paths, methods, columns);
// `exposure_policy` decides whether growth stops the run.
export type { PathChange, PathExposure, Surface } from './diff.js';
export { describeChange, diffSurfaces, isGrowth, surfaceOf } from './diff.js';
export type { ExposurePolicy, ExposureResult, RoleExposure } from './policy.js';
export { ANONYMOUS, EXPOSURE_POLICIES, exposureLines, judgeExposure } from './policy.js';
export type { ExposureDependencies, ExposurePlan } from './run.js';
export { compareExposure, writeExposureFile } from './run.js';
