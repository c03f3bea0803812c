// PostgREST's rules, ids `pgrst/...`: what makes PostgREST fail to start, connect, verify tokens or serve on
// Cloud Run, checked on its container only.
import type { Rule } from '../rule.js';
import { dbUriSyntax, plainSecrets, secretPaths, sslmode } from './connection.js';
import { entrypoint, imagePin, imageVersion } from './image.js';
import { jwtSecretLength, roleClaimKey } from './jwt.js';
import { ports } from './ports.js';
import { connections } from './connections.js';
import { settings } from './settings.js';
import { validatedFor } from './upgrade.js';

export type { CertificateMount, ClientCertificates } from './certificates.js';
export { clientCertificates } from './certificates.js';
export { ENTRYPOINT_SCRIPT, SECRETS_DIR, VAULT_DIR } from './container.js';
export { imagePinOf, runsEntrypoint } from './image.js';

/** PostgREST-specific rules, ids `pgrst/...`. */
export const POSTGREST_RULES: readonly Rule[] = [
  dbUriSyntax,
  secretPaths,
  sslmode,
  plainSecrets,
  roleClaimKey,
  jwtSecretLength,
  ports,
  imagePin,
  imageVersion,
  entrypoint,
  settings,
  connections,
  validatedFor,
];
