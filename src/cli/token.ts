// `token`: a JWT that PostgREST resolves to a role, minted as the smoke test mints them.
import { parseArgs } from 'node:util';
import { ConfigError, parseVersionSetting } from '../config/index.js';
import { actionDefaults } from '../defaults.js';
import { defaultClaimKey } from '../postgrest/index.js';
import {
  ClaimKeyError,
  JwtSecretError,
  MAX_TTL_SECONDS,
  mintToken,
  parseJwtSecret,
  placeRole,
} from '../smoke/index.js';
import type { Io } from './io.js';
import { EXIT, noPositionals, readSecretFlag, usage } from './io.js';

export async function tokenCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      'claim-key': { type: 'string' },
      'secret-env': { type: 'string' },
      'secret-file': { type: 'string' },
      'base64-secret': { type: 'boolean', default: false },
      aud: { type: 'string' },
      ttl: { type: 'string', default: '300' },
      'postgrest-version': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return usage(io);
  noPositionals('token', positionals);
  const role = values.role;
  if (!role) throw new ConfigError('token needs --role ROLE: the database role the token resolves to');
  if ((values['secret-env'] === undefined) === (values['secret-file'] === undefined)) {
    throw new ConfigError(
      'token needs exactly one of --secret-env NAME and --secret-file FILE (the secret never goes on the command line)',
    );
  }
  const ttl = Number(values.ttl);
  if (!/^\d+$/.test(values.ttl) || ttl < 1 || ttl > MAX_TTL_SECONDS) {
    throw new ConfigError(`--ttl must be 1 to ${String(MAX_TTL_SECONDS)} seconds, not "${values.ttl}"`);
  }
  const version = parseVersionSetting(
    values['postgrest-version'] ?? actionDefaults()['postgrest_version'] ?? '',
    '--postgrest-version',
  );
  // The token is this command's output: the secret is not masked (nothing of it is printed).
  const secret =
    readSecretFlag(
      values['secret-env'],
      values['secret-file'],
      { ...io, mask: () => undefined },
      '--secret',
    ) ?? '';
  const claimKey = values['claim-key'] ?? defaultClaimKey(version);
  try {
    const key = parseJwtSecret(secret, { base64: values['base64-secret'], version });
    const claims = placeRole(claimKey, role, version);
    const token = await mintToken(claims, key, {
      now: Math.floor(Date.now() / 1000),
      ttlSeconds: ttl,
      ...(values.aud ? { aud: values.aud } : {}),
    });
    io.out(`${token}\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof JwtSecretError || error instanceof ClaimKeyError) {
      io.err(`pgrst-cloudrun token: ${error.message}\n`);
      return EXIT.invalid;
    }
    throw error;
  }
}
