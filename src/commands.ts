import { parseArgs } from 'node:util';
import type { BuildDependencies } from './build/index.js';
import {
  BUILD_CONTEXT_DIRECTORY,
  buildImage,
  defaultBuildDependencies,
  describeBuild,
} from './build/index.js';
import type { Credentials } from './gcp/auth.js';
import { loadCredentials } from './gcp/auth.js';
import type { SpecConfig } from './config.js';
import {
  builtinVariables,
  ConfigError,
  parseImageSource,
  parsePipelineConfig,
  parseVariables,
  resolveSpecPath,
  parseVersionSetting,
} from './config.js';
import { ACTION_ROOT, actionDefaults } from './defaults.js';
import { createRedactor } from './redact.js';
import { PipelineError, runPipeline } from './pipeline.js';
import { isAtLeast } from './postgrest/version.js';
import { ClaimKeyError, placeRole } from './smoke/claims.js';
import { JwtSecretError, MAX_TTL_SECONDS, mintToken, parseJwtSecret } from './smoke/token.js';
import type { SpecResult } from './spec/index.js';
import { checkSpec, formatDiagnostic, readSpecFile, renderSpec } from './spec/index.js';

const USAGE = `Usage: pgrst-cloudrun COMMAND [options]

Commands:
  validate SPEC [--var NAME=VALUE]... [--postgrest-version vX.Y]
      Check a Cloud Run service spec. One diagnostic per line:
      FILE:LINE:COL: error|warning: MESSAGE [RULE]. Exit 0 valid, 1 invalid, 2 usage error.
  render SPEC [--var NAME=VALUE]... [--postgrest-version vX.Y] [--format yaml|json]
      Print the rendered, validated spec.
  build --repository HOST/PATH [--image-name NAME] [--postgrest-version vX.Y]
        [--builder assemble|cloudbuild|local] [--postgrest-image REF] [--base-image REF]
        [--project-id ID] [--build-region global|REGION] [--logs-bucket gs://BUCKET] [--dry-run]
      Build the PostgREST image unless the registry already has the tag of its build
      context (ctx-<hash>); print it pinned by digest (HOST/PATH/NAME@sha256:...).
      assemble (default) puts it together in the registry; its tag also covers the
      digests the source images resolve to. --dry-run prints the tag (when known
      without the network) and the plan; nothing is sent.
  deploy [--INPUT VALUE]... [--dry-run]
      The action's whole pipeline, with its inputs as flags (dashes for underscores:
      --project-id, --region, --service, --repository, --preview-tag, --smoke-role, ...;
      the JWT secret as --jwt-secret-env NAME or --jwt-secret-file FILE, never a value):
      build or reuse the image, check the spec, deploy a revision with no traffic,
      smoke-test it, promote it. Outputs as NAME=VALUE lines on stdout, progress on
      stderr. --dry-run prints the plan and sends nothing (but a server-side
      ?dryRun=all validation when credentials exist).
  token --role ROLE [--claim-key KEY] (--secret-env NAME | --secret-file FILE)
        [--base64-secret] [--aud AUD] [--ttl SECONDS] [--postgrest-version vX.Y]
      Print a JWT that PostgREST resolves to ROLE: the role placed at the role
      claim key (default .role; $.role from v16) in that version's grammar, signed
      as PostgREST verifies it (HS256 for a string secret; a JWK's own algorithm).

Options:
  --var NAME=VALUE          a \${NAME} value (repeatable)
  --postgrest-version vX.Y  the PostgREST release the image runs (default from action.yml)
  --format yaml|json        render output (default yaml)
  -h, --help                this help

Build settings default as in action.yml. Credentials: CLOUDSDK_AUTH_ACCESS_TOKEN_FILE, else
application default credentials; CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD points at
another Cloud Build endpoint.`;

/** Exit codes of the CLI, as DESIGN.md fixes them. */
const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** The CLI's only contact with the outside, so tests can run it in-process. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  readFile: (path: string) => string;
  /** The build stage's dependencies; real ones from the environment when absent. */
  buildDependencies?: (log: (line: string) => void) => BuildDependencies;
}

