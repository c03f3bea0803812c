// `validate` and `render`: the spec stage alone, offline.
import { parseArgs } from 'node:util';
import type { SpecConfig } from '../config/index.js';
import { ConfigError, parseDbMaxConnections, parseVariables, parseVersionSetting } from '../config/index.js';
import { actionDefaults } from '../defaults.js';
import type { SpecResult } from '../spec/index.js';
import { checkSpec, formatDiagnostic, readSpecFile, renderSpec, specVariables } from '../spec/index.js';
import type { Io } from './io.js';
import { EXIT, USAGE } from './io.js';

export function specCommand(command: 'validate' | 'render', args: readonly string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      var: { type: 'string', multiple: true, default: [] },
      'postgrest-version': { type: 'string' },
      'db-max-connections': { type: 'string', default: '' },
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
    dbMaxConnections: parseDbMaxConnections(values['db-max-connections'], '--db-max-connections'),
  };
  const source = readSpecFile({ path: config.spec, file: config.spec, input: 'SPEC' });
  const result: SpecResult =
    source.text === undefined
      ? source
      : checkSpec({
          file: config.spec,
          text: source.text,
          variables: specVariables(config.variables, { POSTGREST_VERSION: config.postgrestVersion.tag }),
          postgrestVersion: config.postgrestVersion,
          dbMaxConnections: config.dbMaxConnections,
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
