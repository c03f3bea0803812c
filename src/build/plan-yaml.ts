// The Cloud Build request of the dry-run plan as YAML. A module of its own, imported only when such a plan is
// printed, so that the build stage's other paths do not load the YAML library.
import { stringify } from 'yaml';
import type { cloudBuildRequest } from './cloud-build.js';

/** The request as YAML: block scalars for the step's script, no line folding. */
export function cloudBuildRequestYaml(request: ReturnType<typeof cloudBuildRequest>): string {
  return stringify(request, { lineWidth: 0, blockQuote: 'literal' });
}
