// The certificate checks, pure: PEM texts in, one outcome per check out. Node's X509Certificate and createPrivateKey
// do the parsing; no message ever quotes a file's content (a key is a secret; the certificates are named by subject).
import type { KeyObject } from 'node:crypto';
import { createPrivateKey, X509Certificate } from 'node:crypto';

/** libpq's three certificate settings. */
export type CertKeyword = 'sslcert' | 'sslkey' | 'sslrootcert';

/** How a check came out: `failed` stops the run, `warning` is reported, `skipped` could not be checked. */
export type Verdict = 'passed' | 'warning' | 'failed' | 'skipped';

/** One check of one file: its verdict, what it found, and for a failure or warning its rule and fix. */
export interface CheckOutcome {
  /** The file the finding points at (its volume item in the spec). */
  readonly keyword: CertKeyword;
  readonly check: string;
  readonly verdict: Verdict;
  readonly detail: string;
  readonly rule?: string;
  readonly fix?: string;
}

/** What the checks compare against: the database user, the time, and the expiry warning window. */
export interface CheckContext {
  readonly user?: string | undefined;
  readonly now: number;
  readonly warningDays: number;
}

const DAY_MS = 86_400_000;
const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/** How each file is named in messages. */
export const FILE_ROLE: Record<CertKeyword, string> = {
  sslcert: 'the client certificate',
  sslkey: 'the client key',
  sslrootcert: 'the root certificate file',
};

function outcome(
  keyword: CertKeyword,
  check: string,
  verdict: Verdict,
  detail: string,
  finding?: { rule: string; fix: string },
): CheckOutcome {
  return { keyword, check, verdict, detail, ...(finding ?? {}) };
}

/** The PEM certificates of a file, parsed; undefined with the outcome when one does not parse. */
export function parseCertificates(
  keyword: CertKeyword,
  pem: string,
): { certificates?: X509Certificate[]; outcome: CheckOutcome } {
  const blocks = pem.match(CERTIFICATE_BLOCK) ?? [];
  const fix = {
    rule: 'pgrst/cert-pem',
    fix: 'store the certificate in PEM form (-----BEGIN CERTIFICATE-----), e.g. openssl x509 -in cert.der -inform der -out cert.pem',
  };
  if (blocks.length === 0)
    return {
      outcome: outcome(keyword, 'PEM', 'failed', `${FILE_ROLE[keyword]} holds no PEM certificate`, fix),
    };
  try {
    const certificates = blocks.map((block) => new X509Certificate(block));
    const detail = `${String(certificates.length)} certificate${certificates.length === 1 ? '' : 's'}: ${certificates.map(subjectOf).join(', ')}`;
    return { certificates, outcome: outcome(keyword, 'PEM', 'passed', detail) };
  } catch {
    return {
      outcome: outcome(
        keyword,
        'PEM',
        'failed',
        `${FILE_ROLE[keyword]} holds a certificate that does not parse`,
        fix,
      ),
    };
  }
}

/** The private key, parsed; undefined with the outcome when it does not parse (never quoting it). */
export function parsePrivateKey(pem: string): { key?: KeyObject; outcome: CheckOutcome } {
  const fix = {
    rule: 'pgrst/cert-pem',
    fix: 'store the unencrypted private key in PEM form (-----BEGIN PRIVATE KEY-----), e.g. openssl pkey -in key.der -inform der -out key.pem',
  };
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem))
    return { outcome: outcome('sslkey', 'PEM', 'failed', 'the client key holds no PEM private key', fix) };
  if (/-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: 4,ENCRYPTED/.test(pem)) {
    return {
      outcome: outcome(
        'sslkey',
        'PEM',
        'failed',
        'the client key is encrypted: PostgREST cannot give libpq its passphrase',
        {
          ...fix,
          fix: 'store it decrypted: openssl pkey -in key.pem -out plain.pem',
        },
      ),
    };
  }
  try {
    const key = createPrivateKey({ key: pem, format: 'pem' });
    return { key, outcome: outcome('sslkey', 'PEM', 'passed', `${key.asymmetricKeyType ?? 'private'} key`) };
  } catch {
    return {
      outcome: outcome('sslkey', 'PEM', 'failed', 'the client key does not parse as a private key', fix),
    };
  }
}

/** A certificate's subject as one short text (`CN=authenticator`), its common name first. */
function subjectOf(certificate: X509Certificate): string {
  const cn = commonNameOf(certificate);
  return cn === undefined ? certificate.subject.replace(/\n/g, ', ') : `CN=${cn}`;
}

