import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __dirname = import.meta.dirname;
import {
  checkSpec,
  formatDiagnostic,
  readSpecFile,
  renderSpec,
  specVariables
} from "./shared-spec.js";
import "./yaml.js";
import {
  EXIT,
  USAGE
} from "./shared-cli.js";
import {
  ConfigError,
  actionDefaults,
  parseDbMaxConnections,
  parseVariables,
  parseVersionSetting
} from "./shared-build.js";
import "./esbuild-runtime.js";

// src/cli/spec.ts
import { parseArgs } from "node:util";
function specCommand(command, args, io) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      var: { type: "string", multiple: true, default: [] },
      "postgrest-version": { type: "string" },
      "db-max-connections": { type: "string", default: "" },
      format: { type: "string", default: "yaml" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.out(`${USAGE}
`);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new ConfigError(`${command} takes exactly one SPEC file`);
  const format = values.format;
  if (format !== "yaml" && format !== "json")
    throw new ConfigError(`--format must be yaml or json, not "${format}"`);
  if (command === "validate" && format !== "yaml") throw new ConfigError("--format applies to render only");
  const config = {
    spec: positionals[0] ?? "",
    variables: parseVariables(values.var, "--var"),
    postgrestVersion: parseVersionSetting(
      values["postgrest-version"] ?? actionDefaults()["postgrest_version"] ?? "",
      "--postgrest-version"
    ),
    dbMaxConnections: parseDbMaxConnections(values["db-max-connections"], "--db-max-connections")
  };
  const source = readSpecFile({ path: config.spec, file: config.spec, input: "SPEC" });
  const result = source.text === void 0 ? source : checkSpec({
    file: config.spec,
    text: source.text,
    variables: specVariables(config.variables, { POSTGREST_VERSION: config.postgrestVersion.tag }),
    postgrestVersion: config.postgrestVersion,
    dbMaxConnections: config.dbMaxConnections,
    allowUnsetBuiltins: command === "validate"
  });
  const report = command === "validate" ? io.out : io.err;
  for (const diagnostic of result.diagnostics) report(`${formatDiagnostic(diagnostic)}
`);
  if (!result.valid) return EXIT.invalid;
  if (command === "render") io.out(renderSpec(result, format));
  else
    io.err(
      `${config.spec}: valid for PostgREST ${config.postgrestVersion.tag}${result.diagnostics.length ? ` (${result.diagnostics.length} warning${result.diagnostics.length > 1 ? "s" : ""})` : ""}
`
    );
  return EXIT.ok;
}
export {
  specCommand
};
