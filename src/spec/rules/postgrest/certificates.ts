// Where PostgREST's client certificate, key and root CA come from: for each of libpq's sslcert, sslkey and
// sslrootcert, the secret version the spec mounts at that path, and the database user the certificate must name.
// Not a rule: what the preflight stage reads from Secret Manager and checks, each finding pointed at the volume item
// that mounts the file.
import path from 'node:path/posix';
import { formatPath } from '../../diagnostics.js';
import { positionOf } from '../../document.js';
import type { RuleContext } from '../rule.js';
import { envNamed, templateAnnotation } from '../service-parts.js';
import { conninfoUser } from '../../../postgrest/index.js';
import { certReferences, mountedSecretFiles } from './connection.js';
import { dbUri, plainValue, postgrestContainers, SECRETS_DIR, VAULT_DIR } from './container.js';

/** One of libpq's certificate files and the secret version mounted there. */
export interface CertificateMount {
  readonly keyword: 'sslcert' | 'sslkey' | 'sslrootcert';
  /** The file libpq reads (`/opt/secrets/...`), as the spec names it. */
  readonly file: string;
  /** The volume's secret, an alias of `run.googleapis.com/secrets` resolved: `NAME` or `projects/P/secrets/NAME`. */
  readonly secret: string;
  /** The item's `key`: a version number or `latest`. */
  readonly version: string;
  /** Where the volume item's `key` is written: the place a finding about this file points at. */
  readonly at: { readonly line: number; readonly column: number; readonly path: string };
}

/** PostgREST's client certificates as the spec mounts them, and the database user they are for. */
export interface ClientCertificates {
  /** The spec file, as diagnostics name it. */
  readonly file: string;
  /** The user of PGRST_DB_URI (`user=` or `user@`), else PGUSER; undefined when neither names one. */
  readonly user?: string;
  readonly mounts: readonly CertificateMount[];
}

/** The aliases of the revision's `run.googleapis.com/secrets` annotation (`alias:projects/P/secrets/S,...`). */
function secretAliases(context: RuleContext): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const entry of (templateAnnotation(context.service, 'run.googleapis.com/secrets') ?? '').split(',')) {
    const colon = entry.indexOf(':');
    if (colon > 0) aliases.set(entry.slice(0, colon).trim(), entry.slice(colon + 1).trim());
  }
  return aliases;
}

/**
 * The secret versions mounted where PGRST_DB_URI (or PGSSLCERT, PGSSLKEY, PGSSLROOTCERT) points libpq; files the
 * spec does not mount from a secret are left out (the rule `pgrst/secret-path` reports them).
 */
export function clientCertificates(context: RuleContext): ClientCertificates | undefined {
  const [ref] = postgrestContainers(context);
  if (!ref) return undefined;
  const files = mountedSecretFiles(context, ref);
  const aliases = secretAliases(context);
  const mounts: CertificateMount[] = [];
  // The connection string's setting comes first and wins over the PGSSL* variable, as in libpq.
  for (const cert of certReferences(context, ref)) {
    if (mounts.some((m) => m.keyword === cert.keyword)) continue;
    const normalized = path.normalize(cert.file);
    if (!normalized.startsWith(`${SECRETS_DIR}/`)) continue;
    const mounted = files.get(path.join(VAULT_DIR, path.relative(SECRETS_DIR, normalized)));
    if (mounted?.secretName === undefined || mounted.key === undefined) continue;
    const at = [...mounted.itemPath, 'key'];
    mounts.push({
      keyword: cert.keyword,
      file: cert.file,
      secret: aliases.get(mounted.secretName) ?? mounted.secretName,
      version: mounted.key,
      at: { ...positionOf(context.document, at), path: formatPath(at) },
    });
  }
  if (mounts.length === 0) return undefined;
  const uri = dbUri(context, ref);
  const user = (uri && conninfoUser(uri.conninfo)) ?? plainValue(envNamed(ref, 'PGUSER'));
  return { file: context.document.file, ...(user ? { user } : {}), mounts };
}
