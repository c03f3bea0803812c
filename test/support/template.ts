// The action's own Cloud Run template (cloudbuild/service.yaml), rendered as the spec stage hands it to the deploy
// stage: for tests and benches that deploy it.
import { readFileSync } from 'node:fs';
import type { Resource } from '../../src/deploy/api.js';
import { parsePostgrestVersion } from '../../src/postgrest/version.js';
import { checkSpec } from '../../src/spec/index.js';

const POSTGREST_VERSION = 'v14.17';

/** The template with these values for its variables (IMAGE, SERVICE, REVISION, PROJECT_ID, REGION, ...). */
export function renderTemplate(variables: Record<string, string>): Resource {
  const version = parsePostgrestVersion(POSTGREST_VERSION);
  if (!version) throw new Error('unreachable');
  const result = checkSpec({
    file: 'cloudbuild/service.yaml',
    text: readFileSync('cloudbuild/service.yaml', 'utf8'),
    variables: new Map([['POSTGREST_VERSION', POSTGREST_VERSION], ...Object.entries(variables)]),
    postgrestVersion: version,
    allowUnsetBuiltins: false,
  });
  if (!result.service) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.service;
}
