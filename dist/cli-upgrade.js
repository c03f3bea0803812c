import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __dirname = import.meta.dirname;
import {
  formatDiagnostic,
  planUpgrade,
  readSpecFile
} from "./shared-spec.js";
import "./yaml.js";
import {
  EXIT,
  USAGE
} from "./shared-cli.js";
import {
  ConfigError,
  parseVersionSetting
} from "./shared-build.js";
import "./esbuild-runtime.js";

// src/cli/upgrade.ts
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
function upgradeCommand(args, io) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      to: { type: "string" },
      from: { type: "string" },
      write: { type: "boolean", default: false },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.out(`${USAGE}
`);
    return EXIT.ok;
  }
  const [file, ...extra] = positionals;
  if (file === void 0 || extra.length > 0) throw new ConfigError("upgrade takes exactly one SPEC file");
  if (values.to === void 0)
    throw new ConfigError("upgrade needs --to vX.Y, the PostgREST release to upgrade to");
  const to = parseVersionSetting(values.to, "--to");
  const from = values.from === void 0 ? void 0 : parseVersionSetting(values.from, "--from");
  if (from && from.major > to.major)
    throw new ConfigError(`--to ${to.tag} is older than --from ${from.tag}: upgrade goes forward only`);
  const source = readSpecFile({ path: file, file, input: "SPEC" });
  if (source.text === void 0) {
    for (const diagnostic of source.diagnostics) io.out(`${formatDiagnostic(diagnostic)}
`);
    return EXIT.invalid;
  }
  const plan = planUpgrade({ file, text: source.text, to });
  const was = from ?? plan.validatedFor;
  report(file, plan, values.write, io);
  if (values.write) (io.writeFile ?? writeFileSync)(file, plan.text);
  io.err(
    `${file}: ${was ? `from PostgREST ${was.tag} ` : ""}to ${to.tag}: ${String(plan.changes.length)} change(s)${values.write ? " written" : plan.changes.length ? " (run again with --write to make them)" : ""}, ${String(plan.findings.length)} finding(s) for a human
`
  );
  return plan.findings.length > 0 || plan.changes.length > 0 && !values.write ? EXIT.invalid : EXIT.ok;
}
function report(file, plan, written, io) {
  for (const c of plan.changes) {
    io.out(
      `${file}:${String(c.line)}:${String(c.column)}: ${written ? "changed" : "change"}: ${JSON.stringify(c.from)} -> ${JSON.stringify(c.to)}: ${c.why} [${c.rule}]
`
    );
  }
  for (const finding of plan.findings) io.out(`${formatDiagnostic(finding)}
`);
}
export {
  upgradeCommand
};
