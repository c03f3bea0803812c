import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A throw-away certificate authority and one server certificate it signed, as files and as PEM text. */
export interface TestCertificates {
  /** The CA certificate: what a client trusts (`NODE_EXTRA_CA_CERTS`, `ca`). */
  readonly caFile: string;
  readonly key: string;
  readonly cert: string;
}

/**
 * Make a test CA with openssl, and a server certificate for `addresses` (IP subject alternative names), valid for a
 * day. P-256 keys: generated in milliseconds.
 */
export async function createTestCertificates(
  directory: string,
  addresses: readonly string[],
): Promise<TestCertificates> {
  const file = (name: string) => path.join(directory, name);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  await run('openssl', [
    'req',
    '-x509',
    ...ec,
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.pem'),
    '-days',
    '1',
    '-subj',
    '/CN=pgrst-cloudrun test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  await run('openssl', [
    'req',
    '-new',
    ...ec,
    '-keyout',
    file('server.key'),
    '-out',
    file('server.csr'),
    '-subj',
    `/CN=${addresses[0] ?? 'localhost'}`,
  ]);
  writeFileSync(
    file('server.ext'),
    [
      `subjectAltName=${addresses.map((address) => `IP:${address}`).join(',')}`,
      'basicConstraints=CA:FALSE',
      'keyUsage=critical,digitalSignature',
      'extendedKeyUsage=serverAuth',
      '',
    ].join('\n'),
  );
  await run('openssl', [
    'x509',
    '-req',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.pem'),
    '-CAkey',
    file('ca.key'),
    '-CAcreateserial',
    '-out',
    file('server.pem'),
    '-days',
    '1',
    '-extfile',
    file('server.ext'),
  ]);
  return {
    caFile: file('ca.pem'),
    key: readFileSync(file('server.key'), 'utf8'),
    cert: readFileSync(file('server.pem'), 'utf8'),
  };
}

/** A client certificate, its key and the CA that signed it, as PEM text (what Secret Manager would hold). */
export interface ClientCertificates {
  readonly ca: string;
  readonly cert: string;
  readonly key: string;
}

/** `2025-01-02T03:04:05Z` → `20250102030405Z`, the form `openssl ca -startdate/-enddate` takes. */
const opensslTime = (date: Date): string => `${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;

/**
 * Make a test CA and a client certificate it signs for `cn`, valid from `notBefore` to `notAfter` (in the past or
 * the future, as `openssl ca` allows), with openssl. P-256 keys.
 */
export async function createClientCertificates(
  directory: string,
  options: { readonly cn: string; readonly notBefore?: Date; readonly notAfter?: Date },
): Promise<ClientCertificates> {
  const file = (name: string) => path.join(directory, name);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  const notBefore = options.notBefore ?? new Date(Date.now() - 3_600_000);
  const notAfter = options.notAfter ?? new Date(Date.now() + 365 * 86_400_000);
  await run('openssl', [
    'req',
    '-x509',
    ...ec,
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.pem'),
    '-days',
    '3650',
    '-subj',
    '/CN=pgrst-cloudrun test client CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  await run('openssl', [
    'req',
    '-new',
    ...ec,
    '-keyout',
    file('client.key'),
    '-out',
    file('client.csr'),
    '-subj',
    `/CN=${options.cn}`,
  ]);
  writeFileSync(file('index.txt'), '');
  writeFileSync(file('serial'), '1000\n');
  writeFileSync(
    file('ca.cnf'),
    [
      '[ca]',
      'default_ca = test',
      '[test]',
      `database = ${file('index.txt')}`,
      `new_certs_dir = ${directory}`,
      `serial = ${file('serial')}`,
      'default_md = sha256',
      'policy = any',
      'unique_subject = no',
      'copy_extensions = none',
      '[any]',
      'commonName = supplied',
      '[client]',
      'basicConstraints = CA:FALSE',
      'keyUsage = critical,digitalSignature',
      'extendedKeyUsage = clientAuth',
      '',
    ].join('\n'),
  );
  await run('openssl', [
    'ca',
    '-batch',
    '-notext',
    '-config',
    file('ca.cnf'),
    '-cert',
    file('ca.pem'),
    '-keyfile',
    file('ca.key'),
    '-in',
    file('client.csr'),
    '-out',
    file('client.pem'),
    '-extensions',
    'client',
    '-startdate',
    opensslTime(notBefore),
    '-enddate',
    opensslTime(notAfter),
  ]);
  return {
    ca: readFileSync(file('ca.pem'), 'utf8'),
    cert: readFileSync(file('client.pem'), 'utf8'),
    key: readFileSync(file('client.key'), 'utf8'),
  };
}
