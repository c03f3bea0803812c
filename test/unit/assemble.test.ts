// Builder `assemble`, piece by piece: the tar writer (read back by GNU tar), the reader, /bin/postgrest found as
// COPY --from finds it, source references, the platform pick, the tag, the config; and the registry client against
// a scripted transport — who gets which credentials, and what each failure says.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { cloudBuildRequest } from '../../src/build/cloud-build.js';
import { containerfileDefault, contextTag, loadBuildContext } from '../../src/build/context.js';
import type { RegistryClient, RegistryTransport } from '../../src/build/distribution.js';
import type { RegistryClients, SourceImage } from '../../src/build/assemble.js';
import {
  lookUpSource,
  postgrestLayerOf,
  readBaseBin,
  readPostgrestBinary,
  resolveManifest,
} from '../../src/build/assemble.js';
import { describeBuild } from '../../src/build/index.js';
import { main } from '../../src/cli/commands.js';
import { actionDefaults } from '../../src/defaults.js';
import { readBody, registryClient } from '../../src/build/distribution.js';
import type { AssemblyPlan, ImageConfig, ImageIndex } from '../../src/build/recipe.js';
import {
  OCI_CONFIG,
  OCI_MANIFEST,
  assemblyTag,
  entrypointLayer,
  extractFile,
  imageConfig,
  parseSourceReference,
  pickPlatform,
  postgrestLayer,
} from '../../src/build/recipe.js';
import { BlobRelay, WithheldBlob } from '../../src/build/relay.js';
import type { ReadEntry } from '../../src/build/tar.js';
import { TarParser, findInStream, readTar, writeTar } from '../../src/build/tar.js';

const GOOGLE_TOKEN = 'ya29.google-access-token';

function tarListing(archive: Buffer, gzip = false): string[] {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pgrst-tar-')), 'layer');
  writeFileSync(file, archive);
  return execFileSync('tar', ['--numeric-owner', '--full-time', gzip ? '-tvzf' : '-tvf', file])
    .toString()
    .trim()
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' '));
}

describe('the tar writer', () => {
  test('sorted entries, mtime 0, numeric owners, ustar: as GNU tar reads it', () => {
    const archive = writeTar([
      {
        path: 'usr/local/bin/run.sh',
        type: 'file',
        mode: 0o755,
        uid: 0,
        gid: 0,
        content: Buffer.from('#!/bin/sh\n'),
      },
      { path: 'opt/secrets', type: 'directory', mode: 0o700, uid: 1000, gid: 1000 },
      { path: 'opt', type: 'directory', mode: 0o755, uid: 0, gid: 0 },
    ]);
    expect(tarListing(archive)).toEqual([
      'drwxr-xr-x 0/0 0 1970-01-01 00:00:00 opt/',
      'drwx------ 1000/1000 0 1970-01-01 00:00:00 opt/secrets/',
      '-rwxr-xr-x 0/0 10 1970-01-01 00:00:00 usr/local/bin/run.sh',
    ]);
    expect(archive.subarray(257, 263).toString()).toBe('ustar\0');
  });

  test('the same entries in any order give the same bytes; a long path goes into the ustar prefix', () => {
    const entries = [
      { path: 'a', type: 'directory' as const, mode: 0o755, uid: 0, gid: 0 },
      {
        path: `a/${'n'.repeat(60)}/${'m'.repeat(60)}`,
        type: 'file' as const,
        mode: 0o644,
        uid: 0,
        gid: 0,
        content: Buffer.from('x'),
      },
    ];
    const archive = writeTar(entries);
    expect(writeTar([...entries].reverse()).equals(archive)).toBe(true);
    expect(tarListing(archive)[1]).toContain(`a/${'n'.repeat(60)}/${'m'.repeat(60)}`);
    expect(readTar(archive).map((e) => e.path)).toEqual(['a', `a/${'n'.repeat(60)}/${'m'.repeat(60)}`]);
  });

  test.each(['/etc/passwd', '../x', 'a/../b', ''])('refuses the path %j', (bad) => {
    expect(() => writeTar([{ path: bad, type: 'file', mode: 0o644, uid: 0, gid: 0 }])).toThrow(
      /not a relative path/,
    );
  });
});

