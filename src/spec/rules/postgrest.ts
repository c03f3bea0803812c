import path from 'node:path/posix';
import { checkRoleClaimKey } from '../../postgrest/claim-key.js';
import type { Conninfo } from '../../postgrest/conninfo.js';
import { conninfoValue, parseConninfo } from '../../postgrest/conninfo.js';
import { isPostgrestImage, postgrestContainerIndex } from '../../postgrest/container.js';
import { isAtLeast, parsePostgrestVersion, unsupportedVersion } from '../../postgrest/version.js';
import type { SpecPath } from '../diagnostics.js';
import type { ContainerRef, EnvRef, Rule, RuleContext } from './context.js';
import {
  asInteger,
  asList,
  asRecord,
  asString,
  containersOf,
  envNamed,
  envOf,
  field,
  ingressContainer,
  isDeferred,
  references,
  report,
  reportInValue,
  TEMPLATE_SPEC,
} from './context.js';

/** Where the entrypoint (cloudbuild/run.sh) finds the secret mounts, and where it copies them with mode 0600. */
export const VAULT_DIR = '/opt/vault';
export const SECRETS_DIR = '/opt/secrets';
/** The image's entrypoint (cloudbuild/Containerfile's ENTRYPOINT), which makes those copies. */
export const ENTRYPOINT_SCRIPT = '/usr/local/bin/run.sh';
const DEFAULT_SERVER_PORT = 3000;
const DEFAULT_CONTAINER_PORT = 8080;
const CERT_KEYWORDS = ['sslcert', 'sslkey', 'sslrootcert'] as const;
const CERT_ENV: Record<string, (typeof CERT_KEYWORDS)[number]> = {
  PGSSLCERT: 'sslcert',
  PGSSLKEY: 'sslkey',
  PGSSLROOTCERT: 'sslrootcert',
};
const UNVERIFIED_SSLMODES = ['disable', 'allow', 'prefer'];

/**
 * The PostgREST container, as a list of none or one (see {@link postgrestContainerIndex}: sidecars are never held to
 * PostgREST's rules, and `image: ${IMAGE}` alone does not make a service PostgREST).
 */
export function postgrestContainers(context: RuleContext): ContainerRef[] {
  const refs = containersOf(context.service);
  const index = postgrestContainerIndex(
    refs.map((ref) => {
      const image = asString(ref.container['image']);
      return {
        ...(image === undefined ? {} : { image }),
        env: envOf(ref).map((e) => e.name),
        runsActionImage: references(context, [...ref.path, 'image'], 'IMAGE'),
      };
    }),
  );
  const found = index === undefined ? undefined : refs[index];
  return found ? [found] : [];
}

/** The plain value of an env entry; undefined when it comes from a secret or is not a string. */
function plainValue(entry: EnvRef | undefined): string | undefined {
  return entry && !('valueFrom' in entry.entry) ? asString(entry.entry['value']) : undefined;
}

/** The plain PGRST_DB_URI of a container; undefined when it is a secret, a file (`@/path`) or not yet substituted. */
function plainDbUri(context: RuleContext, ref: ContainerRef): { entry: EnvRef; value: string } | undefined {
  const entry = envNamed(ref, 'PGRST_DB_URI');
  const value = plainValue(entry);
  if (!entry || value === undefined || value.startsWith('@') || isDeferred(context, [...entry.path, 'value']))
    return undefined;
  return { entry, value };
}

/**
 * PGRST_DB_URI parsed, when it is a plain value (a secret-held URI cannot be inspected here). Pure: one rule,
 * `dbUriSyntax`, reports a URI that does not parse; the others just skip it.
 */
function dbUri(context: RuleContext, ref: ContainerRef): { entry: EnvRef; conninfo: Conninfo } | undefined {
  const uri = plainDbUri(context, ref);
  if (!uri) return undefined;
  try {
    return { entry: uri.entry, conninfo: parseConninfo(uri.value) };
  } catch {
    return undefined;
  }
}

