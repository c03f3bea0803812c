// The action: parse the inputs, read the spec, run the pipeline with the dependencies the environment gives, and
// report — outputs, annotations on the spec's lines, the job summary. The one place that turns a failure into
// setFailed.
import path from 'node:path';
import * as core from '@actions/core';
import type { PipelineConfig } from '../config/index.js';
import { bundledSpecNotice, parsePipelineConfig, resolveSpecPath } from '../config/index.js';
import { ACTION_ROOT } from '../defaults.js';
import type { PipelineIo } from '../pipeline.js';
import { defaultPipelineDependencies, PipelineError, runPipeline, workflowRunOf } from '../pipeline.js';
import type { PipelineReport, Redactor } from '../report/index.js';
import { annotationsOf, createRedactor, renderSummary } from '../report/index.js';
import { formatDiagnostic, readSpecFile } from '../spec/index.js';

/** Parse every input, rejecting bad values and combinations before anything runs. Defaults live in action.yml. */
export function getActionConfig(): PipelineConfig {
  return parsePipelineConfig(
    (name) => core.getInput(name),
    (name) => `input \`${name}\``,
  );
}

/** Run the action. */
export async function run(): Promise<void> {
  const state: ActionState = { file: core.getInput('spec') };
  // The runner masks the log; the summary is a file it does not mask: every secret is cut out of it here too.
  const redactor = createRedactor();
  const mask = (secret: string): void => {
    core.setSecret(secret);
    redactor.add(secret);
  };
  try {
    await runAction(state, redactor, mask);
  } catch (error) {
    core.setFailed(redactor.redact(error instanceof Error ? error.message : String(error)));
  } finally {
    if (state.report) await writeSummary(state, state.report, redactor);
  }
}

/** What the summary needs whatever happened: the spec's name, the report so far, a notice for the top. */
interface ActionState {
  file: string;
  report?: PipelineReport;
  notice?: string;
}

async function runAction(
  state: ActionState,
  redactor: Redactor,
  mask: (secret: string) => void,
): Promise<void> {
  const config = getActionConfig();
  const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
  const { path: specPath, bundled } = resolveSpecPath(
    config.spec.spec,
    workspace,
    ACTION_ROOT,
    'input `spec`',
  );
  if (bundled) {
    state.notice = bundledSpecNotice(config.spec.spec, 'input `spec`');
    core.notice(state.notice);
  }
  // Annotations need the path relative to the repository to land on the right file.
  state.file = path.relative(workspace, specPath).startsWith('..')
    ? config.spec.spec
    : path.relative(workspace, specPath);
  const secret = core.getInput('jwt_secret');
  if (secret) mask(secret);
  try {
    const source = readSpecFile({ path: specPath, file: state.file, input: 'input `spec`' });
    if (source.text === undefined) {
      throw new PipelineError(`${state.file} was refused before parsing: nothing was sent to Google Cloud`, {
        ...source,
        timeline: [],
      });
    }
    const io: PipelineIo = {
      log: (line) => {
        core.info(redactor.redact(line));
      },
      group: (name, fn) => core.group(name, fn),
      mask,
      setOutput: core.setOutput,
      specFile: { name: state.file, text: source.text },
      run: workflowRunOf(process.env),
      ...(process.env['RUNNER_TEMP'] ? { tempDir: process.env['RUNNER_TEMP'] } : {}),
    };
    state.report = await runPipeline(config, io, defaultPipelineDependencies(config, process.env, io));
  } catch (error) {
    if (error instanceof PipelineError) state.report = error.report;
    throw error;
  } finally {
    annotate(state.report);
  }
}

/** Each diagnostic is an annotation on the spec's line (and a debug line). */
function annotate(report: PipelineReport | undefined): void {
  for (const { severity, message, ...properties } of annotationsOf(report?.diagnostics ?? [])) {
    if (severity === 'error') core.error(message, properties);
    else core.warning(message, properties);
  }
  for (const diagnostic of report?.diagnostics ?? []) core.debug(formatDiagnostic(diagnostic));
}

/** Best effort: a summary that cannot be written only warns. */
async function writeSummary(state: ActionState, report: PipelineReport, redactor: Redactor): Promise<void> {
  try {
    const notice = state.notice ? `> [!NOTE]\n> ${state.notice}\n\n` : '';
    core.summary.addRaw(redactor.redact(notice + renderSummary(state.file, report)));
    await core.summary.write();
  } catch (error) {
    core.warning(
      `Unable to write the job summary: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