describe('the tar reader', () => {
  test('reads pax long names and link targets written by GNU tar', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pgrst-pax-'));
    const long = `nix/store/${'h'.repeat(32)}-postgrest-static-x86_64-unknown-linux-musl-14.17/bin`;
    execFileSync('mkdir', ['-p', path.join(dir, long), path.join(dir, 'bin')]);
    writeFileSync(path.join(dir, long, 'postgrest'), 'binary');
    execFileSync('ln', ['-s', `/${long}/postgrest`, path.join(dir, 'bin/postgrest')]);
    const archive = execFileSync('tar', ['--format=pax', '-C', dir, '-cf', '-', 'bin', 'nix']);
    const entries = readTar(archive);
    expect(entries.find((e) => e.path === 'bin/postgrest')).toMatchObject({
      type: '2',
      linkname: `/${long}/postgrest`,
    });
    expect(entries.find((e) => e.path === `${long}/postgrest`)?.content.toString()).toBe('binary');
  });

  test.each([1, 7, 511, 512, 513, 4096, 1 << 20])(
    'read as it arrives in chunks of %i bytes: the same entries, names and contents as the whole archive',
    (size) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'pgrst-chunks-'));
      const long = `${'p'.repeat(120)}/${'q'.repeat(30)}`;
      mkdirSync(path.join(dir, long), { recursive: true });
      writeFileSync(path.join(dir, long, 'file'), 'y'.repeat(1500));
      writeFileSync(path.join(dir, 'empty'), '');
      symlinkSync(`/${long}/file`, path.join(dir, 'link'));
      const archive = execFileSync('tar', ['--format=gnu', '--sort=name', '-C', dir, '-cf', '-', '.']);
      const entries: ReadEntry[] = [];
      const parser = new TarParser((entry) => {
        entries.push(entry);
      });
      for (let offset = 0; offset < archive.length; offset += size)
        parser.write(archive.subarray(offset, offset + size));
      parser.end();
      expect(parser.done).toBe(true);
      expect(entries.map((e) => [e.path, e.type, e.linkname, e.content.toString()])).toEqual([
        ['', '5', '', ''],
        ['empty', '0', '', ''],
        ['link', '2', `/${long}/file`, ''],
        [long.split('/')[0], '5', '', ''],
        [long, '5', '', ''],
        [`${long}/file`, '0', '', 'y'.repeat(1500)],
      ]);
    },
  );

  test('an archive that ends inside an entry is an error', () => {
    const archive = writeTar([
      { path: 'f', type: 'file', mode: 0o644, uid: 0, gid: 0, content: Buffer.alloc(2000, 1) },
    ]);
    expect(() => readTar(archive.subarray(0, 1200))).toThrow(/ends inside an entry/);
  });
});

describe('/bin/postgrest as COPY --from takes it', () => {
  const entry = (path: string, type: string, extra: Partial<ReadEntry> = {}): ReadEntry => ({
    path,
    type,
    mode: 0o755,
    uid: 0,
    gid: 0,
    linkname: '',
    content: Buffer.alloc(0),
    ...extra,
  });
  const file = (path: string, content: string, mode = 0o555): ReadEntry =>
    entry(path, '0', { content: Buffer.from(content), mode });

  test.each<{ case: string; layers: ReadEntry[][]; content: string | undefined }>([
    { case: 'a plain file', layers: [[file('bin/postgrest', 'plain')]], content: 'plain' },
    {
      case: 'an absolute link into the Nix store',
      layers: [
        [
          file('nix/store/x-postgrest/bin/postgrest', 'nix'),
          entry('bin/postgrest', '2', { linkname: '/nix/store/x-postgrest/bin/postgrest' }),
        ],
      ],
      content: 'nix',
    },
    {
      case: 'a relative link',
      layers: [
        [
          file('usr/bin/postgrest', 'relative'),
          entry('bin/postgrest', '2', { linkname: '../usr/bin/postgrest' }),
        ],
      ],
      content: 'relative',
    },
    {
      case: 'a linked directory (merged /usr)',
      layers: [[entry('bin', '2', { linkname: 'usr/bin' }), file('usr/bin/postgrest', 'merged')]],
      content: 'merged',
    },
    {
      case: 'a hard link',
      layers: [[file('nix/postgrest', 'hard'), entry('bin/postgrest', '1', { linkname: 'nix/postgrest' })]],
      content: 'hard',
    },
    {
      case: 'a file replaced in a later layer',
      layers: [[file('bin/postgrest', 'old')], [file('bin/postgrest', 'new')]],
      content: 'new',
    },
    {
      case: 'a file removed by a whiteout',
      layers: [[file('bin/postgrest', 'gone')], [entry('bin/.wh.postgrest', '0')]],
      content: undefined,
    },
    {
      case: 'a directory made opaque',
      layers: [[file('bin/postgrest', 'gone')], [entry('bin/.wh..wh..opq', '0')]],
      content: undefined,
    },
    {
      case: 'a link that loops',
      layers: [[entry('bin/postgrest', '2', { linkname: 'postgrest' })]],
      content: undefined,
    },
    { case: 'nothing', layers: [[file('bin/sh', 'sh')]], content: undefined },
  ])('$case', ({ layers, content }) => {
    expect(extractFile(layers, '/bin/postgrest')?.content.toString()).toBe(content);
  });

  test('the layer holds bin/postgrest alone, root-owned, its mode kept', () => {
    const layer = postgrestLayer({ content: Buffer.from('binary'), mode: 0o555 });
    expect(tarListing(layer.blob, true)).toEqual(['-r-xr-xr-x 0/0 6 1970-01-01 00:00:00 bin/postgrest']);
    expect(layer.descriptor.mediaType).toBe('application/vnd.oci.image.layer.v1.tar+gzip');
  });

  test('the entrypoint layer: run.sh 0755 and /opt/secrets for uid 1000 at 0700', () => {
    expect(tarListing(entrypointLayer('#!/bin/sh\n').blob, true)).toEqual([
      'drwxr-xr-x 0/0 0 1970-01-01 00:00:00 opt/',
      'drwx------ 1000/1000 0 1970-01-01 00:00:00 opt/secrets/',
      'drwxr-xr-x 0/0 0 1970-01-01 00:00:00 usr/',
      'drwxr-xr-x 0/0 0 1970-01-01 00:00:00 usr/local/',
      'drwxr-xr-x 0/0 0 1970-01-01 00:00:00 usr/local/bin/',
      '-rwxr-xr-x 0/0 10 1970-01-01 00:00:00 usr/local/bin/run.sh',
    ]);
  });
});

