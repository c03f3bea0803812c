// `deploy`: the action's whole pipeline, its inputs as flags (dashes for underscores).
import { parseArgs } from 'node:util';
import type { PipelineConfig } from '../config/index.js';
import { bundledSpecNotice, ConfigError, parsePipelineConfig, resolveSpecPath } from '../config/index.js';
import { ACTION_ROOT, actionDefaults } from '../defaults.js';
import type { PipelineIo } from '../pipeline.js';
import { defaultPipelineDependencies, PipelineError, runPipeline, workflowRunOf } from '../pipeline.js';
import { formatDiagnostic, readSpecFile } from '../spec/index.js';
import type { CommandIo } from './io.js';
import { EXIT, noPositionals, readSecretFlag, usage } from './io.js';

/** The action's inputs as flags: dashes for underscores; the JWT secret only from a variable or a file. */
function parseDeployFlags(args: readonly string[], io: CommandIo): PipelineConfig | 'help' {
  const defaults = actionDefaults();
  const flag = (input: string): string => input.replaceAll('_', '-');
  const options: Record<string, { type: 'string' } | { type: 'boolean' }> = {
    help: { type: 'boolean' },
    'jwt-secret-env': { type: 'string' },
    'jwt-secret-file': { type: 'string' },
  };
  for (const input of Object.keys(defaults))
    options[flag(input)] = { type: input === 'dry_run' ? 'boolean' : 'string' };
  // --dry-run alone sends nothing; --dry-run=validate also asks Cloud Run (parseArgs has no optional values).
  const validate = args.includes('--dry-run=validate');
  const { values, positionals } = parseArgs({
    args: args.filter((arg) => arg !== '--dry-run=validate'),
    allowPositionals: true,
    options,
  });
  if (values['help']) return 'help';
  noPositionals('deploy', positionals);
  if (values['jwt-secret'] !== undefined) {
    throw new ConfigError(
      '--jwt-secret would put the secret on the command line, where ps and the shell history show it: use --jwt-secret-env NAME or --jwt-secret-file FILE',
    );
  }
  const jwtSecret = readSecretFlag(values['jwt-secret-env'], values['jwt-secret-file'], io, '--jwt-secret');
  const read = (input: string): string => {
    if (input === 'jwt_secret') return jwtSecret ?? '';
    if (input === 'dry_run' && validate) return 'validate';
    const value = values[flag(input)];
    if (typeof value === 'boolean') return String(value);
    return value ?? defaults[input] ?? '';
  };
  return parsePipelineConfig(read, (input) => `--${flag(input)}`);
}

/** How the pipeline talks to a terminal: progress on stderr, outputs as NAME=VALUE lines on stdout. */
function terminalIo(io: CommandIo, specFile: PipelineIo['specFile']): PipelineIo {
  const log = (line: string): void => {
    io.err(`${line}\n`);
  };
  return {
    log,
    group: async (name, fn) => {
      log(`== ${name}`);
      return fn();
    },
    mask: io.mask,
    setOutput: (name, value) => {
      io.out(`${name}=${value}\n`);
    },
    specFile,
    // Inside a workflow, the run's id keeps revision names unique, as in the action.
    run: workflowRunOf(process.env),
    ...(process.env['RUNNER_TEMP'] ? { tempDir: process.env['RUNNER_TEMP'] } : {}),
  };
}

export async function deployCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const config = parseDeployFlags(args, io);
  if (config === 'help') return usage(io);
  const { path: specPath, bundled } = resolveSpecPath(config.spec.spec, process.cwd(), ACTION_ROOT, '--spec');
  if (bundled) io.err(`notice: ${bundledSpecNotice(config.spec.spec, '--spec')}\n`);
  try {
    const source = readSpecFile({ path: specPath, file: config.spec.spec, input: '--spec' });
    if (source.text === undefined) {
      throw new PipelineError(
        `${config.spec.spec} was refused before parsing: nothing was sent to Google Cloud`,
        {
          ...source,
          timeline: [],
        },
      );
    }
    const pipelineIo = terminalIo(io, { name: config.spec.spec, text: source.text });
    await runPipeline(config, pipelineIo, defaultPipelineDependencies(config, process.env, pipelineIo));
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof PipelineError)) throw error;
    for (const diagnostic of error.report.diagnostics) io.err(`${formatDiagnostic(diagnostic)}\n`);
    io.err(`pgrst-cloudrun deploy: ${error.message}\n`);
    return EXIT.invalid;
  }
}