/** A plain PGRST_DB_URI parses as a libpq connection string. */
const dbUriSyntax: Rule = (context) => {
  for (const ref of postgrestContainers(context)) {
    const uri = plainDbUri(context, ref);
    if (!uri) continue;
    try {
      parseConninfo(uri.value);
    } catch (error) {
      report(
        context,
        [...uri.entry.path, 'value'],
        'value',
        'error',
        'pgrst/db-uri',
        `PGRST_DB_URI does not parse: ${(error as Error).message}`,
        'write keyword=value pairs separated by spaces, or a postgresql:// URI',
      );
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

function certReferences(context: RuleContext, ref: ContainerRef): CertReference[] {
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

/** The files the secret volumes mounted in this container provide, by absolute path. */
function mountedSecretFiles(
  context: RuleContext,
  ref: ContainerRef,
): Map<string, { volume: string; mountPath: string }> {
  const volumes = new Map<string, Record<string, unknown>>();
  for (const volume of asList(field(context.service, ...TEMPLATE_SPEC, 'volumes'))) {
    const name = asString(field(volume, 'name'));
    const secret = asRecord(field(volume, 'secret'));
    if (name !== undefined && secret) volumes.set(name, secret);
  }
  const files = new Map<string, { volume: string; mountPath: string }>();
  for (const mount of asList(ref.container['volumeMounts'])) {
    const volume = asString(field(mount, 'name'));
    const mountPath = asString(field(mount, 'mountPath'));
    const secret = volume === undefined ? undefined : volumes.get(volume);
    if (volume === undefined || mountPath === undefined || !secret) continue;
    for (const item of asList(secret['items'])) {
      const itemPath = asString(field(item, 'path'));
      if (itemPath !== undefined) files.set(path.join(mountPath, itemPath), { volume, mountPath });
    }
  }
  return files;
}

/**
 * Every client certificate, key and root CA is read from /opt/secrets (where the entrypoint puts 0600 copies),
 * and the same relative path under /opt/vault is a file of a mounted secret volume.
 */
const secretPaths: Rule = (context) => {
  for (const ref of postgrestContainers(context)) {
    const certs = certReferences(context, ref);
    if (certs.length === 0) continue;
    const files = mountedSecretFiles(context, ref);
    for (const cert of certs) {
      const normalized = path.normalize(cert.file);
      if (!normalized.startsWith(`${SECRETS_DIR}/`)) {
        const underVault = normalized.startsWith(`${VAULT_DIR}/`);
        reportInValue(
          context,
          cert.path,
          cert.needle,
          'error',
          'pgrst/secret-path',
          underVault
            ? `${cert.label} reads the secret mount itself: Cloud Run mounts it read-only 0444${cert.keyword === 'sslkey' ? ', and libpq refuses a key with group or world access' : ''}`
            : `${cert.label} is not under ${SECRETS_DIR}/, where the entrypoint puts the copies of the secret mounts`,
          `point it at ${SECRETS_DIR}/${underVault ? path.relative(VAULT_DIR, normalized) : '<path>'}; the entrypoint copies ${VAULT_DIR} to ${SECRETS_DIR} with mode 0600`,
        );
        continue;
      }
      const source = path.join(VAULT_DIR, path.relative(SECRETS_DIR, normalized));
      if (files.has(source)) continue;
      reportInValue(
        context,
        cert.path,
        cert.needle,
        'error',
        'pgrst/secret-path',
        `${cert.label} has no secret volume under ${source}`,
        missingMountFix(source, files),
      );
    }
  }
};

function missingMountFix(
  source: string,
  files: ReadonlyMap<string, { volume: string; mountPath: string }>,
): string {
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
const sslmode: Rule = (context) => {
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
      reportInValue(
        context,
        at.path,
        at.needle,
        'error',
        'pgrst/sslmode',
        mode === undefined
          ? 'client certificates are configured but sslmode is not set: libpq defaults to prefer, which may connect without TLS and never verifies the server'
          : `sslmode=${mode} with client certificates: the connection may go without TLS and the server is not verified`,
        'set sslmode=verify-ca (or verify-full to also check the host name)',
      );
    } else if (mode === 'require') {
      reportInValue(
        context,
        at.path,
        at.needle,
        'warning',
        'pgrst/sslmode',
        'sslmode=require encrypts but does not verify the server certificate',
        'use sslmode=verify-ca (or verify-full) with sslrootcert',
      );
    }
  }
};

/** The JWT secret and any database password come from Secret Manager, never from a plain value. */
const plainSecrets: Rule = (context) => {
  const fix = 'store it in Secret Manager and use valueFrom.secretKeyRef: {name: SECRET, key: latest}';
  for (const ref of postgrestContainers(context)) {
    for (const name of ['PGRST_JWT_SECRET', 'PGPASSWORD']) {
      const entry = envNamed(ref, name);
      const value = plainValue(entry);
      // `@/path` reads the secret from a mounted file: that is not a plain secret.
      if (entry && value !== undefined && !value.startsWith('@')) {
        report(
          context,
          [...entry.path, 'value'],
          'value',
          'error',
          'pgrst/plain-secret',
          `${name} is a plain value: it would be readable by anyone who can read the service`,
          fix,
        );
      }
    }
    const uri = dbUri(context, ref);
    if (uri?.conninfo.hasPassword) {
      reportInValue(
        context,
        [...uri.entry.path, 'value'],
        uri.conninfo.passwordSource ?? '',
        'error',
        'pgrst/plain-secret',
        'PGRST_DB_URI holds a password in a plain value',
        `${fix}, or authenticate with the client certificate alone`,
      );
    }
  }
};

/** The role claim key parses under the target version's grammar. */
const roleClaimKey: Rule = (context) => {
  const version = context.postgrestVersion;
  for (const ref of postgrestContainers(context)) {
    const entry = envNamed(ref, 'PGRST_JWT_ROLE_CLAIM_KEY');
    const key = plainValue(entry);
    if (!entry || key === undefined || isDeferred(context, [...entry.path, 'value'])) continue;
    const check = checkRoleClaimKey(key, version);
    const path = [...entry.path, 'value'];
    if (!check.ok) {
      const where = check.error ? ` at character ${check.error.offset + 1}: ${check.error.message}` : '';
      report(
        context,
        path,
        'value',
        'error',
        'pgrst/role-claim-key',
        `PostgREST ${version.tag} fails to start: failed to parse role-claim-key value (${key})${where}`,
        check.suggestion
          ? `write ${check.suggestion}`
          : 'see the jwt-role-claim-key grammar of your PostgREST version',
      );
    } else if (check.deprecated) {
      report(
        context,
        path,
        'value',
        'warning',
        'pgrst/role-claim-key',
        `PostgREST ${version.tag} accepts "${key}" but logs that this claim key syntax is deprecated`,
        check.suggestion
          ? `write the RFC 9535 form ${check.suggestion}`
          : 'write it as RFC 9535 JSONPath starting with $',
      );
    }
  }
};

/** PostgREST ignores PORT: the port it listens on must be the container port Cloud Run sends requests to. */
const ports: Rule = (context) => {
  for (const ref of postgrestContainers(context)) {
    // Behind a proxy sidecar (nginx as the ingress container), PostgREST listens on whatever port the proxy uses.
    if (ingressContainer(containersOf(context.service))?.index !== ref.index) {
      checkAdminPort(
        context,
        ref,
        asInteger(plainValue(envNamed(ref, 'PGRST_SERVER_PORT'))) ?? DEFAULT_SERVER_PORT,
      );
      continue;
    }
    const ports = asList(ref.container['ports']);
    const containerPortPath = [...ref.path, 'ports', 0, 'containerPort'];
    const containerPort = asInteger(field(ports[0], 'containerPort')) ?? DEFAULT_CONTAINER_PORT;
    const serverEntry = envNamed(ref, 'PGRST_SERVER_PORT');
    const serverPort = asInteger(plainValue(serverEntry));
    // The action's image (built from cloudbuild/) runs run.sh, which sets PGRST_SERVER_PORT from PORT when unset.
    const words = (key: string) =>
      asList(ref.container[key]).flatMap((w) => (typeof w === 'string' ? [w] : []));
    const entrypointMapsPort =
      references(context, [...ref.path, 'image'], 'IMAGE') &&
      (!('command' in ref.container) || runsEntrypoint(words('command'), words('args')));
    if (serverPort !== undefined && serverEntry) {
      if (serverPort !== containerPort) {
        report(
          context,
          [...serverEntry.path, 'value'],
          'value',
          'error',
          'pgrst/server-port',
          `PGRST_SERVER_PORT ${serverPort} differs from the container port ${containerPort}: Cloud Run would send requests where nothing listens`,
          `set containerPort: ${serverPort}, or PGRST_SERVER_PORT to "${containerPort}"`,
        );
      }
    } else if (!entrypointMapsPort && containerPort !== DEFAULT_SERVER_PORT) {
      report(
        context,
        ports.length > 0 ? containerPortPath : ref.path,
        ports.length > 0 ? 'value' : 'key',
        'error',
        'pgrst/server-port',
        `PostgREST ignores PORT and listens on ${DEFAULT_SERVER_PORT}, but the container port is ${containerPort}`,
        `set ports: [{containerPort: ${DEFAULT_SERVER_PORT}}], or PGRST_SERVER_PORT: "${containerPort}"`,
      );
    }
    const effectiveServerPort = serverPort ?? (entrypointMapsPort ? containerPort : DEFAULT_SERVER_PORT);
    const adminPort = checkAdminPort(context, ref, effectiveServerPort);
    checkProbes(context, ref, adminPort, containerPort);
  }
};

/** From v13 the admin server's port must differ from the server's; returns the admin port, if set. */
function checkAdminPort(context: RuleContext, ref: ContainerRef, serverPort: number): number | undefined {
  const adminEntry = envNamed(ref, 'PGRST_ADMIN_SERVER_PORT');
  const adminPort = asInteger(plainValue(adminEntry));
  if (
    adminEntry &&
    adminPort !== undefined &&
    adminPort === serverPort &&
    isAtLeast(context.postgrestVersion, 13)
  ) {
    report(
      context,
      [...adminEntry.path, 'value'],
      'value',
      'error',
      'pgrst/admin-port',
      `PGRST_ADMIN_SERVER_PORT ${adminPort} is the server port: PostgREST ${context.postgrestVersion.tag} refuses to start`,
      `use another port, e.g. "${serverPort + 1}"`,
    );
  }
  return adminPort;
}

/** /ready and /live are served on the admin port only: a probe elsewhere fails every start. */
function checkProbes(
  context: RuleContext,
  ref: ContainerRef,
  adminPort: number | undefined,
  containerPort: number,
): void {
  const startup = asRecord(ref.container['startupProbe']);
  if (!startup) {
    report(
      context,
      ref.path,
      'key',
      'warning',
      'pgrst/startup-probe',
      'no startupProbe: Cloud Run sends traffic as soon as the port opens, before PostgREST has connected and loaded its schema cache',
      `add startupProbe: {httpGet: {path: /ready, port: ${adminPort ?? 3001}}}${adminPort === undefined ? ' and PGRST_ADMIN_SERVER_PORT: "3001"' : ''}`,
    );
  }
  for (const kind of ['startupProbe', 'livenessProbe'] as const) {
    const probePath = asString(field(ref.container, kind, 'httpGet', 'path'));
    if (probePath === undefined || !['/ready', '/live'].includes(probePath.replace(/\?.*$/, ''))) continue;
    const portPath = [...ref.path, kind, 'httpGet', 'port'];
    const port = asInteger(field(ref.container, kind, 'httpGet', 'port')) ?? containerPort;
    if (adminPort === undefined) {
      report(
        context,
        [...ref.path, kind, 'httpGet', 'path'],
        'value',
        'error',
        'pgrst/startup-probe',
        `${kind} checks ${probePath}, but the admin server is off (no PGRST_ADMIN_SERVER_PORT)`,
        `set PGRST_ADMIN_SERVER_PORT: "${port === containerPort ? containerPort + 1 : port}" and probe that port`,
      );
    } else if (port !== adminPort) {
      report(
        context,
        field(ref.container, kind, 'httpGet', 'port') === undefined
          ? [...ref.path, kind, 'httpGet']
          : portPath,
        'value',
        'error',
        'pgrst/startup-probe',
        `${kind} checks ${probePath} on port ${port}, but PostgREST serves it on the admin port ${adminPort}`,
        `set ${kind}.httpGet.port: ${adminPort}`,
      );
    }
  }
}

/** PostgREST's image is pinned: a tag other than latest, or a digest (a sidecar's image is its owner's business). */
const imagePin: Rule = (context) => {
  for (const ref of postgrestContainers(context)) {
    const imagePath = [...ref.path, 'image'];
    const image = asString(ref.container['image']);
    if (image === undefined || isDeferred(context, imagePath)) continue;
    const pin = imagePinOf(image);
    if (pin === 'digest' || pin === 'tag') continue;
    report(
      context,
      imagePath,
      'value',
      'error',
      'pgrst/image-pin',
      pin === 'latest'
        ? `image "${image}" uses :latest, which moves with every release (backports included)`
        : `image "${image}" has no tag or digest, so it means :latest`,
      'pin a version tag (postgrest/postgrest:v14.17) or a digest (@sha256:...), or use ${IMAGE} for the image the action builds',
    );
  }
};

/** How an image reference is pinned. */
export function imagePinOf(image: string): 'digest' | 'tag' | 'latest' | 'none' {
  if (/@sha256:[0-9a-f]{64}$/.test(image)) return 'digest';
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  if (colon < 0) return 'none';
  return image.slice(colon + 1) === 'latest' ? 'latest' : 'tag';
}

/** A shell that a command may run the entrypoint script through (`sh -c "... run.sh"`, `/bin/sh run.sh`). */
const SHELL = /^(?:\/(?:usr\/)?bin\/)?(?:sh|ash|bash|dash)$/;

/** Whether a container's command still runs the image's entrypoint script, itself or through a shell. */
export function runsEntrypoint(command: readonly string[], args: readonly string[]): boolean {
  const [program = '', ...rest] = command;
  const isScript = (word: string) => word === ENTRYPOINT_SCRIPT || word === path.basename(ENTRYPOINT_SCRIPT);
  if (isScript(program)) return true;
  if (!SHELL.test(program)) return false;
  // The script named as an argument, or as a word of a -c command line (`exec /usr/local/bin/run.sh "$@"`).
  return [...rest, ...args].some((arg) => arg.split(/[\s;&|'"]+/).some(isScript));
}

/** A command that skips run.sh: the /opt/secrets copies are never made (one that runs run.sh is fine). */
const entrypoint: Rule = (context) => {
  for (const ref of postgrestContainers(context)) {
    if (!('command' in ref.container)) continue;
    const words = (key: string) =>
      asList(ref.container[key]).flatMap((w) => (typeof w === 'string' ? [w] : []));
    if (runsEntrypoint(words('command'), words('args'))) continue;
    if (!certReferences(context, ref).some((c) => c.file.startsWith(`${SECRETS_DIR}/`))) continue;
    report(
      context,
      [...ref.path, 'command'],
      'key',
      'error',
      'pgrst/entrypoint',
      `command replaces the image's entrypoint, which copies ${VAULT_DIR} to ${SECRETS_DIR}: the certificate files will not exist`,
      `remove command (pass PostgREST options with args or env), or run ${ENTRYPOINT_SCRIPT} from it`,
    );
  }
};

/**
 * The release an official PostgREST image runs: one this action supports, and the one the checks follow
 * (`postgrest_version`) — else the claim-key grammar and the version rules are another release's.
 */
const imageVersion: Rule = (context) => {
  for (const ref of postgrestContainers(context)) {
    const imagePath = [...ref.path, 'image'];
    const image = asString(ref.container['image']);
    if (image === undefined || isDeferred(context, imagePath) || !isPostgrestImage(image)) continue;
    const tag = /:([^:/@]+)(?:@|$)/.exec(image.slice(image.lastIndexOf('/') + 1))?.[1];
    const version = tag === undefined ? undefined : parsePostgrestVersion(tag);
    if (!version) continue;
    const unsupported = unsupportedVersion(version);
    const checked = context.postgrestVersion;
    if (unsupported) {
      report(context, imagePath, 'value', 'error', 'pgrst/version', unsupported, 'run a supported release');
    } else if (version.major !== checked.major || version.minor !== checked.minor) {
      report(
        context,
        imagePath,
        'value',
        'warning',
        'pgrst/version',
        `the image runs PostgREST ${version.tag}, but the checks follow ${checked.tag} (postgrest_version)`,
        `set postgrest_version to ${version.tag}, or run ${checked.tag}`,
      );
    }
  }
};

/** PostgREST-specific rules, ids `pgrst/...`. */
export const POSTGREST_RULES: readonly Rule[] = [
  dbUriSyntax,
  secretPaths,
  sslmode,
  plainSecrets,
  roleClaimKey,
  ports,
  imagePin,
  imageVersion,
  entrypoint,
];