describe('the PostgREST layer taken as it is', () => {
  const sha = (bytes: Uint8Array): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
  /** A layer made by GNU tar from a directory (as Nix's dockerTools does: `tar -C layer ... .`, so a `./` entry). */
  function gnuLayer(files: { path: string; mode: number; content?: string; link?: string }[], owner = 0) {
    const dir = mkdtempSync(path.join(tmpdir(), 'pgrst-layer-'));
    for (const f of files) {
      const at = path.join(dir, f.path);
      if (f.link) symlinkSync(f.link, at);
      else if (f.content === undefined) mkdirSync(at, { recursive: true });
      else writeFileSync(at, f.content);
      if (!f.link) chmodSync(at, f.mode);
    }
    chmodSync(dir, 0o755);
    const tar = execFileSync('tar', [
      '-C',
      dir,
      '--sort=name',
      '--mtime=@1',
      `--owner=${String(owner)}`,
      `--group=${String(owner)}`,
      '--numeric-owner',
      '-cf',
      '-',
      '.',
    ]);
    const blob = gzipSync(tar);
    return {
      tar,
      blob,
      descriptor: {
        mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
        digest: sha(blob),
        size: blob.length,
      },
    };
  }
  const binaryLayer = (owner = 0) =>
    gnuLayer(
      [
        { path: 'bin', mode: 0o755 },
        { path: 'bin/postgrest', mode: 0o555, content: 'static binary' },
      ],
      owner,
    );
  const baseBin = (mode = 0o755, link?: string) =>
    gnuLayer([link ? { path: 'bin', mode, link } : { path: 'bin', mode }, { path: 'etc', mode: 0o755 }]);

  function image(name: string, layers: ReturnType<typeof gnuLayer>[], diffIds?: string[]): SourceImage {
    return {
      reference: parseSourceReference(`registry.test/${name}:1`, 'x'),
      digest: 'sha256:m',
      platformDigest: 'sha256:m',
      manifest: {
        schemaVersion: 2,
        config: { mediaType: OCI_CONFIG, digest: 'sha256:c', size: 1 },
        layers: layers.map((l) => l.descriptor),
      },
      config: { rootfs: { type: 'layers', diff_ids: diffIds ?? layers.map((l) => sha(l.tar)) } },
    };
  }
  function clients(...layers: ReturnType<typeof gnuLayer>[]): RegistryClients {
    const blobs = new Map(layers.map((l) => [l.descriptor.digest, Buffer.from(l.blob)]));
    const client = {
      getBlob: (_name: string, digest: string) => Promise.resolve(blobs.get(digest) ?? Buffer.alloc(0)),
      openBlob: (_name: string, digest: string) =>
        Promise.resolve(Readable.from([blobs.get(digest) ?? Buffer.alloc(0)])),
    } as unknown as RegistryClient;
    return () => client;
  }
  async function chosen(postgrest: SourceImage, base: SourceImage, all: ReturnType<typeof gnuLayer>[]) {
    const registry = clients(...all);
    const binary = await readPostgrestBinary(registry, postgrest);
    return postgrestLayerOf(binary, await readBaseBin(registry, base));
  }

  test('a layer holding bin/ and bin/postgrest alone, over a base whose bin/ is the same: upstream bytes and diff_id', async () => {
    const upstream = binaryLayer();
    const base = baseBin();
    const layer = await chosen(image('postgrest', [upstream]), image('busybox', [base]), [upstream, base]);
    expect(layer.descriptor).toEqual({
      mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
      digest: upstream.descriptor.digest,
      size: upstream.descriptor.size,
    });
    expect(layer.diffId).toBe(sha(upstream.tar));
    expect(layer.from?.name).toBe('postgrest');
  });

  test.each<
    [
      string,
      () => { upstream: ReturnType<typeof gnuLayer>; base: ReturnType<typeof gnuLayer>; diffIds?: string[] },
    ]
  >([
    [
      'the base links bin to usr/bin (merged /usr)',
      () => ({ upstream: binaryLayer(), base: baseBin(0o777, 'usr/bin') }),
    ],
    ["the base's bin/ has another mode", () => ({ upstream: binaryLayer(), base: baseBin(0o555) })],
    ['the binary is not owned by root', () => ({ upstream: binaryLayer(1000), base: baseBin() })],
    [
      'the layer holds another file',
      () => ({
        upstream: gnuLayer([
          { path: 'bin', mode: 0o755 },
          { path: 'bin/postgrest', mode: 0o555, content: 'static binary' },
          { path: 'etc', mode: 0o755 },
        ]),
        base: baseBin(),
      }),
    ],
    [
      "the config's diff_id is not the layer's",
      () => ({ upstream: binaryLayer(), base: baseBin(), diffIds: [`sha256:${'0'.repeat(64)}`] }),
    ],
  ])('%s: a new layer with the file, recompressed', async (_, make) => {
    const { upstream, base, diffIds } = make();
    const layer = await chosen(image('postgrest', [upstream], diffIds), image('busybox', [base]), [
      upstream,
      base,
    ]);
    expect(layer.from).toBeUndefined();
    expect(layer.descriptor.digest).toBe(
      postgrestLayer({ content: Buffer.from('static binary'), mode: 0o555 }).descriptor.digest,
    );
  });

  /** A registry that answers a Range with those bytes (or ignores it), recording what each GET asked for. */
  function rangedClients(layer: ReturnType<typeof gnuLayer>, honoursRange: boolean) {
    const asked: (number | undefined)[] = [];
    const client = {
      openBlob: (_name: string, _digest: string, firstBytes?: number) => {
        asked.push(firstBytes);
        const bytes = honoursRange && firstBytes ? layer.blob.subarray(0, firstBytes) : layer.blob;
        return Promise.resolve(Readable.from([bytes]));
      },
    } as unknown as RegistryClient;
    return { clients: (() => client) as RegistryClients, asked };
  }
  const bigBase = () =>
    gnuLayer([
      // Sorted before bin/ and incompressible: bin/ starts past the first 64 KB of the blob.
      {
        path: 'a-big',
        mode: 0o644,
        content: Array.from({ length: 2000 }, (_, i) =>
          createHash('sha512').update(String(i)).digest('hex'),
        ).join(''),
      },
      { path: 'bin', mode: 0o750 },
    ]);

  test.each([
    ['its start holds bin/', baseBin(0o750), true, [64 * 1024]],
    ['bin/ comes after 64 KB', bigBase(), true, [64 * 1024, undefined]],
    ['a registry that ignores Range sends it all', bigBase(), false, [64 * 1024]],
  ] as const)(
    "the base's bin/ is looked for in the layer's first 64 KB (a Range request), then in the whole: %s",
    async (_, layer, honoursRange, expected) => {
      expect(layer.blob.length).toBeGreaterThan(honoursRange && expected.length === 2 ? 64 * 1024 : 0);
      const { clients: ranged, asked } = rangedClients(layer, honoursRange);
      expect(await readBaseBin(ranged, image('busybox', [layer]))).toMatchObject({
        path: 'bin',
        mode: 0o750,
      });
      expect(asked).toEqual(expected);
    },
  );

  test('a PostgREST layer that does not match its digest, or does not decompress, is refused by name', async () => {
    const upstream = binaryLayer();
    const forged = { ...upstream, blob: gzipSync(Buffer.concat([upstream.tar, Buffer.alloc(512)])) };
    await expect(readPostgrestBinary(clients(forged), image('postgrest', [upstream]))).rejects.toThrow(
      `blob ${upstream.descriptor.digest} arrived with another digest`,
    );
    const garbled = { ...upstream, blob: Buffer.from('not gzip at all') };
    await expect(readPostgrestBinary(clients(garbled), image('postgrest', [upstream]))).rejects.toThrow(
      `registry.test/postgrest:1: layer ${upstream.descriptor.digest} cannot be read (incorrect header check)`,
    );
  });
});