/** Run the CLI with `argv` (without node and script); resolves with the exit code. */
export async function main(argv: readonly string[], given: Io): Promise<number> {
  // No runner masks the CLI's output: every secret and token this run handles is cut out of what it prints.
  const redactor = createRedactor();
  const io: Io & { mask: (secret: string) => void } = {
    ...given,
    out: (text) => {
      given.out(redactor.redact(text));
    },
    err: (text) => {
      given.err(redactor.redact(text));
    },
    mask: redactor.add,
  };
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
      case 'build':
        return await buildCommand(rest, io);
      case 'token':
        return await tokenCommand(rest, io);
      case 'deploy':
        return await deployCommand(rest, io);
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
  const source = readSpecFile({ path: config.spec, file: config.spec, input: 'SPEC' });
  const result: SpecResult =
    source.text === undefined
      ? source
      : checkSpec({
          file: config.spec,
          text: source.text,
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

async function buildCommand(
  args: readonly string[],
  io: Io & { mask: (secret: string) => void },
): Promise<number> {
  const settings = [
    'repository',
    'image-name',
    'builder',
    'postgrest-image',
    'base-image',
    'project-id',
    'build-region',
    'logs-bucket',
  ] as const;
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      ...Object.fromEntries(settings.map((name) => [name, { type: 'string' as const }])),
      'postgrest-version': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return usage(io);
  noPositionals('build', positionals);
  const defaults = actionDefaults();
  const flag = (input: string): string => `--${input.replaceAll('_', '-')}`;
  const read = (input: string): string => {
    const value = (values as Record<string, unknown>)[input.replaceAll('_', '-')];
    return typeof value === 'string' ? value : (defaults[input] ?? '');
  };
  const version = parseVersionSetting(read('postgrest_version'), '--postgrest-version');
  const source = parseImageSource(read, flag, version);
  if (source.kind !== 'build')
    throw new ConfigError('build needs --repository HOST/PATH: where the image is pushed');
  const config = source.build;

  if (values['dry-run']) {
    const plan = describeBuild(config, BUILD_CONTEXT_DIRECTORY);
    if (plan.image) io.out(`${plan.image}\n`);
    io.err(plan.text);
    return EXIT.ok;
  }

  const log = (line: string): void => {
    io.err(`${line}\n`);
  };
  let credentials: Credentials | undefined;
  const credentialsOnce = (): Credentials => (credentials ??= loadCredentials(process.env, io.mask));
  const deps = io.buildDependencies?.(log) ?? defaultBuildDependencies(process.env, log, credentialsOnce);
  try {
    const built = await buildImage(config, deps);
    io.out(`${built.image}\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    io.err(`pgrst-cloudrun build: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.invalid;
  }
}

async function tokenCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      'claim-key': { type: 'string' },
      'secret-env': { type: 'string' },
      'secret-file': { type: 'string' },
      'base64-secret': { type: 'boolean', default: false },
      aud: { type: 'string' },
      ttl: { type: 'string', default: '300' },
      'postgrest-version': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return usage(io);
  noPositionals('token', positionals);
  const role = values.role;
  if (!role) throw new ConfigError('token needs --role ROLE: the database role the token resolves to');
  if ((values['secret-env'] === undefined) === (values['secret-file'] === undefined)) {
    throw new ConfigError(
      'token needs exactly one of --secret-env NAME and --secret-file FILE (the secret never goes on the command line)',
    );
  }
  const ttl = Number(values.ttl);
  if (!/^\d+$/.test(values.ttl) || ttl < 1 || ttl > MAX_TTL_SECONDS) {
    throw new ConfigError(`--ttl must be 1 to ${String(MAX_TTL_SECONDS)} seconds, not "${values.ttl}"`);
  }
  const version = parseVersionSetting(
    values['postgrest-version'] ?? actionDefaults()['postgrest_version'] ?? '',
    '--postgrest-version',
  );
  let secret: string;
  if (values['secret-env'] !== undefined) {
    const value = process.env[values['secret-env']];
    if (!value)
      throw new ConfigError(`--secret-env ${values['secret-env']}: that environment variable is not set`);
    secret = value;
  } else {
    const file = values['secret-file'] ?? '';
    try {
      // PostgREST's @file form strips one trailing newline; so does this.
      secret = io.readFile(file).replace(/\r?\n$/, '');
    } catch (error) {
      throw new ConfigError(
        `--secret-file "${file}" cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      );
    }
  }
  const claimKey = values['claim-key'] ?? (isAtLeast(version, 16) ? '$.role' : '.role');
  try {
    const key = parseJwtSecret(secret, { base64: values['base64-secret'], version });
    const claims = placeRole(claimKey, role, version);
    const token = await mintToken(claims, key, {
      now: Math.floor(Date.now() / 1000),
      ttlSeconds: ttl,
      ...(values.aud ? { aud: values.aud } : {}),
    });
    io.out(`${token}\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof JwtSecretError || error instanceof ClaimKeyError) {
      io.err(`pgrst-cloudrun token: ${error.message}\n`);
      return EXIT.invalid;
    }
    throw error;
  }
}

async function deployCommand(
  args: readonly string[],
  io: Io & { mask: (secret: string) => void },
): Promise<number> {
  const defaults = actionDefaults();
  const flag = (input: string): string => input.replaceAll('_', '-');
  const options: Record<string, { type: 'string' } | { type: 'boolean' }> = {
    help: { type: 'boolean' },
    'jwt-secret-env': { type: 'string' },
    'jwt-secret-file': { type: 'string' },
  };
  for (const input of Object.keys(defaults))
    options[flag(input)] = { type: input === 'dry_run' ? 'boolean' : 'string' };
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options });
  if (values['help']) return usage(io);
  noPositionals('deploy', positionals);
  if (values['jwt-secret'] !== undefined) {
    throw new ConfigError(
      '--jwt-secret would put the secret on the command line, where ps and the shell history show it: use --jwt-secret-env NAME or --jwt-secret-file FILE',
    );
  }
  const jwtSecret = readSecretFlag(values['jwt-secret-env'], values['jwt-secret-file'], io, '--jwt-secret');
  const read = (input: string): string => {
    if (input === 'jwt_secret') return jwtSecret ?? '';
    const value = values[flag(input)];
    if (typeof value === 'boolean') return String(value);
    return value ?? defaults[input] ?? '';
  };
  const config = parsePipelineConfig(read, (input) => `--${flag(input)}`);
  const specPath = resolveSpecPath(config.spec.spec, process.cwd(), ACTION_ROOT, '--spec');
  const log = (line: string): void => {
    io.err(`${line}\n`);
  };
  try {
    const source = readSpecFile({ path: specPath, file: config.spec.spec, input: '--spec' });
    if (source.text === undefined)
      throw new PipelineError(
        `${config.spec.spec} was refused before parsing: nothing was sent to Google Cloud`,
        { ...source, timeline: [] },
      );
    await runPipeline(config, {
      env: process.env,
      log,
      group: async (name, fn) => {
        log(`== ${name}`);
        return fn();
      },
      mask: io.mask,
      setOutput: (name, value) => {
        io.out(`${name}=${value}\n`);
      },
      specFile: { name: config.spec.spec, text: source.text },
      // Inside a workflow, the run's id keeps revision names unique, as in the action.
      run: {
        ...(process.env['GITHUB_RUN_ID'] ? { id: process.env['GITHUB_RUN_ID'] } : {}),
        ...(process.env['GITHUB_RUN_ATTEMPT'] ? { attempt: process.env['GITHUB_RUN_ATTEMPT'] } : {}),
      },
    });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof PipelineError) {
      for (const diagnostic of error.report.diagnostics) io.err(`${formatDiagnostic(diagnostic)}\n`);
      io.err(`pgrst-cloudrun deploy: ${error.message}\n`);
      return EXIT.invalid;
    }
    throw error;
  }
}

/**
 * A secret given to the CLI by the name of an environment variable (`--NAME-env`) or a file (`--NAME-file`, one
 * trailing newline stripped as PostgREST does for @file), never as a value on the command line. Handed to `mask`.
 */
function readSecretFlag(
  envName: unknown,
  file: unknown,
  io: Io & { mask: (secret: string) => void },
  flag: string,
): string | undefined {
  if (typeof envName === 'string' && typeof file === 'string') {
    throw new ConfigError(`${flag}-env and ${flag}-file are mutually exclusive: give the secret one way`);
  }
  let secret: string | undefined;
  if (typeof envName === 'string') {
    secret = process.env[envName];
    if (!secret) throw new ConfigError(`${flag}-env ${envName}: that environment variable is not set`);
  } else if (typeof file === 'string') {
    try {
      secret = io.readFile(file).replace(/\r?\n$/, '');
    } catch (error) {
      throw new ConfigError(
        `${flag}-file "${file}" cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      );
    }
  }
  if (secret) io.mask(secret);
  return secret;
}

function usage(io: Io): number {
  io.out(`${USAGE}\n`);
  return EXIT.ok;
}

function noPositionals(command: string, positionals: readonly string[]): void {
  if (positionals.length > 0) {
    throw new ConfigError(`${command} takes no positional arguments, got "${positionals.join(' ')}"`);
  }
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}
