import { Document } from 'yaml';
import { cloudBuildTemplate } from './cloud-build.js';
import { containerfileDefault, loadBuildContext } from './context.js';

const HEADER = `Generated from Containerfile and run.sh by \`npm run generate\`: edit those, not this file.

The build pgrst-cloudrun-action submits to Cloud Build, usable by hand (no source upload: the first step
writes the build context itself):

  gcloud builds submit --no-source --config cloudbuild/cloudbuild.yaml \\
    --substitutions _IMAGE=REGION-docker.pkg.dev/PROJECT/REPOSITORY/postgrest:TAG,_POSTGREST_VERSION=v14.17

_POSTGREST_VERSION, _BASE_IMAGE and _REVISION have defaults below; _IMAGE has none.`;

/** cloudbuild/cloudbuild.yaml: the Cloud Build template of the context in `directory`, with its defaults. */
export function renderCloudBuildYaml(directory: string): string {
  const probe = loadBuildContext(directory, { postgrestVersion: 'v0' });
  const context = loadBuildContext(directory, {
    postgrestVersion: containerfileDefault(probe.containerfile, 'POSTGREST_VERSION'),
  });
  const document = new Document(cloudBuildTemplate(context));
  document.commentBefore = HEADER.split('\n')
    .map((line) => (line ? ` ${line}` : ''))
    .join('\n');
  return document.toString({ lineWidth: 0, blockQuote: 'literal' });
}