describe("the base's bin/, read as a stream", () => {
  /** The archive in 512-byte chunks, counting how many were taken. */
  function chunked(archive: Buffer) {
    const taken = { count: 0, total: archive.length / 512 };
    async function* chunks(): AsyncGenerator<Buffer> {
      for (let offset = 0; offset < archive.length; offset += 512) {
        taken.count += 1;
        await Promise.resolve();
        yield archive.subarray(offset, offset + 512);
      }
    }
    return { chunks: chunks(), taken };
  }
  const dir = (path: string, mode = 0o755) => ({ path, type: 'directory' as const, mode, uid: 0, gid: 0 });

  test('stops at the entry: the blocks after it are never read', async () => {
    const archive = writeTar([
      dir('bin', 0o711),
      { path: 'bin/big', type: 'file', mode: 0o755, uid: 0, gid: 0, content: Buffer.alloc(1 << 20, 7) },
    ]);
    const { chunks, taken } = chunked(archive);
    expect(await findInStream(chunks, 'bin')).toMatchObject({ path: 'bin', type: '5', mode: 0o711 });
    expect(taken.count).toBeLessThan(3);
  });

  test('skips file contents and long names on the way; a whiteout hides it; the end says absent', async () => {
    const long = `${'d'.repeat(120)}/file`;
    const dir1 = mkdtempSync(path.join(tmpdir(), 'pgrst-stream-'));
    mkdirSync(path.join(dir1, 'a', 'd'.repeat(120)), { recursive: true });
    writeFileSync(path.join(dir1, 'a', long), 'x'.repeat(5000));
    mkdirSync(path.join(dir1, 'bin'));
    chmodSync(path.join(dir1, 'bin'), 0o750);
    const gnu = execFileSync('tar', ['-C', dir1, '--format=pax', '--sort=name', '-cf', '-', 'a', 'bin']);
    expect(await findInStream(chunked(gnu).chunks, 'bin')).toMatchObject({ type: '5', mode: 0o750 });
    const whiteout = writeTar([
      { path: '.wh.bin', type: 'file', mode: 0o644, uid: 0, gid: 0, content: Buffer.alloc(0) },
    ]);
    expect(await findInStream(chunked(whiteout).chunks, 'bin')).toBe('hidden');
    expect(await findInStream(chunked(writeTar([dir('etc')])).chunks, 'bin')).toBeUndefined();
  });
});