/** The subject's common name (the last CN, as OpenSSL and PostgreSQL read it), unquoted. */
export function commonNameOf(certificate: X509Certificate): string | undefined {
  const line = certificate.subject
    .split('\n')
    .filter((l) => l.startsWith('CN='))
    .at(-1);
  if (line === undefined) return undefined;
  const value = line.slice(3);
  try {
    return value.startsWith('"') ? (JSON.parse(value) as string) : value;
  } catch {
    return value;
  }
}

/** A time as an ISO date (the day is what matters for renewal). */
const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The certificate is valid now, and not about to expire within the warning window. */
export function checkValidity(
  keyword: CertKeyword,
  certificate: X509Certificate,
  context: CheckContext,
): CheckOutcome {
  const from = Date.parse(certificate.validFrom);
  const to = Date.parse(certificate.validTo);
  const who = `${FILE_ROLE[keyword]} (${subjectOf(certificate)})`;
  const renew = 'add a new secret version with a renewed certificate and point the volume item at it';
  if (context.now < from) {
    return outcome(keyword, 'valid now', 'failed', `${who} is not valid before ${day(from)}`, {
      rule: 'pgrst/cert-not-yet-valid',
      fix: `${renew} (or check the issuer's clock): the server refuses it until then`,
    });
  }
  if (context.now > to) {
    return outcome(keyword, 'valid now', 'failed', `${who} expired on ${day(to)}`, {
      rule: 'pgrst/cert-expired',
      fix: `${renew}: the server refuses an expired certificate`,
    });
  }
  const days = Math.floor((to - context.now) / DAY_MS);
  if (to - context.now < context.warningDays * DAY_MS) {
    return outcome(
      keyword,
      'valid now',
      'warning',
      `${who} expires on ${day(to)}, in ${String(days)} day${days === 1 ? '' : 's'} (within cert_expiry_warning_days ${String(context.warningDays)})`,
      { rule: 'pgrst/cert-expiring', fix: `${renew} before then` },
    );
  }
  return outcome(keyword, 'valid now', 'passed', `valid until ${day(to)}`);
}

/** With `cert` authentication, PostgreSQL maps the certificate's CN to the database user. */
export function checkCommonName(certificate: X509Certificate, user: string | undefined): CheckOutcome {
  const cn = commonNameOf(certificate);
  if (user === undefined) {
    return outcome(
      'sslcert',
      'CN is the database user',
      'skipped',
      'the connection string names no user (nor PGUSER)',
    );
  }
  if (cn === user) return outcome('sslcert', 'CN is the database user', 'passed', `CN=${cn}`);
  return outcome(
    'sslcert',
    'CN is the database user',
    'warning',
    cn === undefined
      ? `the client certificate has no CN, and the connection string connects as ${user}`
      : `the client certificate's CN is ${cn}, but the connection string connects as ${user}`,
    {
      rule: 'pgrst/cert-cn',
      fix: `with cert authentication PostgreSQL requires the CN to equal the user unless pg_hba.conf gives a user map (map=NAME, with pg_ident.conf mapping ${cn ?? 'the CN'} to ${user}): issue the certificate with CN=${user}${cn === undefined ? '' : `, connect as ${cn}`}, or configure that map`,
    },
  );
}

/** The key is the certificate's: libpq refuses a pair that does not match. */
export function checkKeyMatch(certificate: X509Certificate, key: KeyObject): CheckOutcome {
  if (certificate.checkPrivateKey(key))
    return outcome(
      'sslkey',
      'key matches the certificate',
      'passed',
      `the key is ${subjectOf(certificate)}'s`,
    );
  return outcome(
    'sslkey',
    'key matches the certificate',
    'failed',
    `the client key is not the key of the client certificate (${subjectOf(certificate)})`,
    {
      rule: 'pgrst/cert-key-mismatch',
      fix: 'mount the key the certificate was issued for (a renewed certificate and its new key are rotated together)',
    },
  );
}

/** Every certificate of the root file is a CA (basicConstraints CA:TRUE): what libpq verifies the server with. */
export function checkCertificateAuthority(certificates: readonly X509Certificate[]): CheckOutcome {
  const leaves = certificates.filter((c) => !c.ca);
  if (leaves.length === 0)
    return outcome('sslrootcert', 'holds a CA', 'passed', certificates.map(subjectOf).join(', '));
  return outcome(
    'sslrootcert',
    'holds a CA',
    'failed',
    `the root certificate file holds ${leaves.map(subjectOf).join(', ')}, which is not a CA (basicConstraints CA:TRUE)`,
    {
      rule: 'pgrst/cert-ca',
      fix: "put the CA certificate that signed the server's certificate there (not the server's certificate itself)",
    },
  );
}
