// The certificate preflight on real certificates made by openssl (test/support/tls.ts): each check, its rule, its
// place in the spec (the volume item that mounts the file), and that no secret shows in what it reports.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/commands.js';
import { ConfigError, parsePipelineConfig } from '../../src/config/index.js';
import { actionDefaults } from '../../src/defaults.js';
import type { SecretManagerApi } from '../../src/gcp/index.js';
import { SecretAccessError } from '../../src/gcp/index.js';
import { conninfoUser, parseConninfo, parsePostgrestVersion } from '../../src/postgrest/index.js';
import type { PreflightResult } from '../../src/preflight/index.js';
import { checkCertificates } from '../../src/preflight/index.js';
import type { ClientCertificates as Mounted } from '../../src/spec/index.js';
import { checkSpec } from '../../src/spec/index.js';
import type { ClientCertificates } from '../support/tls.js';
import { createClientCertificates } from '../support/tls.js';

const FIXTURE = 'test/fixtures/specs/valid/client-cert-uri.yaml';
const DAY = 86_400_000;
/** When the certificates are made; the checks run a few seconds later, on the real clock. */
const NOW = Date.now();
const PINNED = readFileSync(FIXTURE, 'utf8').replaceAll(
  'key: latest\n                path:',
  'key: "3"\n                path:',
);

let good: ClientCertificates;
let expired: ClientCertificates;
let notYet: ClientCertificates;
let expiring: ClientCertificates;
let otherCn: ClientCertificates;
beforeAll(async () => {
  const directory = () => mkdtempSync(path.join(tmpdir(), 'pgrst-preflight-'));
  [good, expired, notYet, expiring, otherCn] = await Promise.all([
    createClientCertificates(directory(), { cn: 'authenticator' }),
    createClientCertificates(directory(), {
      cn: 'authenticator',
      notBefore: new Date(NOW - 400 * DAY),
      notAfter: new Date(NOW - 35 * DAY),
    }),
    createClientCertificates(directory(), {
      cn: 'authenticator',
      notBefore: new Date(NOW + 2 * DAY),
      notAfter: new Date(NOW + 400 * DAY),
    }),
    createClientCertificates(directory(), {
      cn: 'authenticator',
      notAfter: new Date(NOW + 10 * DAY + 3_600_000),
    }),
    createClientCertificates(directory(), { cn: 'web_anon' }),
  ]);
});

/** The certificates the spec mounts, as the spec stage finds them. */
function mountsOf(text: string): Mounted {
  const checked = checkSpec({
    file: 'service.yaml',
    text,
    variables: new Map(),
    postgrestVersion: parsePostgrestVersion('v14.17') ?? (undefined as never),
    allowUnsetBuiltins: true,
  });
  if (!checked.clientCertificates) throw new Error('the fixture mounts no client certificates');
  return checked.clientCertificates;
}

/** Run the preflight over the fixture with these files (`403`/`404`: refused), collecting the log and the masks. */
async function preflight(
  files: { cert: string; key: string; ca: string },
  options: { text?: string; warningDays?: number } = {},
): Promise<PreflightResult & { log: string[]; masked: string[]; read: string[] }> {
  const bySecret: Record<string, string> = {
    'client-cert': files.cert,
    'client-key': files.key,
    'server-ca': files.ca,
  };
  const read: string[] = [];
  const secrets: SecretManagerApi = {
    access: (name) => {
      read.push(name);
      const secret = /secrets\/([^/]+)\//.exec(name)?.[1] ?? '';
      const value = bySecret[secret] ?? '404';
      if (value === '403' || value === '404')
        return Promise.reject(new SecretAccessError(`no ${name}`, Number(value)));
      return Promise.resolve(value);
    },
  };
  const log: string[] = [];
  const masked: string[] = [];
  const result = await checkCertificates(
    mountsOf(options.text ?? PINNED),
    {
      projectId: 'demo-project',
      config: { enabled: true, certExpiryWarningDays: options.warningDays ?? 30 },
    },
    { secrets: () => secrets, mask: (s) => masked.push(s), log: (l) => log.push(l), now: () => Date.now() },
  );
  return { ...result, log, masked, read };
}

const rules = (result: PreflightResult) => result.diagnostics.map((d) => `${d.severity} ${d.rule}`);
/** The lines (1-based) that hold `needle`. */
const linesWith = (text: string, needle: string): number[] =>
  text.split('\n').flatMap((line, index) => (line.includes(needle) ? [index + 1] : []));