describe("a source's tag looked up", () => {
  const manifest = { digest: `sha256:${'a'.repeat(64)}`, mediaType: OCI_MANIFEST, bytes: Buffer.from('{}') };
  function client() {
    const calls: string[] = [];
    const fake = {
      headManifest: (name: string, reference: string) => {
        calls.push(`HEAD ${name}:${reference}`);
        return Promise.resolve(manifest.digest);
      },
      getManifest: (name: string, reference: string) => {
        calls.push(`GET ${name}:${reference}`);
        return Promise.resolve(manifest);
      },
    } as unknown as RegistryClient;
    return { clients: (() => fake) as RegistryClients, calls };
  }

  test('on Docker Hub, a HEAD: it counts a manifest GET as a pull', async () => {
    const { clients, calls } = client();
    const source = parseSourceReference('docker.io/postgrest/postgrest:v14.17', 'x');
    expect(await lookUpSource(clients, source)).toEqual({ digest: manifest.digest });
    expect(calls).toEqual(['HEAD postgrest/postgrest:v14.17']);
  });

  test('elsewhere, a GET: the manifest comes with the digest, and is not read again', async () => {
    const { clients, calls } = client();
    const source = parseSourceReference('europe-docker.pkg.dev/p/mirror/postgrest:v14.17', 'x');
    const lookup = await lookUpSource(clients, source);
    expect(lookup).toEqual({ digest: manifest.digest, manifest });
    expect((await resolveManifest(clients, source, lookup)).platformDigest).toBe(manifest.digest);
    expect(calls).toEqual(['GET p/mirror/postgrest:v14.17']);
  });

  test('pinned by digest: nothing asked', async () => {
    const { clients, calls } = client();
    const pinned = `sha256:${'b'.repeat(64)}`;
    expect(
      await lookUpSource(clients, parseSourceReference(`docker.io/library/busybox@${pinned}`, 'x')),
    ).toEqual({
      digest: pinned,
    });
    expect(calls).toEqual([]);
  });
});

describe('a blob relayed while it downloads', () => {
  const collect = async (stream: Readable): Promise<string[]> => {
    const got: string[] = [];
    for await (const chunk of stream) got.push((chunk as Buffer).toString());
    return got;
  };

  test('each reader gets every chunk from the first; the last only once released', async () => {
    const relay = new BlobRelay();
    relay.push(Buffer.from('a'));
    const early = collect(relay.reader());
    relay.push(Buffer.from('b'));
    relay.push(Buffer.from('c'));
    let settled = false;
    void early.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    relay.release();
    expect(await early).toEqual(['a', 'b', 'c']);
    expect(await collect(relay.reader())).toEqual(['a', 'b', 'c']);
  });

  test('withheld: readers fail before the last chunk, with an error uploads do not retry', async () => {
    const relay = new BlobRelay();
    relay.push(Buffer.from('a'));
    relay.push(Buffer.from('b'));
    const got: string[] = [];
    const reading = (async () => {
      for await (const chunk of relay.reader()) got.push((chunk as Buffer).toString());
    })();
    relay.withhold('not wanted');
    await expect(reading).rejects.toBeInstanceOf(WithheldBlob);
    expect(got).toEqual(['a']);
  });
});

describe('source references', () => {
  test.each([
    ['docker.io/postgrest/postgrest:v14.17', 'docker.io', 'postgrest/postgrest', 'v14.17'],
    ['busybox:1.37.0', 'docker.io', 'library/busybox', '1.37.0'],
    ['index.docker.io/library/busybox:1.37.0', 'docker.io', 'library/busybox', '1.37.0'],
    ['mirror.gcr.io/library/busybox:1.37.0', 'mirror.gcr.io', 'library/busybox', '1.37.0'],
    [
      'europe-docker.pkg.dev/p/hub/postgrest/postgrest:v14.17',
      'europe-docker.pkg.dev',
      'p/hub/postgrest/postgrest',
      'v14.17',
    ],
    [`127.0.0.1:5000/b@sha256:${'a'.repeat(64)}`, '127.0.0.1:5000', 'b', `sha256:${'a'.repeat(64)}`],
  ])('%s', (text, registry, name, reference) => {
    expect(parseSourceReference(text, 'input `base_image`')).toMatchObject({ registry, name, reference });
  });

  test('a bad one names the input and the part', () => {
    expect(() => parseSourceReference('docker.io/Library/busybox', 'input `base_image`')).toThrow(
      'input `base_image`: "docker.io/Library/busybox" is not an image reference (uppercase "Library")',
    );
  });
});

describe('the platform of a multi-arch source', () => {
  const descriptor = (architecture: string, variant?: string) => ({
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: `sha256:${architecture}${variant ?? ''}`,
    size: 1,
    platform: { os: 'linux', architecture, ...(variant ? { variant } : {}) },
  });

  test('linux/amd64 is picked, whatever its place', () => {
    const index: ImageIndex = {
      schemaVersion: 2,
      manifests: [descriptor('arm64', 'v8'), descriptor('amd64')],
    };
    expect(pickPlatform(index, 'x').digest).toBe('sha256:amd64');
  });

  test('an index without it says what it has', () => {
    const index: ImageIndex = {
      schemaVersion: 2,
      manifests: [descriptor('arm64', 'v8'), descriptor('s390x')],
    };
    expect(() => pickPlatform(index, 'docker.io/postgrest/postgrest:v14.17')).toThrow(
      'docker.io/postgrest/postgrest:v14.17 has no linux/amd64 image (it has linux/arm64, linux/s390x); Cloud Run runs linux/amd64 only',
    );
  });
});

