import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __dirname = import.meta.dirname;
import {
  EXIT,
  noPositionals,
  usage
} from "./shared-cli.js";
import {
  BUILD_CONTEXT_DIRECTORY,
  ConfigError,
  actionDefaults,
  buildImage,
  defaultBuildDependencies,
  describeBuild,
  loadCredentials,
  parseImageSource,
  parseVersionSetting
} from "./shared-build.js";
import "./esbuild-runtime.js";

// src/cli/build.ts
import { parseArgs } from "node:util";
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
  const version = parseVersionSetting(read("postgrest_version"), "--postgrest-version");
  const source = parseImageSource(read, flag, version);
  if (source.kind !== "build")
    throw new ConfigError("build needs --repository HOST/PATH: where the image is pushed");
  const config = source.build;
  if (values["dry-run"]) {
    const plan = await describeBuild(config, BUILD_CONTEXT_DIRECTORY);
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
export {
  buildCommand
};
