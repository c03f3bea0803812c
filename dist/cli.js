#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __fileURLToPath(new URL('.', import.meta.url));
import {
  ConfigError,
  actionDefaults,
  buildImage,
  builtinVariables,
  checkSpec,
  cloudBuildRequest,
  defaultBuildDependencies,
  formatDiagnostic,
  formatReference,
  localBuildCommands,
  parseImageSource,
  parseVariables,
  parseVersionSetting,
  planImage,
  renderSpec,
  require_dist
} from "./chunk-TROHGCTX.js";
import "./chunk-ZDDAFUCE.js";
import {
  __toESM
} from "./chunk-6RM6VHMK.js";

// src/cli.ts
import { readFileSync } from "node:fs";

// src/commands.ts
var import_yaml = __toESM(require_dist(), 1);
import { parseArgs } from "node:util";
var USAGE = `Usage: pgrst-cloudrun COMMAND [options]

Commands:
  validate SPEC [--var NAME=VALUE]... [--postgrest-version vX.Y]
      Check a Cloud Run service spec. One diagnostic per line:
      FILE:LINE:COL: error|warning: MESSAGE [RULE]. Exit 0 valid, 1 invalid, 2 usage error.
  render SPEC [--var NAME=VALUE]... [--postgrest-version vX.Y] [--format yaml|json]
      Print the rendered, validated spec.
  build --repository HOST/PATH [--image-name NAME] [--postgrest-version vX.Y]
        [--builder cloudbuild|local] [--project-id ID] [--build-region global|REGION]
        [--logs-bucket gs://BUCKET] [--dry-run]
      Build the PostgREST image unless the registry already has the tag of its build
      context (ctx-<hash>); print it pinned by digest (HOST/PATH/NAME@sha256:...).
      --dry-run prints the tag and the build request; nothing is sent.

Options:
  --var NAME=VALUE          a \${NAME} value (repeatable)
  --postgrest-version vX.Y  the PostgREST release the image runs (default from action.yml)
  --format yaml|json        render output (default yaml)
  -h, --help                this help

Build settings default as in action.yml. Credentials: CLOUDSDK_AUTH_ACCESS_TOKEN_FILE, else
application default credentials; CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD points at
another Cloud Build endpoint.`;
var EXIT = { ok: 0, invalid: 1, usage: 2 };
async function main(argv, io) {
  try {
    const [command, ...rest] = argv;
    if (command === void 0) throw new ConfigError("missing COMMAND");
    if (command === "-h" || command === "--help") {
      io.out(`${USAGE}
`);
      return EXIT.ok;
    }
    switch (command) {
      case "validate":
      case "render":
        return specCommand(command, rest, io);
      case "build":
        return await buildCommand(rest, io);
      default:
        throw new ConfigError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof ConfigError || isParseArgsError(error)) {
      io.err(`pgrst-cloudrun: ${error.message}

${USAGE}
`);
      return EXIT.usage;
    }
    throw error;
  }
}
function specCommand(command, args, io) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      var: { type: "string", multiple: true, default: [] },
      "postgrest-version": { type: "string" },
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
    )
  };
  let text;
  try {
    text = io.readFile(config.spec);
  } catch (error) {
    throw new ConfigError(
      `cannot read SPEC "${config.spec}": ${error.code ?? String(error)}`
    );
  }
  const result = checkSpec({
    file: config.spec,
    text,
    variables: builtinVariables(config),
    postgrestVersion: config.postgrestVersion,
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
async function buildCommand(args, io) {
  const settings = [
    "repository",
    "image-name",
    "builder",
    "project-id",
    "build-region",
    "logs-bucket"
  ];
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      ...Object.fromEntries(settings.map((name) => [name, { type: "string" }])),
      "postgrest-version": { type: "string" },
      "dry-run": { type: "boolean", default: false },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.out(`${USAGE}
`);
    return EXIT.ok;
  }
  if (positionals.length > 0)
    throw new ConfigError(`build takes no positional arguments, got "${positionals.join(" ")}"`);
  const defaults = actionDefaults();
  const flag = (input) => `--${input.replaceAll("_", "-")}`;
  const read = (input) => {
    const value = values[input.replaceAll("_", "-")];
    return typeof value === "string" ? value : defaults[input] ?? "";
  };
  const version = parseVersionSetting(read("postgrest_version"), "--postgrest-version");
  const source = parseImageSource(read, flag, version);
  if (source.kind !== "build")
    throw new ConfigError("build needs --repository HOST/PATH: where the image is pushed");
  const config = source.build;
  if (values["dry-run"]) {
    const { context, reference } = planImage(
      config,
      defaultBuildDependencies(
        process.env,
        () => void 0,
        () => void 0
      ).contextDirectory
    );
    const image = formatReference(reference);
    io.out(`${image}
`);
    io.err(`Would look up ${image} in the registry and, when it is missing, `);
    if (config.builder === "cloudbuild") {
      io.err(`submit this build to projects/${config.projectId}/locations/${config.buildLocation}:
`);
      io.err(
        (0, import_yaml.stringify)(cloudBuildRequest(context, image, config.cloudBuild), {
          lineWidth: 0,
          blockQuote: "literal"
        })
      );
    } else {
      const commands = localBuildCommands("podman", context, reference, "CONTEXT", "AUTHFILE");
      io.err(`build and push it locally (shown for podman; docker and buildah take the same arguments):
`);
      io.err(`  podman ${commands.build.join(" ")}
  podman ${commands.push.join(" ")}
`);
    }
    return EXIT.ok;
  }
  const log = (line) => {
    io.err(`${line}
`);
  };
  const deps = io.buildDependencies?.(log) ?? defaultBuildDependencies(process.env, log, () => void 0);
  try {
    const built = await buildImage(config, deps);
    io.out(`${built.image}
`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    io.err(`pgrst-cloudrun build: ${error instanceof Error ? error.message : String(error)}
`);
    return EXIT.invalid;
  }
}
function isParseArgsError(error) {
  return error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS");
}

// src/cli.ts
process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, "utf8")
});