describe('the certificate preflight', () => {
  test('a good set passes every check, reading the pinned versions the spec mounts', async () => {
    const result = await preflight(good);
    expect(rules(result)).toEqual([]);
    expect(result.read).toEqual([
      'projects/demo-project/secrets/client-cert/versions/3',
      'projects/demo-project/secrets/client-key/versions/3',
      'projects/demo-project/secrets/server-ca/versions/3',
    ]);
    expect(result.checks.map((c) => `${c.file} ${c.check}: ${c.verdict}`)).toEqual([
      'sslcert=/opt/secrets/cert/client.crt PEM: passed',
      'sslcert=/opt/secrets/cert/client.crt valid now: passed',
      'sslcert=/opt/secrets/cert/client.crt CN is the database user: passed',
      'sslkey=/opt/secrets/key/client.key PEM: passed',
      'sslkey=/opt/secrets/key/client.key key matches the certificate: passed',
      'sslrootcert=/opt/secrets/ca/ca.crt PEM: passed',
      'sslrootcert=/opt/secrets/ca/ca.crt holds a CA: passed',
      'sslrootcert=/opt/secrets/ca/ca.crt valid now: passed',
    ]);
  });

  test('an expired client certificate is an error, on the line of the volume item that mounts it', async () => {
    const result = await preflight({ ...good, cert: expired.cert, key: expired.key });
    expect(rules(result)).toEqual(['error pgrst/cert-expired']);
    const [diagnostic] = result.diagnostics;
    expect(diagnostic?.message).toMatch(
      /^sslcert=\/opt\/secrets\/cert\/client\.crt: the client certificate \(CN=authenticator\) expired on \d{4}-\d\d-\d\d$/,
    );
    expect(diagnostic?.line).toBe(linesWith(PINNED, '- key: "3"')[0]);
    expect(diagnostic?.path).toBe('spec.template.spec.volumes[0].secret.items[0].key');
  });

  test('a client certificate not yet valid is an error', async () => {
    const result = await preflight({ ...good, cert: notYet.cert, key: notYet.key });
    expect(rules(result)).toEqual(['error pgrst/cert-not-yet-valid']);
  });

  test('a client certificate expiring within cert_expiry_warning_days is a warning; outside the window it passes', async () => {
    const files = { ...good, cert: expiring.cert, key: expiring.key };
    const within = await preflight(files);
    expect(rules(within)).toEqual(['warning pgrst/cert-expiring']);
    expect(within.diagnostics[0]?.message).toMatch(
      /expires on \d{4}-\d\d-\d\d, in 10 days \(within cert_expiry_warning_days 30\)$/,
    );
    expect(rules(await preflight(files, { warningDays: 10 }))).toEqual([]);
    expect(rules(await preflight(files, { warningDays: 0 }))).toEqual([]);
  });

  test("a key that is not the certificate's is an error, on the key's volume item", async () => {
    const result = await preflight({ ...good, key: otherCn.key });
    expect(rules(result)).toEqual(['error pgrst/cert-key-mismatch']);
    expect(result.diagnostics[0]?.path).toBe('spec.template.spec.volumes[1].secret.items[0].key');
  });

  test('a CN other than the database user is a warning with the fix (a pg_ident map, or the CN)', async () => {
    const result = await preflight({ ...good, cert: otherCn.cert, key: otherCn.key });
    expect(rules(result)).toEqual(['warning pgrst/cert-cn']);
    expect(result.diagnostics[0]?.message).toContain(
      "the client certificate's CN is web_anon, but the connection string connects as authenticator",
    );
    expect(result.diagnostics[0]?.fix).toMatch(
      /pg_ident\.conf mapping web_anon to authenticator.*issue the certificate with CN=authenticator/,
    );
  });

  test('a root file that holds no CA is an error', async () => {
    const result = await preflight({ ...good, ca: good.cert });
    expect(rules(result)).toEqual(['error pgrst/cert-ca']);
    expect(result.diagnostics[0]?.message).toContain(
      'CN=authenticator, which is not a CA (basicConstraints CA:TRUE)',
    );
  });

  test('a file that is not PEM, and an encrypted key, are errors', async () => {
    const result = await preflight({
      ...good,
      cert: 'not a certificate',
      key: '-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n',
    });
    expect(rules(result)).toEqual(['error pgrst/cert-pem', 'error pgrst/cert-pem']);
  });

  test('version latest is a warning on each file (a rollback may not get the certificate that ran)', async () => {
    const text = readFileSync(FIXTURE, 'utf8');
    const result = await preflight(good, { text });
    expect(rules(result)).toEqual(Array(3).fill('warning pgrst/cert-latest'));
    expect(result.diagnostics.map((d) => d.line)).toEqual(linesWith(text, '- key: latest'));
    expect(result.diagnostics[0]?.fix).toContain('pin the version');
  });

  test('a secret the run may not read (403) is a warning naming the role and the gcloud command, not a failure', async () => {
    const result = await preflight({ ...good, key: '403' });
    expect(rules(result)).toEqual(['warning pgrst/cert-access']);
    expect(result.diagnostics[0]?.fix).toBe(
      'grant roles/secretmanager.secretAccessor on secret client-key to the account the workflow authenticates as: gcloud secrets add-iam-policy-binding client-key --project demo-project --member serviceAccount:ACCOUNT --role roles/secretmanager.secretAccessor (or set preflight to false)',
    );
    // The pair cannot be compared; the other files are still checked.
    expect(result.checks.find((c) => c.check === 'key matches the certificate')).toBeUndefined();
    expect(result.checks.filter((c) => c.verdict === 'passed')).toHaveLength(6);
  });

  test('a secret version that does not exist is an error', async () => {
    const result = await preflight({ ...good, ca: '404' });
    expect(rules(result)).toEqual(['error pgrst/cert-secret']);
    expect(result.diagnostics[0]?.message).toContain(
      'projects/demo-project/secrets/server-ca/versions/3 does not exist',
    );
  });

  test('the key is masked line by line and appears in no report, log or diagnostic', async () => {
    const result = await preflight({ ...good, cert: otherCn.cert });
    const body = good.key.split('\n').filter((l) => l.length >= 16 && !l.startsWith('-----'));
    expect(body.length).toBeGreaterThan(0);
    for (const line of body) expect(result.masked).toContain(line);
    const shown = JSON.stringify([result.checks, result.diagnostics, result.log]);
    for (const line of body) expect(shown).not.toContain(line);
  });
});

