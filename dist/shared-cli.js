import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __dirname = import.meta.dirname;
import {
  ACTION_ROOT,
  ConfigError
} from "./shared-build.js";

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

export {
  USAGE,
  commandUsage,
  shortParseError,
  version,
  EXIT,
  readSecretFlag,
  usage,
  noPositionals,
  isParseArgsError
};
