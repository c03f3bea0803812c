import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __dirname = import.meta.dirname;
import {
  PipelineError,
  defaultPipelineDependencies,
  runPipeline,
  workflowRunOf
} from "./shared-pipeline.js";
import "./shared-smoke.js";
import {
  formatDiagnostic,
  readSpecFile
} from "./shared-spec.js";
import "./yaml.js";
import {
  EXIT,
  noPositionals,
  readSecretFlag,
  usage
} from "./shared-cli.js";
import "./shared-report.js";
import {
  ACTION_ROOT,
  ConfigError,
  actionDefaults,
  bundledSpecNotice,
  parsePipelineConfig,
  resolveSpecPath
} from "./shared-build.js";
import "./esbuild-runtime.js";

// src/cli/deploy.ts
import { parseArgs } from "node:util";
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
  const { values, positionals } = parseArgs({
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
export {
  deployCommand
};
