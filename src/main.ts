import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import type { BuiltImage } from './build/index.js';
import { buildImage, defaultBuildDependencies, pinPrebuiltImage } from './build/index.js';
import type { ImageSource, SpecConfig } from './config.js';
import {
  builtinVariables,
  ConfigError,
  parseImageSource,
  parseVariables,
  parseVersionSetting,
  variableLines,
} from './config.js';
import { ACTION_ROOT } from './defaults.js';
import type { Diagnostic } from './spec/index.js';
import { checkSpec, formatDiagnostic } from './spec/index.js';

/** The action's inputs, parsed once. Defaults live in action.yml only. */
export interface ActionConfig extends SpecConfig {
  readonly image: ImageSource;
}

/** Parse every input, rejecting bad values and combinations before anything runs. */
export function getActionConfig(): ActionConfig {
  const spec = core.getInput('spec', { required: true });
  const postgrestVersion = parseVersionSetting(
    core.getInput('postgrest_version', { required: true }),
    'input `postgrest_version`',
  );
  return {
    spec,
    variables: parseVariables(variableLines(core.getInput('vars')), 'input `vars`'),
    postgrestVersion,
    image: parseImageSource(
      (name) => core.getInput(name),
      (name) => `input \`${name}\``,
      postgrestVersion,
    ),
  };
}

/**
 * Where the spec is: in the workspace (the caller's repository) when it exists there, else in the action's own
 * directory (the default `cloudbuild/service.yaml`). Paths may not leave either directory.
 */
export function resolveSpecPath(spec: string, workspace: string, actionRoot: string): string {
  for (const root of [workspace, actionRoot]) {
    const candidate = path.resolve(root, spec);
    const relative = path.relative(root, candidate);
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new ConfigError(
        `input \`spec\`: "${spec}" points outside ${root}; give a path inside the repository`,
      );
    }
    if (existsSync(candidate)) return candidate;
  }
  throw new ConfigError(
    `input \`spec\`: "${spec}" exists neither in the workspace (${workspace}) nor in the action (${actionRoot})`,
  );
}

/** Run the action: parse inputs, run the stages, report. The one place that turns a failure into setFailed. */
export async function run(): Promise<void> {
  try {
    const config = getActionConfig();
    const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
    const specPath = resolveSpecPath(config.spec, workspace, ACTION_ROOT);
    // Annotations need the path relative to the repository to land on the right file.
    const file = path.relative(workspace, specPath).startsWith('..')
      ? config.spec
      : path.relative(workspace, specPath);
    const result = await core.group('Validating spec', () => {
      const checked = checkSpec({
        file,
        text: readFileSync(specPath, 'utf8'),
        variables: builtinVariables(config),
        postgrestVersion: config.postgrestVersion,
        allowUnsetBuiltins: true,
      });
      for (const diagnostic of checked.diagnostics) annotate(diagnostic);
      core.info(
        `${file}: ${checked.valid ? 'valid' : 'invalid'} for PostgREST ${config.postgrestVersion.tag}`,
      );
      return Promise.resolve(checked);
    });
    if (!result.valid) {
      await writeSummary(file, result.diagnostics, result.valid, undefined);
      const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
      throw new Error(
        `${file} has ${errors} error${errors === 1 ? '' : 's'}: nothing was sent to Google Cloud`,
      );
    }
    const image = await provideImage(config.image);
    await writeSummary(file, result.diagnostics, result.valid, image);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

/** The image stage: build (or reuse) when a repository is given, take a prebuilt one as is; set the outputs. */
async function provideImage(
  source: ImageSource,
): Promise<BuiltImage | { image: string; built: false } | undefined> {
  if (source.kind === 'none') return undefined;
  const deps = defaultBuildDependencies(process.env, core.info, core.setSecret);
  if (source.kind === 'prebuilt') {
    const image = await core.group('Resolving image', () => pinPrebuiltImage(source.image, deps));
    core.setOutput('image', image);
    core.setOutput('image_built', 'false');
    return { image, built: false };
  }
  const built = await core.group('Building image', () => buildImage(source.build, deps));
  core.setOutput('image', built.image);
  core.setOutput('image_built', String(built.built));
  core.info(`Image: ${built.image} (${built.built ? `built with ${built.builder ?? 'unknown'}` : 'reused'})`);
  return built;
}

/** Each diagnostic is a log line and an annotation on the spec's line. */
function annotate(diagnostic: Diagnostic): void {
  const properties: core.AnnotationProperties = {
    title: diagnostic.rule,
    file: diagnostic.file,
    startLine: diagnostic.line,
    startColumn: diagnostic.column,
  };
  const message = `${diagnostic.message}; ${diagnostic.fix}`;
  if (diagnostic.severity === 'error') core.error(message, properties);
  else core.warning(message, properties);
  core.debug(formatDiagnostic(diagnostic));
}

/** Best effort: a summary that cannot be written only warns. */
async function writeSummary(
  file: string,
  diagnostics: readonly Diagnostic[],
  valid: boolean,
  image: { image: string; built: boolean } | undefined,
): Promise<void> {
  try {
    core.summary.addHeading('PostgREST on Cloud Run', 2);
    if (image) {
      core.summary.addRaw(
        `Image <code>${escapeHtml(image.image)}</code>: ${image.built ? 'built' : 'reused, no build'}`,
        true,
      );
    }
    core.summary.addRaw(`Spec <code>${escapeHtml(file)}</code>: ${valid ? 'valid' : '<b>invalid</b>'}`, true);
    if (diagnostics.length > 0) {
      core.summary.addTable([
        [
          { data: 'Where', header: true },
          { data: 'Severity', header: true },
          { data: 'Problem', header: true },
          { data: 'Rule', header: true },
        ],
        ...diagnostics.map((d) => [
          `${escapeHtml(d.file)}:${d.line}:${d.column}`,
          d.severity,
          escapeHtml(`${d.message}; ${d.fix}`),
          d.rule,
        ]),
      ]);
    }
    await core.summary.write();
  } catch (error) {
    core.warning(
      `Unable to write the job summary: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}
