// `build`: the build stage alone — build (or reuse) the image and print it pinned by digest.
import { parseArgs } from 'node:util';
import {
  BUILD_CONTEXT_DIRECTORY,
  buildImage,
  defaultBuildDependencies,
  describeBuild,
} from '../build/index.js';
import { ConfigError, parseImageSource, parseVersionSetting } from '../config/index.js';
import { actionDefaults } from '../defaults.js';
import type { Credentials } from '../gcp/index.js';
import { loadCredentials } from '../gcp/index.js';
import type { CommandIo } from './io.js';
import { EXIT, noPositionals, usage } from './io.js';

export async function buildCommand(args: readonly string[], io: CommandIo): Promise<number> {
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
    const plan = await describeBuild(config, BUILD_CONTEXT_DIRECTORY);
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
