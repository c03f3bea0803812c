import { execFile } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const PG_BIN = '/usr/lib/postgresql/15/bin';

/** Client-certificate material for one database user, as PEM file paths on the host. */
export interface ClientCertificate {
  readonly cert: string;
  readonly key: string;
  readonly rootCa: string;
}

/** A throwaway PostgreSQL 15 that accepts only TLS connections with a client certificate. */
export interface TlsPostgres {
  readonly port: number;
  readonly user: string;
  readonly database: string;
  readonly client: ClientCertificate;
  /** Run SQL as the superuser (over the local socket): to create roles, schemas and grants for a test. */
  admin(sql: string): Promise<void>;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1, chosen by the kernel. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

async function openssl(args: string[], cwd: string): Promise<void> {
  await run('openssl', args, { cwd });
}

/** A CA, a server certificate for 127.0.0.1 and a client certificate whose CN is `user`. */
async function makeCertificates(dir: string, user: string): Promise<void> {
  const subjectAltName = 'subjectAltName=IP:127.0.0.1,DNS:localhost';
  await openssl(
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=test-ca']
      .concat(['-keyout', 'ca.key', '-out', 'ca.crt', '-addext', 'basicConstraints=critical,CA:TRUE'])
      .concat(['-addext', 'keyUsage=critical,keyCertSign,cRLSign']),
    dir,
  );
  for (const [name, subject, extension] of [
    ['server', '/CN=localhost', subjectAltName],
    ['client', `/CN=${user}`, 'extendedKeyUsage=clientAuth'],
  ] as const) {
    await openssl(
      [
        'req',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        subject,
        '-keyout',
        `${name}.key`,
        '-out',
        `${name}.csr`,
      ],
      dir,
    );
    writeFileSync(path.join(dir, `${name}.ext`), `${extension}\n`);
    await openssl(
      [
        'x509',
        '-req',
        '-in',
        `${name}.csr`,
        '-CA',
        'ca.crt',
        '-CAkey',
        'ca.key',
        '-CAcreateserial',
        '-days',
        '2',
      ].concat(['-extfile', `${name}.ext`, '-out', `${name}.crt`]),
      dir,
    );
  }
}

/**
 * Start PostgreSQL 15 on a free port of 127.0.0.1 with `hostssl ... cert` as the only way in over TCP, and a
 * login role `user` that the client certificate authenticates. Takes about 2 s; the server runs as the
 * `postgres` system user because initdb refuses root.
 */
export async function startTlsPostgres(user = 'authenticator', database = 'app'): Promise<TlsPostgres> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgrst-pg-'));
  chmodSync(dir, 0o755);
  const data = path.join(dir, 'data');
  const certs = path.join(dir, 'certs');
  mkdirSync(certs);
  await makeCertificates(certs, user);
  const port = await freePort();

  const asPostgres = process.getuid?.() === 0;
  const owner = asPostgres ? await postgresIds() : undefined;
  mkdirSync(data, { mode: 0o700 });
  if (owner) {
    chownSync(dir, owner.uid, owner.gid);
    chownSync(data, owner.uid, owner.gid);
    for (const file of ['server.crt', 'server.key', 'ca.crt'])
      chownSync(path.join(certs, file), owner.uid, owner.gid);
  }
  chmodSync(path.join(certs, 'server.key'), 0o600);
  const pg = (command: string, args: string[]): Promise<unknown> =>
    asPostgres
      ? run('runuser', ['-u', 'postgres', '--', path.join(PG_BIN, command), ...args], { cwd: dir })
      : run(path.join(PG_BIN, command), args, { cwd: dir });

  await pg('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  writeFileSync(
    path.join(data, 'postgresql.conf'),
    readFileSync(path.join(data, 'postgresql.conf'), 'utf8') +
      [
        `listen_addresses = '127.0.0.1'`,
        `port = ${port}`,
        `unix_socket_directories = '${dir}'`,
        `ssl = on`,
        `ssl_cert_file = '${path.join(certs, 'server.crt')}'`,
        `ssl_key_file = '${path.join(certs, 'server.key')}'`,
        `ssl_ca_file = '${path.join(certs, 'ca.crt')}'`,
        `fsync = off`,
        '',
      ].join('\n'),
  );
  // TCP only with a client certificate whose CN is the role (cert implies verify-full of the client).
  writeFileSync(
    path.join(data, 'pg_hba.conf'),
    [
      'local all postgres trust',
      'hostssl all all 127.0.0.1/32 cert',
      'host all all 0.0.0.0/0 reject',
      '',
    ].join('\n'),
  );
  await pg('pg_ctl', [
    '-D',
    data,
    '-l',
    path.join(dir, 'server.log'),
    '-w',
    '-o',
    '-c log_connections=on',
    'start',
  ]);
  const psql = (sql: string) => pg('psql', ['-h', dir, '-p', String(port), '-U', 'postgres', '-Xqc', sql]);
  await psql(`create role ${user} login`);
  await psql(`create database ${database} owner ${user}`);

  return {
    port,
    user,
    database,
    client: {
      cert: path.join(certs, 'client.crt'),
      key: path.join(certs, 'client.key'),
      rootCa: path.join(certs, 'ca.crt'),
    },
    admin: async (sql) => {
      await pg('psql', [
        '-h',
        dir,
        '-p',
        String(port),
        '-U',
        'postgres',
        '-d',
        database,
        '-v',
        'ON_ERROR_STOP=1',
        '-Xqc',
        sql,
      ]);
    },
    stop: async () => {
      await pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    },
  };
}

async function postgresIds(): Promise<{ uid: number; gid: number }> {
  const { stdout } = await run('id', ['postgres']);
  const uid = /uid=(\d+)/.exec(stdout)?.[1];
  const gid = /gid=(\d+)/.exec(stdout)?.[1];
  if (!uid || !gid) throw new Error(`cannot read the postgres user's ids from: ${stdout}`);
  return { uid: Number(uid), gid: Number(gid) };
}