describe('inputs `preflight` and `cert_expiry_warning_days`', () => {
  const asAction = (inputs: Record<string, string>) => {
    const defaults = actionDefaults();
    return parsePipelineConfig(
      (name) => inputs[name] ?? defaults[name] ?? '',
      (name) => `input \`${name}\``,
    ).preflight;
  };

  test('default: on, warning 30 days ahead', () => {
    expect(actionDefaults()['preflight']).toBe('true');
    expect(asAction({})).toEqual({ enabled: true, certExpiryWarningDays: 30 });
    expect(asAction({ preflight: 'false', cert_expiry_warning_days: ' 0 ' })).toEqual({
      enabled: false,
      certExpiryWarningDays: 0,
    });
  });

  test.each(['-1', '1.5', 'soon', '', '30 days'])(
    'cert_expiry_warning_days %j is refused, naming the input',
    (text) => {
      expect(() => asAction({ cert_expiry_warning_days: text })).toThrow(ConfigError);
      expect(() => asAction({ cert_expiry_warning_days: text })).toThrow(
        /^input `cert_expiry_warning_days` must be a whole number of days \(0 or more\)/,
      );
    },
  );

  test('preflight maybe is refused', () => {
    expect(() => asAction({ preflight: 'maybe' })).toThrow(
      /^input `preflight` must be true or false, not "maybe"/,
    );
  });

  test('the CLI takes them as flags: --cert-expiry-warning-days, --preflight', async () => {
    let err = '';
    const code = await main(
      [
        'deploy',
        '--service',
        'postgrest',
        '--project-id',
        'p',
        '--region',
        'europe-west1',
        '--smoke',
        'false',
        '--cert-expiry-warning-days',
        'soon',
      ],
      {
        out: () => undefined,
        err: (t) => (err += t),
        readFile: (p) => readFileSync(p, 'utf8'),
      },
    );
    expect(code).toBe(2);
    expect(err).toMatch(/--cert-expiry-warning-days must be a whole number of days/);
  });
});

describe('what the preflight reads: the spec stage finds the mounts and the user', () => {
  test('PGSSL* variables, the keyword=value user, a cross-project alias and a numbered version', () => {
    const text = readFileSync('test/fixtures/specs/valid/libpq-env-vars.yaml', 'utf8')
      .replace(
        '        autoscaling.knative.dev/maxScale: "5"',
        '        autoscaling.knative.dev/maxScale: "5"\n        run.googleapis.com/secrets: client-cert:projects/902114467310/secrets/shared-cert',
      )
      .replace('key: latest\n                path: client.crt', 'key: "7"\n                path: client.crt');
    const mounted = mountsOf(text);
    expect(mounted.user).toBe('authenticator');
    expect(mounted.mounts.map((m) => `${m.keyword} ${m.file} ${m.secret}:${m.version}`)).toEqual([
      'sslcert /opt/secrets/cert/client.crt projects/902114467310/secrets/shared-cert:7',
      'sslkey /opt/secrets/key/client.key client-key:latest',
      'sslrootcert /opt/secrets/ca/ca.crt server-ca:latest',
    ]);
  });

  test.each([
    ['postgresql://authenticator@/app?sslmode=verify-ca', 'authenticator'],
    ['postgresql://auth%40x:pw@db/app', 'auth@x'],
    ['postgresql://authenticator@db/app?user=other', 'other'],
    ['host=db user=web dbname=app', 'web'],
    ['postgresql:///app', undefined],
  ])('the user of %s is %s', (text, user) => {
    expect(conninfoUser(parseConninfo(text))).toBe(user);
  });
});
