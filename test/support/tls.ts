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