describe('the tag and the configuration', () => {
  const source = (name: string, digest: string) => ({
    reference: parseSourceReference(name, 'x'),
    digest: `sha256:${digest.repeat(64)}`,
  });
  const plan: AssemblyPlan = {
    runSh: '#!/bin/sh\n',
    postgrestVersion: 'v14.17',
    postgrest: source('docker.io/postgrest/postgrest:v14.17', 'a'),
    base: source('docker.io/library/busybox:1.37.0', 'b'),
  };

  test.each<[string, Partial<AssemblyPlan>]>([
    ['the PostgREST image is re-pushed', { postgrest: source('docker.io/postgrest/postgrest:v14.17', 'c') }],
    ['the base is re-pushed', { base: source('docker.io/library/busybox:1.37.0', 'c') }],
    ['run.sh changes', { runSh: '#!/bin/sh\nexit 0\n' }],
    ['the version changes', { postgrestVersion: 'v14.18' }],
    ['a mirror is used', { base: source('mirror.gcr.io/library/busybox:1.37.0', 'b') }],
  ])('the tag changes when %s', (_, change) => {
    expect(assemblyTag({ ...plan, ...change })).not.toBe(assemblyTag(plan));
    expect(assemblyTag({ ...plan })).toBe(assemblyTag(plan));
  });

  test('the base config with the Containerfile changes: Cmd cleared, user, port, entrypoint, labels, no time', () => {
    const base: ImageConfig = {
      architecture: 'amd64',
      os: 'linux',
      created: '2024-05-01T00:00:00Z',
      config: {
        Env: ['PATH=/bin'],
        Cmd: ['sh'],
        WorkingDir: '/',
        Labels: { vendor: 'x' },
        ExposedPorts: { '80/tcp': {} },
      },
      rootfs: { type: 'layers', diff_ids: ['sha256:base'] },
      history: [{ created_by: 'base' }],
    };
    const layers = [
      postgrestLayer({ content: Buffer.from('b'), mode: 0o755 }),
      entrypointLayer('#!/bin/sh\n'),
    ];
    const config = JSON.parse(imageConfig(base, plan, layers).toString()) as ImageConfig;
    expect(config.created).toBe('1970-01-01T00:00:00Z');
    expect(config.config).toEqual({
      Env: ['PATH=/bin'],
      WorkingDir: '/',
      User: '1000',
      ExposedPorts: { '80/tcp': {}, '3000/tcp': {} },
      Entrypoint: ['/usr/local/bin/run.sh'],
      Labels: {
        vendor: 'x',
        'org.opencontainers.image.title': 'PostgREST for Cloud Run',
        'org.opencontainers.image.source': 'https://github.com/PostgREST/postgrest',
        'org.opencontainers.image.version': 'v14.17',
        'org.opencontainers.image.revision': expect.stringMatching(
          new RegExp(`^${assemblyTag(plan).slice(4)}[0-9a-f]{52}$`),
        ) as unknown,
        'org.opencontainers.image.base.name': 'docker.io/library/busybox:1.37.0',
        'org.opencontainers.image.base.digest': `sha256:${'b'.repeat(64)}`,
      },
    });
    expect(config.rootfs.diff_ids).toEqual(['sha256:base', layers[0]?.diffId, layers[1]?.diffId]);
    expect(config.history).toHaveLength(3);
  });
});

/** A scripted registry: each request answered by `answer`, every request recorded with its headers. */
function scripted(
  answer: (url: URL, method: string) => { status: number; headers?: Record<string, string>; body?: string },
): { transport: RegistryTransport; seen: { method: string; url: string; authorization?: string }[] } {
  const seen: { method: string; url: string; authorization?: string }[] = [];
  const transport: RegistryTransport = async (url, request) => {
    if (request.body instanceof Readable) await readBody(request.body);
    seen.push({
      method: request.method,
      url,
      ...(request.headers['authorization'] ? { authorization: request.headers['authorization'] } : {}),
    });
    const { status, headers = {}, body = '' } = answer(new URL(url), request.method);
    return {
      status,
      headers: { get: (name) => headers[name.toLowerCase()] ?? null },
      body: Readable.from([Buffer.from(body)]),
    };
  };
  return { transport, seen };
}

const noSleep = (): Promise<void> => Promise.resolve();

