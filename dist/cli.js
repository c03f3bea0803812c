#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __dirname = import.meta.dirname;
import {
  ACTION_ROOT,
  BUILD_CONTEXT_DIRECTORY,
  ClaimKeyError,
  ConfigError,
  JwtSecretError,
  MAX_TTL_SECONDS,
  PipelineError,
  actionDefaults,
  buildImage,
  bundledSpecNotice,
  checkSpec,
  createRedactor,
  defaultBuildDependencies,
  defaultClaimKey,
  defaultPipelineDependencies,
  describeBuild,
  formatDiagnostic,
  loadCredentials,
  mintToken,
  parseDbMaxConnections,
  parseImageSource,
  parseJwtSecret,
  parsePipelineConfig,
  parseVariables,
  parseVersionSetting,
  placeRole,
  planUpgrade,
  readSpecFile,
  renderSpec,
  resolveSpecPath,
  runPipeline,
  specVariables,
  workflowRunOf
} from "./shared.js";
import "./google-auth-library.js";
import "./bignumber.js.js";
import "./esbuild-runtime.js";

// src/cli/main.ts
import { readFileSync as readFileSync2 } from "node:fs";

// src/cli/build.ts
import { parseArgs } from "node:util";

// src/cli/io.ts
import { readFileSync } from "node:fs";
import path from "node:path";
var USAGE = `Usage: pgrst-cloudrun COMMAND [options]

Commands:
  validate SPEC [--var NAME=VALUE]... [--postgrest-version vX.Y] [--db-max-connections N]
      Check a Cloud Run service spec. One diagnostic per line:
      FILE:LINE:COL: error|warning: MESSAGE [RULE]. Exit 0 valid, 1 invalid, 2 usage error.
  render SPEC [--var NAME=VALUE]... [--postgrest-version vX.Y] [--db-max-connections N]
        [--format yaml|json]
      Print the rendered, validated spec.
  build --repository HOST/PATH [--image-name NAME] [--postgrest-version vX.Y]
        [--builder assemble|cloudbuild|local] [--postgrest-image REF] [--base-image REF]
        [--project-id ID] [--build-region global|REGION] [--logs-bucket gs://BUCKET] [--dry-run]
      Build the PostgREST image unless the registry already has the tag of its build
      context (ctx-<hash>); print it pinned by digest (HOST/PATH/NAME@sha256:...).
      assemble (default) puts it together in the registry; its tag also covers the
      digests the source images resolve to. --dry-run prints the tag (when known
      without the network) and the plan; nothing is sent.
  deploy [--INPUT VALUE]... [--dry-run[=validate]]
      The action's whole pipeline, with its inputs as flags (dashes for underscores:
      --project-id, --region, --service, --repository, --preview-tag, --smoke-role, ...;
      the JWT secret as --jwt-secret-env NAME or --jwt-secret-file FILE, never a value):
      build or reuse the image, check the spec, deploy a revision with no traffic,
      smoke-test it, promote it. Outputs as NAME=VALUE lines on stdout, progress on
      stderr. --dry-run prints the plan and sends nothing, whatever credentials the
      environment holds; --dry-run=validate also reads the service and has Cloud Run
      validate the spec (?dryRun=all), changing nothing.
  upgrade SPEC --to vX.Y [--from vX.Y] [--write]
      What PostgREST vX.Y changes for this spec: the role claim key in its grammar
      (v16: RFC 9535 JSONPath), renamed and removed settings, the 32-character secret
      minimum and distinct admin and server ports (v13+). --write rewrites the changed
      values in place, comments and layout kept, and records the release in a
      "# pgrst-cloudrun: postgrest vX.Y" line (the deploy warns when postgrest_version
      is a major ahead of it). Exit 0 nothing left to do, 1 findings for a human or
      changes not written, 2 usage error.
  token --role ROLE [--claim-key KEY] (--secret-env NAME | --secret-file FILE)
        [--base64-secret] [--aud AUD] [--ttl SECONDS] [--postgrest-version vX.Y]
      Print a JWT that PostgREST resolves to ROLE: the role placed at the role
      claim key (default .role; $.role from v16) in that version's grammar, signed
      as PostgREST verifies it (HS256 for a string secret; a JWK's own algorithm).

  help [COMMAND]
      This text, or one command's entry. version (or --version) prints the version.

Options:
  --var NAME=VALUE          a \${NAME} value (repeatable)
  --postgrest-version vX.Y  the PostgREST release the image runs (default from action.yml)
  --db-max-connections N    the connections the database allows PostgREST: maxScale x
                            (PGRST_DB_POOL + 1) must not exceed it
  --format yaml|json        render output (default yaml)
  -h, --help                this help

Build settings default as in action.yml. Credentials: CLOUDSDK_AUTH_ACCESS_TOKEN_FILE, else
application default credentials; CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDBUILD points at
another Cloud Build endpoint.`;
function commandUsage(command, synopsisOnly = false) {
  const lines = USAGE.split("\n");
  const start = lines.findIndex((line) => line.startsWith(`  ${command} `) || line === `  ${command}`);
  if (start < 0 || !/^[a-z]+$/.test(command)) return void 0;
  const indent = synopsisOnly ? "        " : "    ";
  let end = start + 1;
  while (end < lines.length && lines[end]?.startsWith(indent)) end += 1;
  return `Usage: pgrst-cloudrun ${lines.slice(start, end).join("\n").trimStart()}`;
}
function shortParseError(error) {
  const option = /'(-[^' <]*)/.exec(error.message)?.[1];
  const code = error.code;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) return `unknown option ${option}`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option) return `${option} needs a value`;
  return error.message.split(". ")[0] ?? error.message;
}
function version() {
  try {
    const text = readFileSync(path.join(ACTION_ROOT, "package.json"), "utf8");
    return JSON.parse(text).version ?? "unknown";
  } catch {
    return "unknown";
  }
}
var EXIT = { ok: 0, invalid: 1, usage: 2 };
function readSecretFlag(envName, file, io, flag) {
  if (typeof envName === "string" && typeof file === "string") {
    throw new ConfigError(`${flag}-env and ${flag}-file are mutually exclusive: give the secret one way`);
  }
  let secret;
  if (typeof envName === "string") {
    secret = process.env[envName];
    if (!secret) throw new ConfigError(`${flag}-env ${envName}: that environment variable is not set`);
  } else if (typeof file === "string") {
    try {
      secret = io.readFile(file).replace(/\r?\n$/, "");
    } catch (error) {
      throw new ConfigError(
        `${flag}-file "${file}" cannot be read (${error.code ?? String(error)})`
      );
    }
  }
  if (secret) io.mask(secret);
  return secret;
}
function usage(io) {
  io.out(`${USAGE}
`);
  return EXIT.ok;
}
function noPositionals(command, positionals) {
  if (positionals.length > 0) {
    throw new ConfigError(`${command} takes no positional arguments, got "${positionals.join(" ")}"`);
  }
}
function isParseArgsError(error) {
  return error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS");
}

