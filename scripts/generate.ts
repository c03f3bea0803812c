// Files generated from their single source of truth; `npm run generate` rewrites them and tests fail when a
// committed copy differs:
// - README.md's input and output tables, from action.yml;
// - cloudbuild/cloudbuild.yaml, from cloudbuild/Containerfile and cloudbuild/run.sh;
// - src/spec/service-validator.generated.js, the schema validator compiled ahead of time.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { renderCloudBuildYaml } from '../src/build/cloudbuild-yaml.js';
import { renderValidatorModule } from '../src/spec/service-validator.js';

interface ActionYml {
  inputs?: Record<string, { description?: string; required?: boolean; default?: string | number | boolean }>;
  outputs?: Record<string, { description?: string }>;
}

const cell = (text: string): string => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

/** The Markdown tables of inputs and outputs for an action.yml text. */
export function renderActionTables(actionYml: string): string {
  const action = parse(actionYml) as ActionYml;
  const lines = ['| input | default | description |', '| --- | --- | --- |'];
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    const fallback =
      input.default === undefined || input.default === '' ? '' : `\`${String(input.default)}\``;
    lines.push(`| \`${name}\` | ${fallback} | ${cell(input.description ?? '')} |`);
  }
  const outputs = Object.entries(action.outputs ?? {});
  if (outputs.length > 0) {
    lines.push('', '| output | description |', '| --- | --- |');
    for (const [name, output] of outputs) lines.push(`| \`${name}\` | ${cell(output.description ?? '')} |`);
  }
  return lines.join('\n');
}

export const START = '<!-- action-tables:start (generated from action.yml by `npm run generate`) -->';
export const END = '<!-- action-tables:end -->';

/** README.md with its generated section replaced. */
export function withActionTables(readme: string, actionYml: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${START} … ${END}`);
  return `${readme.slice(0, start + START.length)}\n${renderActionTables(actionYml)}\n${readme.slice(end)}`;
}

if (process.argv[1]?.endsWith('generate.ts')) {
  const readme = readFileSync('README.md', 'utf8');
  writeFileSync('README.md', withActionTables(readme, readFileSync('action.yml', 'utf8')));
  writeFileSync('cloudbuild/cloudbuild.yaml', renderCloudBuildYaml('cloudbuild'));
  writeFileSync(
    'src/spec/service-validator.generated.js',
    renderValidatorModule(JSON.parse(readFileSync('schema/cloudrun-service.schema.json', 'utf8')) as object),
  );
}