describe('the registry client: credentials', () => {
  test('Docker Hub: asked anonymously, then with the token its realm (auth.docker.io) gives anonymously; the Google token goes nowhere', async () => {
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
    });
    const { transport, seen } = scripted((url) => {
      if (url.host === 'auth.docker.io') return { status: 200, body: JSON.stringify({ token: 'hub-token' }) };
      return seen.at(-1)?.authorization === 'Bearer hub-token'
        ? { status: 200, body: manifest }
        : {
            status: 401,
            headers: {
              'www-authenticate':
                'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:postgrest/postgrest:pull"',
            },
          };
    });
    const client = registryClient('docker.io', {
      password: GOOGLE_TOKEN,
      repositoryRegistry: 'europe-docker.pkg.dev',
      transport,
      sleep: noSleep,
    });
    expect((await client.getManifest('postgrest/postgrest', 'v14.17'))?.mediaType).toBe(
      'application/vnd.oci.image.manifest.v1+json',
    );
    expect(seen.map((r) => [r.method, r.url, r.authorization])).toEqual([
      ['GET', 'https://registry-1.docker.io/v2/postgrest/postgrest/manifests/v14.17', undefined],
      [
        'GET',
        'https://auth.docker.io/token?service=registry.docker.io&scope=repository%3Apostgrest%2Fpostgrest%3Apull',
        undefined,
      ],
      ['GET', 'https://registry-1.docker.io/v2/postgrest/postgrest/manifests/v14.17', 'Bearer hub-token'],
    ]);
    expect(JSON.stringify(seen)).not.toContain(
      Buffer.from(`oauth2accesstoken:${GOOGLE_TOKEN}`).toString('base64'),
    );
  });

  test('Artifact Registry gets the token as Basic auth; a blob redirect to storage goes without it', async () => {
    const blob = Buffer.from('layer');
    const digest = `sha256:${(await import('node:crypto')).createHash('sha256').update(blob).digest('hex')}`;
    const { transport, seen } = scripted((url) =>
      url.host === 'europe-docker.pkg.dev'
        ? { status: 307, headers: { location: 'https://storage.googleapis.com/bucket/blob?signature=x' } }
        : { status: 200, body: 'layer' },
    );
    const client = registryClient('europe-docker.pkg.dev', {
      password: GOOGLE_TOKEN,
      transport,
      sleep: noSleep,
    });
    expect((await client.getBlob('p/hub/postgrest/postgrest', digest)).toString()).toBe('layer');
    expect(seen.map((r) => [new URL(r.url).host, r.authorization?.split(' ')[0]])).toEqual([
      ['europe-docker.pkg.dev', 'Basic'],
      ['storage.googleapis.com', undefined],
    ]);
  });

  test('a registry that redirects to plain HTTP is refused', async () => {
    const { transport } = scripted(() => ({
      status: 307,
      headers: { location: 'http://cdn.example.com/blob' },
    }));
    const client = registryClient('mirror.gcr.io', { password: GOOGLE_TOKEN, transport, sleep: noSleep });
    await expect(client.getBlob('library/busybox', `sha256:${'a'.repeat(64)}`)).rejects.toThrow(
      'mirror.gcr.io: the registry sent the client to http://cdn.example.com, which is not HTTPS: refused',
    );
  });
});

describe("the registry client: a repository's tags", () => {
  const list = (answer: Parameters<typeof scripted>[0]) => {
    const { transport } = scripted(answer);
    const registry = 'europe-west1-docker.pkg.dev';
    return registryClient(registry, {
      password: GOOGLE_TOKEN,
      repositoryRegistry: registry,
      transport,
      sleep: noSleep,
    }).listTags('p/r/postgrest');
  };

  test('all in one answer: the tags', async () => {
    expect(
      await list(() => ({ status: 200, body: JSON.stringify({ name: 'p/r/postgrest', tags: ['a', 'b'] }) })),
    ).toEqual(['a', 'b']);
    expect(
      await list(() => ({ status: 200, body: JSON.stringify({ name: 'p/r/postgrest', tags: null }) })),
    ).toEqual([]);
  });

  test('a repository not created yet has none', async () => {
    expect(await list(() => ({ status: 404, body: '{"errors":[{"code":"NAME_UNKNOWN"}]}' }))).toEqual([]);
  });

  test('more pages (a Link header) or a refusal: no answer, so the tag is looked up by itself', async () => {
    const paged = {
      status: 200,
      headers: { link: '</v2/p/r/postgrest/tags/list?last=b>; rel="next"' },
      body: '{"tags":["a"]}',
    };
    expect(await list(() => paged)).toBeUndefined();
    expect(await list(() => ({ status: 403 }))).toBeUndefined();
  });
});