// src/cli/build.ts
async function buildCommand(args, io) {
  const settings = [
    "repository",
    "image-name",
    "builder",
    "postgrest-image",
    "base-image",
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
  if (values.help) return usage(io);
  noPositionals("build", positionals);
  const defaults = actionDefaults();
  const flag = (input) => `--${input.replaceAll("_", "-")}`;
  const read = (input) => {
    const value = values[input.replaceAll("_", "-")];
    return typeof value === "string" ? value : defaults[input] ?? "";
  };
  const version2 = parseVersionSetting(read("postgrest_version"), "--postgrest-version");
  const source = parseImageSource(read, flag, version2);
  if (source.kind !== "build")
    throw new ConfigError("build needs --repository HOST/PATH: where the image is pushed");
  const config = source.build;
  if (values["dry-run"]) {
    const plan = describeBuild(config, BUILD_CONTEXT_DIRECTORY);
    if (plan.image) io.out(`${plan.image}
`);
    io.err(plan.text);
    return EXIT.ok;
  }
  const log = (line) => {
    io.err(`${line}
`);
  };
  let credentials;
  const credentialsOnce = () => credentials ??= loadCredentials(process.env, io.mask);
  const deps = io.buildDependencies?.(log) ?? defaultBuildDependencies(process.env, log, credentialsOnce);
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

// src/cli/deploy.ts
import { parseArgs as parseArgs2 } from "node:util";
function parseDeployFlags(args, io) {
  const defaults = actionDefaults();
  const flag = (input) => input.replaceAll("_", "-");
  const options = {
    help: { type: "boolean" },
    "jwt-secret-env": { type: "string" },
    "jwt-secret-file": { type: "string" }
  };
  for (const input of Object.keys(defaults))
    options[flag(input)] = { type: input === "dry_run" ? "boolean" : "string" };
  const validate = args.includes("--dry-run=validate");
  const { values, positionals } = parseArgs2({
    args: args.filter((arg) => arg !== "--dry-run=validate"),
    allowPositionals: true,
    options
  });
  if (values["help"]) return "help";
  noPositionals("deploy", positionals);
  if (values["jwt-secret"] !== void 0) {
    throw new ConfigError(
      "--jwt-secret would put the secret on the command line, where ps and the shell history show it: use --jwt-secret-env NAME or --jwt-secret-file FILE"
    );
  }
  const jwtSecret = readSecretFlag(values["jwt-secret-env"], values["jwt-secret-file"], io, "--jwt-secret");
  const read = (input) => {
    if (input === "jwt_secret") return jwtSecret ?? "";
    if (input === "dry_run" && validate) return "validate";
    const value = values[flag(input)];
    if (typeof value === "boolean") return String(value);
    return value ?? defaults[input] ?? "";
  };
  return parsePipelineConfig(read, (input) => `--${flag(input)}`);
}
function terminalIo(io, specFile) {
  const log = (line) => {
    io.err(`${line}
`);
  };
  return {
    log,
    warn: (line) => {
      log(`warning: ${line}`);
    },
    group: async (name, fn) => {
      log(`== ${name}`);
      return fn();
    },
    mask: io.mask,
    setOutput: (name, value) => {
      io.out(`${name}=${value}
`);
    },
    specFile,
    // Inside a workflow, the run's id keeps revision names unique, as in the action.
    run: workflowRunOf(process.env),
    ...process.env["RUNNER_TEMP"] ? { tempDir: process.env["RUNNER_TEMP"] } : {}
  };
}
async function deployCommand(args, io) {
  const config = parseDeployFlags(args, io);
  if (config === "help") return usage(io);
  const { path: specPath, bundled } = resolveSpecPath(config.spec.spec, process.cwd(), ACTION_ROOT, "--spec");
  if (bundled) io.err(`notice: ${bundledSpecNotice(config.spec.spec, "--spec")}
`);
  try {
    const source = readSpecFile({ path: specPath, file: config.spec.spec, input: "--spec" });
    if (source.text === void 0) {
      throw new PipelineError(
        `${config.spec.spec} was refused before parsing: nothing was sent to Google Cloud`,
        {
          ...source,
          timeline: []
        }
      );
    }
    const pipelineIo = terminalIo(io, { name: config.spec.spec, text: source.text });
    await runPipeline(config, pipelineIo, defaultPipelineDependencies(config, process.env, pipelineIo));
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof PipelineError)) throw error;
    for (const diagnostic of error.report.diagnostics) io.err(`${formatDiagnostic(diagnostic)}
`);
    io.err(`pgrst-cloudrun deploy: ${error.message}
`);
    return EXIT.invalid;
  }
}

