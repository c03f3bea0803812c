// Files generated from their single source of truth; `npm run generate` rewrites them and tests fail when a
// committed copy differs:
// - README.md's input and output tables, from action.yml, and its annotation table, from src/spec/annotation-table.ts;
// - cloudbuild/cloudbuild.yaml, from cloudbuild/Containerfile and cloudbuild/run.sh;
// - src/spec/service-validator.generated.js, the schema validator compiled ahead of time;
// - src/action-defaults.generated.ts, the inputs' defaults from action.yml (for the CLI, without a YAML parse).
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { renderCloudBuildYaml } from '../src/build/cloudbuild-yaml.js';
import { ANNOTATIONS } from '../src/spec/annotation-table.js';
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

/** The Markdown table of the annotations Cloud Run knows: where each goes, how its value is written, the source. */
export function renderAnnotationTable(): string {
  const level = { service: 'Service', revision: 'revision template', both: 'either' } as const;
  const lines = ['| annotation | level | value | source |', '| --- | --- | --- | --- |'];
  for (const entry of ANNOTATIONS) {
    const value = `${entry.value.describe}${entry.note ? ` (${entry.note})` : ''}${entry.outputOnly ? ' (set by Cloud Run; accepted back)' : ''}`;
    lines.push(`| \`${entry.key}\` | ${level[entry.level]} | ${cell(value)} | ${entry.source} |`);
  }
  return lines.join('\n');
}

/** A generated section of README.md: between its two markers. */
function section(name: string, source: string): { start: string; end: string } {
  return {
    start: `<!-- ${name}:start (generated from ${source} by \`npm run generate\`) -->`,
    end: `<!-- ${name}:end -->`,
  };
}

export const ACTION_TABLES = section('action-tables', 'action.yml');
export const ANNOTATION_TABLE = section('annotation-table', 'src/spec/annotation-table.ts');

function replaceSection(readme: string, markers: { start: string; end: string }, body: string): string {
  const start = readme.indexOf(markers.start);
  const end = readme.indexOf(markers.end);
  if (start < 0 || end < start)
    throw new Error(`README.md lacks the markers ${markers.start} … ${markers.end}`);
  return `${readme.slice(0, start + markers.start.length)}\n${body}\n${readme.slice(end)}`;
}

/** src/action-defaults.generated.ts for an action.yml text: each input's default as the runner passes it, a string. */
export function renderActionDefaults(actionYml: string): string {
  const action = parse(actionYml) as ActionYml;
  const defaults = Object.fromEntries(
    Object.entries(action.inputs ?? {}).map(([name, input]) => [
      name,
      input.default === undefined ? '' : String(input.default),
    ]),
  );
  return [
    '// Generated from action.yml by `npm run generate`: edit action.yml, not this file.',
    `export const ACTION_DEFAULTS: Readonly<Record<string, string>> = ${JSON.stringify(defaults, null, 2)};`,
    '',
  ].join('\n');
}

/** README.md with its generated sections replaced. */
export function withGeneratedSections(readme: string, actionYml: string): string {
  return replaceSection(
    replaceSection(readme, ACTION_TABLES, renderActionTables(actionYml)),
    ANNOTATION_TABLE,
    renderAnnotationTable(),
  );
}

if (process.argv[1]?.endsWith('generate.ts')) {
  const readme = readFileSync('README.md', 'utf8');
  writeFileSync('README.md', withGeneratedSections(readme, readFileSync('action.yml', 'utf8')));
  writeFileSync('cloudbuild/cloudbuild.yaml', renderCloudBuildYaml('cloudbuild'));
  writeFileSync('src/action-defaults.generated.ts', renderActionDefaults(readFileSync('action.yml', 'utf8')));
  writeFileSync(
    'src/spec/service-validator.generated.js',
    renderValidatorModule(JSON.parse(readFileSync('schema/cloudrun-service.schema.json', 'utf8')) as object),
  );
}