describe('the registry client: uploads and their errors', () => {
  const digest = `sha256:${'d'.repeat(64)}`;
  const repository = 'europe-west1-docker.pkg.dev';
  const upload = (answer: Parameters<typeof scripted>[0]) => {
    const { transport, seen } = scripted(answer);
    const client = registryClient(repository, {
      password: GOOGLE_TOKEN,
      repositoryRegistry: repository,
      transport,
      sleep: noSleep,
    });
    return {
      seen,
      client,
      run: () => client.uploadBlob('p/r/postgrest', digest, 4, Buffer.from('blob')),
    };
  };
  const started = { status: 202, headers: { location: '/v2/p/r/postgrest/blobs/uploads/u1?state=s' } };

  test('POST, then one PUT of the whole blob at the location, with its digest', async () => {
    const { seen, run } = upload((_, method) => (method === 'POST' ? started : { status: 201 }));
    await run();
    expect(seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      `POST https://${repository}/v2/p/r/postgrest/blobs/uploads/`,
      `PUT https://${repository}/v2/p/r/postgrest/blobs/uploads/u1?state=s&digest=${encodeURIComponent(digest)}`,
    ]);
  });

  test('a session opened ahead is used by the first PUT: no POST after the bytes are known', async () => {
    const { seen, client } = upload((_, method) => (method === 'POST' ? started : { status: 201 }));
    const session = client.startUpload('p/r/postgrest');
    await session;
    const before = seen.length;
    await client.uploadBlob('p/r/postgrest', digest, 4, Buffer.from('blob'), session);
    expect(seen.slice(before).map((r) => r.method)).toEqual(['PUT']);
  });

  test('a session that could not be opened ahead: the upload opens its own', async () => {
    let posts = 0;
    const { seen, client } = upload((_, method) =>
      method === 'POST' ? ((posts += 1) === 1 ? { status: 400 } : started) : { status: 201 },
    );
    const session = client.startUpload('p/r/postgrest');
    await client.uploadBlob('p/r/postgrest', digest, 4, Buffer.from('blob'), session);
    expect(seen.map((r) => r.method)).toEqual(['POST', 'POST', 'PUT']);
  });

  test('a 503 on the PUT is retried in a new upload session', async () => {
    let puts = 0;
    const { seen, run } = upload((_, method) =>
      method === 'POST' ? started : { status: (puts += 1) === 1 ? 503 : 201 },
    );
    await run();
    expect(seen.map((r) => r.method)).toEqual(['POST', 'PUT', 'POST', 'PUT']);
  });

  test.each([
    [
      403,
      '',
      /refused to let the credentials write europe-west1-docker.pkg.dev\/p\/r\/postgrest \(HTTP 403 DENIED\) while trying to upload blob .*: grant the account roles\/artifactregistry.writer on the repository/,
    ],
    [
      401,
      '',
      /refused to let the credentials write .* \(HTTP 401 DENIED\).*roles\/artifactregistry.writer.*or check that the access token has not expired/,
    ],
    [
      404,
      'NAME_UNKNOWN',
      /europe-west1-docker.pkg.dev\/p\/r\/postgrest does not exist \(HTTP 404 NAME_UNKNOWN\) while trying to upload blob .*: create the Artifact Registry repository first/,
    ],
    [503, '', /answered HTTP 503 (DENIED )?while trying to upload blob .* \(after 4 tries\)/],
  ])('HTTP %i says what to do', async (status, code, message) => {
    const { run } = upload(() => ({
      status,
      body: JSON.stringify({ errors: [{ code: code || 'DENIED' }] }),
    }));
    const error = await run().then(
      () => new Error('no error'),
      (e: unknown) => e as Error,
    );
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(GOOGLE_TOKEN);
  });

  test('a mount answers 201 (mounted) or 202 (an upload instead)', async () => {
    for (const [status, mounted] of [
      [201, true],
      [202, false],
    ] as const) {
      const { transport, seen } = scripted(() => ({ status }));
      const client = registryClient(repository, { password: GOOGLE_TOKEN, transport, sleep: noSleep });
      expect(await client.mountBlob('p/r/postgrest', digest, 'p/hub/library/busybox')).toBe(mounted);
      expect(seen[0]?.url).toBe(
        `https://${repository}/v2/p/r/postgrest/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent('p/hub/library/busybox')}`,
      );
    }
  });
});

describe('settings', () => {
  test("action.yml's postgrest_image and base_image defaults are the Containerfile's sources", () => {
    const containerfile = readFileSync('cloudbuild/Containerfile', 'utf8');
    expect(actionDefaults()['postgrest_image']).toBe(containerfileDefault(containerfile, 'POSTGREST_IMAGE'));
    expect(actionDefaults()['base_image']).toBe(containerfileDefault(containerfile, 'BASE_IMAGE'));
    expect(actionDefaults()['builder']).toBe('assemble');
  });

  test('build --dry-run with builder assemble prints the plan, and no tag: it covers digests resolved at run time', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(
      [
        'build',
        '--repository',
        'europe-west1-docker.pkg.dev/p/r',
        '--base-image',
        'mirror.gcr.io/library/busybox:1.37.0',
        '--dry-run',
      ],
      { out: (t) => out.push(t), err: (t) => err.push(t), readFile: () => '' },
    );
    expect(code).toBe(0);
    expect(out).toEqual([]);
    expect(err.join('')).toBe(
      (
        await describeBuild(
          {
            repository: 'europe-west1-docker.pkg.dev/p/r',
            imageName: 'postgrest',
            postgrestVersion: 'v14.17',
            postgrestImage: 'docker.io/postgrest/postgrest',
            baseImage: 'mirror.gcr.io/library/busybox:1.37.0',
            builder: 'assemble',
            projectId: '',
            buildLocation: 'global',
          },
          'cloudbuild',
        )
      ).text,
    );
    expect(err.join('')).toContain(
      'Would look up the digests docker.io/postgrest/postgrest:v14.17 and mirror.gcr.io/library/busybox:1.37.0 point to (HEAD of each manifest),',
    );
  });

  test('a mirror of PostgREST reaches the Containerfile builders too, and changes their tag', () => {
    const mirror = 'europe-docker.pkg.dev/p/hub/postgrest/postgrest';
    const official = loadBuildContext('cloudbuild', { postgrestVersion: 'v14.17' });
    const mirrored = loadBuildContext('cloudbuild', { postgrestVersion: 'v14.17', postgrestImage: mirror });
    expect(cloudBuildRequest(mirrored, 'img:ctx-1').substitutions['_POSTGREST_IMAGE']).toBe(mirror);
    expect(official.buildArgs['POSTGREST_IMAGE']).toBe('docker.io/postgrest/postgrest');
    expect(contextTag(mirrored)).not.toBe(contextTag(official));
  });

  test('build --postgrest-image with a tag is a usage error naming the flag', async () => {
    const err: string[] = [];
    const code = await main(
      [
        'build',
        '--repository',
        'europe-west1-docker.pkg.dev/p/r',
        '--postgrest-image',
        'docker.io/postgrest/postgrest:v14',
        '--dry-run',
      ],
      { out: () => undefined, err: (t) => err.push(t), readFile: () => '' },
    );
    expect(code).toBe(2);
    expect(err.join('')).toContain('--postgrest-image: give the repository without a tag or digest');
  });
});