// src/cli/spec.ts
import { parseArgs as parseArgs3 } from "node:util";
function specCommand(command, args, io) {
  const { values, positionals } = parseArgs3({
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
  const report2 = command === "validate" ? io.out : io.err;
  for (const diagnostic of result.diagnostics) report2(`${formatDiagnostic(diagnostic)}
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

// src/cli/token.ts
import { parseArgs as parseArgs4 } from "node:util";
async function tokenCommand(args, io) {
  const { values, positionals } = parseArgs4({
    args: [...args],
    allowPositionals: true,
    options: {
      role: { type: "string" },
      "claim-key": { type: "string" },
      "secret-env": { type: "string" },
      "secret-file": { type: "string" },
      "base64-secret": { type: "boolean", default: false },
      aud: { type: "string" },
      ttl: { type: "string", default: "300" },
      "postgrest-version": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) return usage(io);
  noPositionals("token", positionals);
  const role = values.role;
  if (!role) throw new ConfigError("token needs --role ROLE: the database role the token resolves to");
  if (values["secret-env"] === void 0 === (values["secret-file"] === void 0)) {
    throw new ConfigError(
      "token needs exactly one of --secret-env NAME and --secret-file FILE (the secret never goes on the command line)"
    );
  }
  const ttl = Number(values.ttl);
  if (!/^\d+$/.test(values.ttl) || ttl < 1 || ttl > MAX_TTL_SECONDS) {
    throw new ConfigError(`--ttl must be 1 to ${String(MAX_TTL_SECONDS)} seconds, not "${values.ttl}"`);
  }
  const version2 = parseVersionSetting(
    values["postgrest-version"] ?? actionDefaults()["postgrest_version"] ?? "",
    "--postgrest-version"
  );
  const secret = readSecretFlag(
    values["secret-env"],
    values["secret-file"],
    { ...io, mask: () => void 0 },
    "--secret"
  ) ?? "";
  const claimKey = values["claim-key"] ?? defaultClaimKey(version2);
  try {
    const key = parseJwtSecret(secret, { base64: values["base64-secret"], version: version2 });
    const claims = placeRole(claimKey, role, version2);
    const token = await mintToken(claims, key, {
      now: Math.floor(Date.now() / 1e3),
      ttlSeconds: ttl,
      ...values.aud ? { aud: values.aud } : {}
    });
    io.out(`${token}
`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof JwtSecretError || error instanceof ClaimKeyError) {
      io.err(`pgrst-cloudrun token: ${error.message}
`);
      return EXIT.invalid;
    }
    throw error;
  }
}

// src/cli/upgrade.ts
import { writeFileSync } from "node:fs";
import { parseArgs as parseArgs5 } from "node:util";
function upgradeCommand(args, io) {
  const { values, positionals } = parseArgs5({
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

// src/cli/commands.ts
async function main(argv, given) {
  const redactor = createRedactor();
  const io = {
    ...given,
    out: (text) => {
      given.out(redactor.redact(text));
    },
    err: (text) => {
      given.err(redactor.redact(text));
    },
    mask: redactor.add
  };
  try {
    const [command, ...rest] = argv;
    if (command === void 0) throw new ConfigError("missing COMMAND");
    if (command === "-h" || command === "--help") {
      io.out(`${USAGE}
`);
      return EXIT.ok;
    }
    if (command === "-V" || command === "--version" || command === "version") {
      io.out(`pgrst-cloudrun ${version()}
`);
      return EXIT.ok;
    }
    if (command === "help") return helpCommand(rest, io);
    switch (command) {
      case "validate":
      case "render":
        return specCommand(command, rest, io);
      case "build":
        return await buildCommand(rest, io);
      case "token":
        return await tokenCommand(rest, io);
      case "deploy":
        return await deployCommand(rest, io);
      case "upgrade":
        return upgradeCommand(rest, io);
      default:
        throw new ConfigError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof ConfigError || isParseArgsError(error)) {
      const command = argv[0] ?? "";
      const synopsis = commandUsage(command, true);
      const message = isParseArgsError(error) ? shortParseError(error) : error.message;
      const more = synopsis ? `pgrst-cloudrun help ${command}` : "pgrst-cloudrun --help";
      io.err(`pgrst-cloudrun: ${message}
${synopsis ?? COMMAND_LIST}
Run '${more}' for details.
`);
      return EXIT.usage;
    }
    throw error;
  }
}
var COMMAND_LIST = "Usage: pgrst-cloudrun validate|render|build|deploy|token|help|version [options]";
function helpCommand(args, io) {
  const [command, ...extra] = args;
  if (command === void 0) {
    io.out(`${USAGE}
`);
    return EXIT.ok;
  }
  const entry = commandUsage(command);
  if (!entry || extra.length > 0)
    throw new ConfigError(`help takes one COMMAND of: validate, render, build, deploy, token`);
  io.out(`${entry}
`);
  return EXIT.ok;
}

// src/cli/main.ts
process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path2) => readFileSync2(path2, "utf8")
});
