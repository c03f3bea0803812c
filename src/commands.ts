import { parseArgs } from 'node:util';
import type { SpecConfig } from './config.js';
import { builtinVariables, ConfigError, parseVariables, parseVersionSetting } from './config.js';
import { actionDefaults } from './defaults.js';
import { checkSpec, formatDiagnostic, renderSpec } from './spec/index.js';

const USAGE = `Usage: pgrst-cloudrun COMMAND [options]

Commands:
  validate SPEC [--var NAME=VALUE]... [--postgrest-version vX.Y]
      Check a Cloud Run service spec. One diagnostic per line:
      FILE:LINE:COL: error|warning: MESSAGE [RULE]. Exit 0 valid, 1 invalid, 2 usage error.
  render SPEC [--var NAME=VALUE]... [--postgrest-version vX.Y] [--format yaml|json]
      Print the rendered, validated spec.

Options:
  --var NAME=VALUE          a \${NAME} value (repeatable)
  --postgrest-version vX.Y  the PostgREST release the image runs (default from action.yml)
  --format yaml|json        render output (default yaml)
  -h, --help                this help`;

/** Exit codes of the CLI, as DESIGN.md fixes them. */
const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** The CLI's only contact with the outside, so tests can run it in-process. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  readFile: (path: string) => string;
}

/** Run the CLI with `argv` (without node and script); returns the exit code. */
export function main(argv: readonly string[], io: Io): number {
  try {
    const [command, ...rest] = argv;
    if (command === undefined) throw new ConfigError('missing COMMAND');
    if (command === '-h' || command === '--help') {
      io.out(`${USAGE}\n`);
      return EXIT.ok;
    }
    switch (command) {
      case 'validate':
      case 'render':
        return specCommand(command, rest, io);
      default:
        throw new ConfigError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof ConfigError || isParseArgsError(error)) {
      io.err(`pgrst-cloudrun: ${(error as Error).message}\n\n${USAGE}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function specCommand(command: 'validate' | 'render', args: readonly string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      var: { type: 'string', multiple: true, default: [] },
      'postgrest-version': { type: 'string' },
      format: { type: 'string', default: 'yaml' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new ConfigError(`${command} takes exactly one SPEC file`);
  const format = values.format;
  if (format !== 'yaml' && format !== 'json')
    throw new ConfigError(`--format must be yaml or json, not "${format}"`);
  if (command === 'validate' && format !== 'yaml') throw new ConfigError('--format applies to render only');
  const config: SpecConfig = {
    spec: positionals[0] ?? '',
    variables: parseVariables(values.var, '--var'),
    postgrestVersion: parseVersionSetting(
      values['postgrest-version'] ?? actionDefaults()['postgrest_version'] ?? '',
      '--postgrest-version',
    ),
  };
  let text: string;
  try {
    text = io.readFile(config.spec);
  } catch (error) {
    throw new ConfigError(
      `cannot read SPEC "${config.spec}": ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    );
  }
  const result = checkSpec({
    file: config.spec,
    text,
    variables: builtinVariables(config),
    postgrestVersion: config.postgrestVersion,
    allowUnsetBuiltins: command === 'validate',
  });
  // validate's findings are its output; render's output is the spec, so its warnings go to stderr.
  const report = command === 'validate' ? io.out : io.err;
  for (const diagnostic of result.diagnostics) report(`${formatDiagnostic(diagnostic)}\n`);
  if (!result.valid) return EXIT.invalid;
  if (command === 'render') io.out(renderSpec(result, format));
  else
    io.err(
      `${config.spec}: valid for PostgREST ${config.postgrestVersion.tag}${result.diagnostics.length ? ` (${result.diagnostics.length} warning${result.diagnostics.length > 1 ? 's' : ''})` : ''}\n`,
    );
  return EXIT.ok;
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}
