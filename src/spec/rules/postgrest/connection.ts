// The connection to the database: PGRST_DB_URI parses, its client certificates are the copies of mounted secrets,
// the server is verified, and no password is written in plain text.
import { asList, asRecord, asString, field } from '../../../json.js';
import type { SpecPath } from '../../diagnostics.js';
import type { Rule, RuleContext } from '../rule.js';
import { report, reportInValue } from '../rule.js';
import type { ContainerRef } from '../service-parts.js';
import { envNamed, TEMPLATE_SPEC } from '../service-parts.js';
import path from 'node:path/posix';
import { conninfoValue, parseConninfo } from '../../../postgrest/index.js';
import { dbUri, plainDbUri, plainValue, postgrestContainers, SECRETS_DIR, VAULT_DIR } from './container.js';

const CERT_KEYWORDS = ['sslcert', 'sslkey', 'sslrootcert'] as const;
const CERT_ENV: Record<string, (typeof CERT_KEYWORDS)[number]> = {
  PGSSLCERT: 'sslcert',
  PGSSLKEY: 'sslkey',
  PGSSLROOTCERT: 'sslrootcert',
};
const UNVERIFIED_SSLMODES = ['disable', 'allow', 'prefer'];

/** A plain PGRST_DB_URI parses as a libpq connection string. */
export const dbUriSyntax: Rule = (context) => {
  for (const ref of postgrestContainers(context)) {
    const uri = plainDbUri(context, ref);
    if (!uri) continue;
    try {
      parseConninfo(uri.value);
    } catch (error) {
      report(context, {
        path: [...uri.entry.path, 'value'],
        rule: 'pgrst/db-uri',
        message: `PGRST_DB_URI does not parse: ${(error as Error).message}`,
        fix: 'write keyword=value pairs separated by spaces, or a postgresql:// URI',
      });
    }
  }
};

interface CertReference {
  keyword: (typeof CERT_KEYWORDS)[number];
  file: string;
  /** The env var and, in a URI, the `keyword=value` text, for the message and the position. */
  label: string;
  path: SpecPath;
  needle: string;
}

export function certReferences(context: RuleContext, ref: ContainerRef): CertReference[] {
  const found: CertReference[] = [];
  const uri = dbUri(context, ref);
  if (uri) {
    for (const keyword of CERT_KEYWORDS) {
      const parameter = conninfoValue(uri.conninfo, keyword);
      if (parameter)
        found.push({
          keyword,
          file: parameter.value,
          label: `PGRST_DB_URI ${keyword}=${parameter.value}`,
          path: [...uri.entry.path, 'value'],
          needle: parameter.source,
        });
    }
  }
  for (const [name, keyword] of Object.entries(CERT_ENV)) {
    const entry = envNamed(ref, name);
    const file = plainValue(entry);
    if (entry && file !== undefined)
      found.push({ keyword, file, label: `${name}=${file}`, path: [...entry.path, 'value'], needle: file });
  }
  return found;
}

/** A file a secret volume provides: its volume, where it is mounted, and the secret version it holds. */
export interface MountedSecretFile {
  readonly volume: string;
  readonly mountPath: string;
  /** The volume's `secret.secretName` and the item's `key` (the version), as written. */
  readonly secretName?: string;
  readonly key?: string;
  /** The volume item (`volumes[v].secret.items[i]`) that puts the file there. */
  readonly itemPath: SpecPath;
}

/** The files the secret volumes mounted in this container provide, by absolute path. */
export function mountedSecretFiles(context: RuleContext, ref: ContainerRef): Map<string, MountedSecretFile> {
  const volumes = new Map<string, { secret: Record<string, unknown>; path: SpecPath }>();
  asList(field(context.service, ...TEMPLATE_SPEC, 'volumes')).forEach((volume, index) => {
    const name = asString(field(volume, 'name'));
    const secret = asRecord(field(volume, 'secret'));
    if (name !== undefined && secret)
      volumes.set(name, { secret, path: [...TEMPLATE_SPEC, 'volumes', index, 'secret'] });
  });
  const files = new Map<string, MountedSecretFile>();
  for (const mount of asList(ref.container['volumeMounts'])) {
    const volume = asString(field(mount, 'name'));
    const mountPath = asString(field(mount, 'mountPath'));
    const found = volume === undefined ? undefined : volumes.get(volume);
    if (volume === undefined || mountPath === undefined || !found) continue;
    const secretName = asString(found.secret['secretName']);
    asList(found.secret['items']).forEach((item, index) => {
      const itemPath = asString(field(item, 'path'));
      const key = field(item, 'key');
      if (itemPath === undefined) return;
      files.set(path.join(mountPath, itemPath), {
        volume,
        mountPath,
        ...(secretName === undefined ? {} : { secretName }),
        ...(typeof key === 'string' || typeof key === 'number' ? { key: String(key) } : {}),
        itemPath: [...found.path, 'items', index],
      });
    });
  }
  return files;
}

/**
 * Every client certificate, key and root CA is read from /opt/secrets (where the entrypoint puts 0600 copies),
 * and the same relative path under /opt/vault is a file of a mounted secret volume.
 */
