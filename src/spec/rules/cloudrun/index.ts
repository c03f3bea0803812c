// Cloud Run's own rules, ids `cloudrun/...`: what gcloud sends but Cloud Run refuses (or runs badly), one module
// per subject.
import type { Rule } from '../rule.js';
import { annotations } from './annotations.js';
import { containerDependencies } from './container-dependencies.js';
import { containers, env } from './containers.js';
import { image } from './image.js';
import { names } from './names.js';
import { probes } from './probes.js';
import { gpu, resources, revisionLimits } from './resources.js';
import { traffic } from './traffic.js';
import { unsupported } from './unsupported.js';
import { volumes } from './volumes.js';

/** Cloud Run's value rules, in the order they are reported. */
export const CLOUD_RUN_RULES: readonly Rule[] = [
  names,
  resources,
  revisionLimits,
  containers,
  env,
  volumes,
  probes,
  traffic,
  annotations,
  containerDependencies,
  image,
  gpu,
  unsupported,
];
