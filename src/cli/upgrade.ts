// `upgrade SPEC --to vX.Y [--from vX.Y] [--write]`: what a PostgREST release changes for a spec; with --write, the
// spec rewritten in place (only the changed scalars, and the marker line) keeping its comments and layout.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, parseVersionSetting } from '../config/index.js';
import type { UpgradePlan } from '../spec/index.js';
import { formatDiagnostic, planUpgrade, readSpecFile } from '../spec/index.js';
import type { Io } from './io.js';
import { EXIT, USAGE } from './io.js';

/** Exit 0 when nothing is left to do (nothing to change, or all written), 1 when something is, 2 on usage. */
export function upgradeCommand(args: readonly string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      to: { type: 'string' },
      from: { type: 'string' },
      write: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(`${USAGE}\n`);
    return EXIT.ok;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) throw new ConfigError('upgrade takes exactly one SPEC file');
  if (values.to === undefined)
    throw new ConfigError('upgrade needs --to vX.Y, the PostgREST release to upgrade to');
  const to = parseVersionSetting(values.to, '--to');
  const from = values.from === undefined ? undefined : parseVersionSetting(values.from, '--from');
  if (from && from.major > to.major)
    throw new ConfigError(`--to ${to.tag} is older than --from ${from.tag}: upgrade goes forward only`);
  const source = readSpecFile({ path: file, file, input: 'SPEC' });
  if (source.text === undefined) {
    for (const diagnostic of source.diagnostics) io.out(`${formatDiagnostic(diagnostic)}\n`);
    return EXIT.invalid;
  }
  const plan = planUpgrade({ file, text: source.text, to });
  const was = from ?? plan.validatedFor;
  report(file, plan, values.write, io);
  if (values.write) (io.writeFile ?? writeFileSync)(file, plan.text);
  io.err(
    `${file}: ${was ? `from PostgREST ${was.tag} ` : ''}to ${to.tag}: ${String(plan.changes.length)} change(s)${values.write ? ' written' : plan.changes.length ? ' (run again with --write to make them)' : ''}, ${String(plan.findings.length)} finding(s) for a human\n`,
  );
  return plan.findings.length > 0 || (plan.changes.length > 0 && !values.write) ? EXIT.invalid : EXIT.ok;
}

/** One line per change (`FILE:LINE:COL: change: ...`) and per finding (the diagnostic's line). */
function report(file: string, plan: UpgradePlan, written: boolean, io: Io): void {
  for (const c of plan.changes) {
    io.out(
      `${file}:${String(c.line)}:${String(c.column)}: ${written ? 'changed' : 'change'}: ${JSON.stringify(c.from)} -> ${JSON.stringify(c.to)}: ${c.why} [${c.rule}]\n`,
    );
  }
  for (const finding of plan.findings) io.out(`${formatDiagnostic(finding)}\n`);
}
