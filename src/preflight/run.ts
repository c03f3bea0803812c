// The certificate preflight: read the secret versions the spec mounts where libpq finds its client certificate, key
// and root CA (each masked as it arrives, never printed), check them, and report each finding as a diagnostic on the
// volume item that mounts the file. A secret the run may not read is a warning naming the role to grant.
import type { SecretManagerApi } from '../gcp/index.js';
import { SecretAccessError, secretVersionName } from '../gcp/index.js';
import type { CertificateMount, ClientCertificates, Diagnostic } from '../spec/index.js';
import type { CertKeyword, CheckOutcome, Verdict } from './certificates.js';
import { FILE_ROLE } from './certificates.js';
import type { CertificateTexts } from './check.js';
import { checkCertificateTexts } from './check.js';

/** Settings of the preflight stage, parsed once from action inputs or CLI flags. */
export interface PreflightConfig {
  /** `preflight`: false turns the certificate checks off. */
  readonly enabled: boolean;
  /** `cert_expiry_warning_days`: a certificate expiring sooner is a warning. */
  readonly certExpiryWarningDays: number;
}

/** One check as the job summary lists it: the file, the secret version read (name and version only), the verdict. */
export interface PreflightCheck {
  readonly check: string;
  /** `sslcert=/opt/secrets/...`. */
  readonly file: string;
  /** `projects/P/secrets/S/versions/V`. */
  readonly secret: string;
  readonly verdict: Verdict;
  readonly detail: string;
}

/** What the preflight found. */
export interface PreflightResult {
  readonly checks: readonly PreflightCheck[];
  readonly diagnostics: readonly Diagnostic[];
}

export interface PreflightDependencies {
  readonly secrets: () => SecretManagerApi;
  readonly mask: (secret: string) => void;
  readonly log: (line: string) => void;
  readonly now: () => number;
}

/** A mount with the full name of the secret version it mounts. */
interface NamedMount extends CertificateMount {
  readonly name: string;
}

/**
 * Check the client certificates the spec mounts. Never throws for what it finds: errors come back as diagnostics
 * (the pipeline stops on them), unreadable secrets as a warning (403) or an error (missing).
 */
export async function checkCertificates(
  certificates: ClientCertificates,
  target: { readonly projectId: string; readonly config: PreflightConfig },
  deps: PreflightDependencies,
): Promise<PreflightResult> {
  const mounts = certificates.mounts.map((mount): NamedMount => ({
    ...mount,
    name: secretVersionName(`${mount.secret}:${mount.version}`, target.projectId),
  }));
  const texts: CertificateTexts = {};
  const outcomes: CheckOutcome[] = [];
  for (const mount of mounts) {
    if (mount.version === 'latest') outcomes.push(latestOutcome(mount));
    const read = await readMount(mount, target.projectId, deps);
    if (typeof read === 'string') texts[mount.keyword] = read;
    else outcomes.push(read);
  }
  outcomes.push(
    ...checkCertificateTexts(texts, {
      user: certificates.user,
      now: deps.now(),
      warningDays: target.config.certExpiryWarningDays,
    }),
  );
  const byKeyword = new Map<CertKeyword, NamedMount>(mounts.map((m) => [m.keyword, m]));
  for (const o of outcomes) deps.log(`${o.keyword}: ${o.check}: ${o.verdict} (${o.detail})`);
  return {
    checks: outcomes.flatMap((o) => {
      const mount = byKeyword.get(o.keyword);
      return mount
        ? [
            {
              check: o.check,
              file: `${o.keyword}=${mount.file}`,
              secret: mount.name,
              verdict: o.verdict,
              detail: o.detail,
            },
          ]
        : [];
    }),
    diagnostics: outcomes.flatMap((o) => {
      const mount = byKeyword.get(o.keyword);
      return mount ? diagnosticOf(o, mount, certificates.file) : [];
    }),
  };
}

/** A version `latest` mounts whatever is newest when an instance starts: a rollback may not get this certificate. */
function latestOutcome(mount: NamedMount): CheckOutcome {
  return {
    keyword: mount.keyword,
    check: 'version pinned',
    verdict: 'warning',
    detail: `${FILE_ROLE[mount.keyword]} is secret ${mount.secret} at version latest: a rollback to this revision mounts whatever version is newest then, not the one checked now`,
    rule: 'pgrst/cert-latest',
    fix: `pin the version the revision runs with: key: "N" (gcloud secrets versions list ${shortName(mount.secret)})`,
  };
}

/** Shorter lines of a key are not masked on their own (a short mask would hide unrelated text in the log). */
const MIN_MASKED_LINE = 16;

/** The payload (a key also masked line by line, as a log would show it), or the outcome of a refusal. */
async function readMount(
  mount: NamedMount,
  projectId: string,
  deps: PreflightDependencies,
): Promise<string | CheckOutcome> {
  try {
    const text = await deps.secrets().access(mount.name);
    if (mount.keyword === 'sslkey') {
      for (const line of text.split(/\r?\n/).map((l) => l.trim()))
        if (line.length >= MIN_MASKED_LINE && !line.startsWith('-----')) deps.mask(line);
    }
    deps.log(`read ${mount.name} for ${mount.keyword}=${mount.file}`);
    return text;
  } catch (error) {
    const status = error instanceof SecretAccessError ? error.status : undefined;
    const secret = shortName(mount.secret);
    const project = /^projects\/([^/]+)\//.exec(mount.secret)?.[1] ?? projectId;
    if (status === 403) {
      return {
        keyword: mount.keyword,
        check: 'readable',
        verdict: 'warning',
        detail: `this run may not read ${mount.name} (HTTP 403): ${FILE_ROLE[mount.keyword]} was not checked`,
        rule: 'pgrst/cert-access',
        fix: `grant roles/secretmanager.secretAccessor on secret ${secret} to the account the workflow authenticates as: gcloud secrets add-iam-policy-binding ${secret} --project ${project} --member serviceAccount:ACCOUNT --role roles/secretmanager.secretAccessor (or set preflight to false)`,
      };
    }
    return {
      keyword: mount.keyword,
      check: 'readable',
      verdict: 'failed',
      detail:
        status === 404
          ? `${mount.name} does not exist: the revision could not mount ${FILE_ROLE[mount.keyword]}`
          : `${mount.name} could not be read: ${error instanceof Error ? error.message : String(error)}`,
      rule: 'pgrst/cert-secret',
      fix:
        status === 404
          ? `add it (gcloud secrets versions add ${secret} --project ${project} --data-file=FILE) or point the volume item's key at a version that exists`
          : 'check that Secret Manager is reachable and retry, or set preflight to false',
    };
  }
}

/** `projects/P/secrets/S` → `S`. */
function shortName(secret: string): string {
  return secret.replace(/^projects\/[^/]+\/secrets\//, '');
}

function diagnosticOf(o: CheckOutcome, mount: NamedMount, file: string): Diagnostic[] {
  if ((o.verdict !== 'failed' && o.verdict !== 'warning') || !o.rule) return [];
  return [
    {
      file,
      line: mount.at.line,
      column: mount.at.column,
      severity: o.verdict === 'failed' ? 'error' : 'warning',
      message: `${o.keyword}=${mount.file}: ${o.detail}`,
      fix: o.fix ?? '',
      rule: o.rule,
      path: mount.at.path,
    },
  ];
}
