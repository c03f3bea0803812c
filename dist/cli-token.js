import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
const __dirname = import.meta.dirname;
import {
  ClaimKeyError,
  JwtSecretError,
  MAX_TTL_SECONDS,
  mintToken,
  parseJwtSecret,
  placeRole
} from "./shared-smoke.js";
import {
  EXIT,
  noPositionals,
  readSecretFlag,
  usage
} from "./shared-cli.js";
import {
  ConfigError,
  actionDefaults,
  defaultClaimKey,
  parseVersionSetting
} from "./shared-build.js";
import "./esbuild-runtime.js";

// src/cli/token.ts
import { parseArgs } from "node:util";
async function tokenCommand(args, io) {
  const { values, positionals } = parseArgs({
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
  const version = parseVersionSetting(
    values["postgrest-version"] ?? actionDefaults()["postgrest_version"] ?? "",
    "--postgrest-version"
  );
  const secret = readSecretFlag(
    values["secret-env"],
    values["secret-file"],
    { ...io, mask: () => void 0 },
    "--secret"
  ) ?? "";
  const claimKey = values["claim-key"] ?? defaultClaimKey(version);
  try {
    const key = parseJwtSecret(secret, { base64: values["base64-secret"], version });
    const claims = placeRole(claimKey, role, version);
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
export {
  tokenCommand
};
