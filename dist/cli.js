#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __dirname = import.meta.dirname;
import {
  EXIT,
  USAGE,
  commandUsage,
  isParseArgsError,
  shortParseError,
  version
} from "./shared-cli.js";
import {
  createRedactor
} from "./shared-report.js";
import {
  ConfigError
} from "./shared-build.js";
import "./esbuild-runtime.js";

// src/cli/main.ts
import { readFileSync } from "node:fs";

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
        return (await import("./cli-spec.js")).specCommand(command, rest, io);
      case "build":
        return await (await import("./cli-build.js")).buildCommand(rest, io);
      case "token":
        return await (await import("./cli-token.js")).tokenCommand(rest, io);
      case "deploy":
        return await (await import("./cli-deploy.js")).deployCommand(rest, io);
      case "upgrade":
        return (await import("./cli-upgrade.js")).upgradeCommand(rest, io);
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
  readFile: (path) => readFileSync(path, "utf8")
});
