import path from 'node:path';
import * as core from '@actions/core';
import { parsePipelineConfig, resolveSpecPath } from './config.js';
import { ACTION_ROOT } from './defaults.js';
import type { PipelineConfig, PipelineReport } from './pipeline.js';
import { PipelineError, runPipeline } from './pipeline.js';
import type { Diagnostic } from './spec/index.js';
import { formatDiagnostic, readSpecFile } from './spec/index.js';
import { createRedactor } from './redact.js';
import type { Redactor } from './redact.js';
import { renderSummary } from './summary.js';

/** Parse every input, rejecting bad values and combinations before anything runs. Defaults live in action.yml. */
export function getActionConfig(): PipelineConfig {
  return parsePipelineConfig(
    (name) => core.getInput(name),
    (name) => `input \`${name}\``,
  );
}

/** Run the action: parse inputs, run the pipeline, report. The one place that turns a failure into setFailed. */
export async function run(): Promise<void> {
  let report: PipelineReport | undefined;
  let file = core.getInput('spec');
  // The runner masks the log; the summary is a file it does not mask: every secret is cut out of it here too.
  const redactor = createRedactor();
  const mask = (secret: string): void => {
    core.setSecret(secret);
    redactor.add(secret);
  };
  try {
    const config = getActionConfig();
    const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
    const specPath = resolveSpecPath(config.spec.spec, workspace, ACTION_ROOT, 'input `spec`');
    // Annotations need the path relative to the repository to land on the right file.
    file = path.relative(workspace, specPath).startsWith('..')
      ? config.spec.spec
      : path.relative(workspace, specPath);
    const secret = core.getInput('jwt_secret');
    if (secret) mask(secret);
    try {
      const source = readSpecFile({ path: specPath, file, input: 'input `spec`' });
      if (source.text === undefined)
        throw new PipelineError(`${file} was refused before parsing: nothing was sent to Google Cloud`, {
          ...source,
          timeline: [],
        });
      report = await runPipeline(config, {
        env: process.env,
        log: (line) => {
          core.info(redactor.redact(line));
        },
        group: (name, fn) => core.group(name, fn),
        mask,
        setOutput: core.setOutput,
        specFile: { name: file, text: source.text },
        run: {
          ...(process.env['GITHUB_RUN_ID'] ? { id: process.env['GITHUB_RUN_ID'] } : {}),
          ...(process.env['GITHUB_RUN_ATTEMPT'] ? { attempt: process.env['GITHUB_RUN_ATTEMPT'] } : {}),
        },
      });
    } catch (error) {
      if (error instanceof PipelineError) report = error.report;
      throw error;
    } finally {
      for (const diagnostic of report?.diagnostics ?? []) annotate(diagnostic);
    }
  } catch (error) {
    core.setFailed(redactor.redact(error instanceof Error ? error.message : String(error)));
  } finally {
    if (report) await writeSummary(file, report, redactor);
  }
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
async function writeSummary(file: string, report: PipelineReport, redactor: Redactor): Promise<void> {
  try {
    core.summary.addRaw(redactor.redact(renderSummary(file, report)));
    await core.summary.write();
  } catch (error) {
    core.warning(
      `Unable to write the job summary: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