export const secretPaths: Rule = (context) => {
  for (const ref of postgrestContainers(context)) {
    const certs = certReferences(context, ref);
    if (certs.length === 0) continue;
    const files = mountedSecretFiles(context, ref);
    for (const cert of certs) {
      const normalized = path.normalize(cert.file);
      if (!normalized.startsWith(`${SECRETS_DIR}/`)) {
        const underVault = normalized.startsWith(`${VAULT_DIR}/`);
        reportInValue(context, {
          path: cert.path,
          needle: cert.needle,
          rule: 'pgrst/secret-path',
          message: underVault
            ? `${cert.label} reads the secret mount itself: Cloud Run mounts it read-only 0444${cert.keyword === 'sslkey' ? ', and libpq refuses a key with group or world access' : ''}`
            : `${cert.label} is not under ${SECRETS_DIR}/, where the entrypoint puts the copies of the secret mounts`,
          fix: `point it at ${SECRETS_DIR}/${underVault ? path.relative(VAULT_DIR, normalized) : '<path>'}; the entrypoint copies ${VAULT_DIR} to ${SECRETS_DIR} with mode 0600`,
        });
        continue;
      }
      const source = path.join(VAULT_DIR, path.relative(SECRETS_DIR, normalized));
      if (files.has(source)) continue;
      reportInValue(context, {
        path: cert.path,
        needle: cert.needle,
        rule: 'pgrst/secret-path',
        message: `${cert.label} has no secret volume under ${source}`,
        fix: missingMountFix(source, files),
      });
    }
  }
};

function missingMountFix(source: string, files: ReadonlyMap<string, MountedSecretFile>): string {
  const directory = path.dirname(source);
  const sameDirectory = [...files.entries()].filter(([, f]) => f.mountPath.replace(/\/+$/, '') === directory);
  if (sameDirectory.length > 0) {
    const provided = sameDirectory.map(([file]) => file.replace(VAULT_DIR, SECRETS_DIR)).join(', ');
    return `the secret volume mounted at ${directory} provides ${provided}: use that path, or set its items[].path to ${path.basename(source)}`;
  }
  const elsewhere = [...files.keys()].map((file) => file.replace(VAULT_DIR, SECRETS_DIR));
  return `mount a secret volume at ${directory} with items: [{key: latest, path: ${path.basename(source)}}]${elsewhere.length ? `, or use one of the mounted files ${elsewhere.join(', ')}` : ''}`;
}

/** With client certificates, the server must be verified: verify-ca or verify-full. */
export const sslmode: Rule = (context) => {
  for (const ref of postgrestContainers(context)) {
    const certs = certReferences(context, ref);
    if (certs.length === 0) continue;
    const uri = dbUri(context, ref);
    const fromUri = uri ? conninfoValue(uri.conninfo, 'sslmode') : undefined;
    const envEntry = envNamed(ref, 'PGSSLMODE');
    const fromEnv = plainValue(envEntry);
    const mode = fromUri?.value ?? fromEnv;
    const at: { path: SpecPath; needle: string } | undefined =
      fromUri && uri
        ? { path: [...uri.entry.path, 'value'], needle: fromUri.source }
        : envEntry && fromEnv !== undefined
          ? { path: [...envEntry.path, 'value'], needle: fromEnv }
          : uri
            ? { path: [...uri.entry.path, 'value'], needle: '' }
            : certs[0]
              ? { path: certs[0].path, needle: certs[0].needle }
              : undefined;
    if (!at) continue;
    if (mode === undefined || UNVERIFIED_SSLMODES.includes(mode)) {
      reportInValue(context, {
        path: at.path,
        needle: at.needle,
        rule: 'pgrst/sslmode',
        message:
          mode === undefined
            ? 'client certificates are configured but sslmode is not set: libpq defaults to prefer, which may connect without TLS and never verifies the server'
            : `sslmode=${mode} with client certificates: the connection may go without TLS and the server is not verified`,
        fix: 'set sslmode=verify-ca (or verify-full to also check the host name)',
      });
    } else if (mode === 'require') {
      reportInValue(context, {
        path: at.path,
        needle: at.needle,
        severity: 'warning',
        rule: 'pgrst/sslmode',
        message: 'sslmode=require encrypts but does not verify the server certificate',
        fix: 'use sslmode=verify-ca (or verify-full) with sslrootcert',
      });
    }
  }
};

/** The JWT secret and any database password come from Secret Manager, never from a plain value. */
export const plainSecrets: Rule = (context) => {
  const fix = 'store it in Secret Manager and use valueFrom.secretKeyRef: {name: SECRET, key: latest}';
  for (const ref of postgrestContainers(context)) {
    for (const name of ['PGRST_JWT_SECRET', 'PGPASSWORD']) {
      const entry = envNamed(ref, name);
      const value = plainValue(entry);
      // `@/path` reads the secret from a mounted file: that is not a plain secret.
      if (entry && value !== undefined && !value.startsWith('@')) {
        report(context, {
          path: [...entry.path, 'value'],
          rule: 'pgrst/plain-secret',
          message: `${name} is a plain value: it would be readable by anyone who can read the service`,
          fix,
        });
      }
    }
    const uri = dbUri(context, ref);
    if (uri?.conninfo.hasPassword) {
      reportInValue(context, {
        path: [...uri.entry.path, 'value'],
        needle: uri.conninfo.passwordSource ?? '',
        rule: 'pgrst/plain-secret',
        message: 'PGRST_DB_URI holds a password in a plain value',
        fix: `${fix}, or authenticate with the client certificate alone`,
      });
    }
  }
};
