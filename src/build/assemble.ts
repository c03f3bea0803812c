// `builder: assemble`: the image put together in the registry — the sources resolved to their linux/amd64 manifests,
// the base's layers reused as they are (skipped when present, mounted within a registry, streamed across
// registries), /bin/postgrest taken out of the PostgREST image, run.sh added, config and manifest written.
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants as zlibConstants, createGunzip } from 'node:zlib';
import type { FetchedManifest, RegistryAccess, RegistryClient } from './distribution.js';
import { registryClient } from './distribution.js';
import type { ImageReference } from './image-ref.js';
import type {
  AssemblyPlan,
  BuiltLayer,
  Descriptor,
  ExtractedFile,
  ImageConfig,
  ImageManifest,
  ResolvedSource,
  SourceReference,
} from './recipe.js';
import {
  OCI_CONFIG,
  OCI_MANIFEST,
  POSTGREST_PATH,
  baseLayers,
  directoriesAgree,
  entrypointLayer,
  extractFile,
  imageConfig,
  imageManifest,
  isImageManifest,
  isIndex,
  ociLayerType,
  pickPlatform,
  postgrestLayer,
  soleBinaryDirectories,
} from './recipe.js';
import { RegistryError } from './registry.js';
import type { BlobRelay } from './relay.js';
import { WithheldBlob } from './relay.js';
import type { ReadEntry, StreamFind } from './tar.js';
import { TarParser, findInStream } from './tar.js';
import { createHash } from 'node:crypto';

/** A source's linux/amd64 image manifest, as read from its registry. */
export interface SourceManifest extends ResolvedSource {
  /** The linux/amd64 image manifest's digest (`digest` itself unless the tag is an index). */
  readonly platformDigest: string;
  readonly manifest: ImageManifest;
}

/** A source image as read from its registry: the platform manifest and the configuration. */
export interface SourceImage extends SourceManifest {
  readonly config: ImageConfig;
}

/** One client per registry host, shared by the sources and the destination (tokens and mounts need that). */
export type RegistryClients = (registry: string) => RegistryClient;

/** Clients for `access`, made once per registry. */
export function registryClients(access: RegistryAccess): RegistryClients {
  const clients = new Map<string, RegistryClient>();
  return (registry) => {
    let client = clients.get(registry);
    if (!client) {
      client = registryClient(registry, access);
      clients.set(registry, client);
    }
    return client;
  };
}

/** What a source's tag points to now: its digest, and the manifest itself when it was read on the way. */
export interface SourceLookup {
  readonly digest: string;
  readonly manifest?: FetchedManifest;
}

/**
 * The digest a source's tag points to now; the digest itself when pinned. Docker Hub counts every manifest GET as a
 * pull against its rate limit and a HEAD not, so it is asked with a HEAD; any other registry is asked with a GET,
 * whose answer is the manifest an assembly reads next (the same one request when the image exists already).
 */
export async function lookUpSource(clients: RegistryClients, source: SourceReference): Promise<SourceLookup> {
  if (source.reference.startsWith('sha256:')) return { digest: source.reference };
  const client = clients(source.registry);
  const missing = (): RegistryError =>
    new RegistryError(
      `${source.text} does not exist (no manifest ${source.reference} in ${source.registry}/${source.name})`,
    );
  if (source.registry === 'docker.io') {
    const digest = await client.headManifest(source.name, source.reference);
    if (!digest) throw missing();
    return { digest };
  }
  const manifest = await client.getManifest(source.name, source.reference);
  if (!manifest) throw missing();
  return { digest: manifest.digest, manifest };
}

/**
 * A source's linux/amd64 image manifest at `digest` (what its tag pointed to when the image's tag was derived, so a
 * tag moved since cannot slip in): an index is narrowed to its linux/amd64 entry, a single image must be linux/amd64
 * itself. One document, or two when `digest` is an index's.
 */
export async function resolveManifest(
  clients: RegistryClients,
  source: SourceReference,
  lookup: SourceLookup,
): Promise<SourceManifest> {
  const { digest } = lookup;
  const client = clients(source.registry);
  const first =
    lookup.manifest?.digest === digest ? lookup.manifest : await client.getManifest(source.name, digest);
  if (!first) throw new RegistryError(`${source.text}: the registry no longer has ${digest}`);
  let found = first;
  const document = JSON.parse(first.bytes.toString('utf8')) as unknown;
  if (isIndex(first.mediaType, document)) {
    const entry = pickPlatform(document, source.text);
    const platform = await client.getManifest(source.name, entry.digest);
    if (!platform)
      throw new RegistryError(
        `${source.text}: its index names ${entry.digest}, which the registry does not have`,
      );
    found = platform;
  }
  if (!isImageManifest(found.mediaType)) {
    throw new RegistryError(`${source.text} is a ${found.mediaType}, not a container image`);
  }
  const manifest = JSON.parse(found.bytes.toString('utf8')) as ImageManifest;
  return { reference: source, digest, platformDigest: found.digest, manifest };
}

/** A source's configuration, checked: linux/amd64, one diff_id per layer. */
export async function readConfig(clients: RegistryClients, source: SourceManifest): Promise<ImageConfig> {
  const { reference, manifest } = source;
  const config = JSON.parse(
    (await clients(reference.registry).getBlob(reference.name, manifest.config.digest)).toString('utf8'),
  ) as ImageConfig;
  if ((config.os ?? 'linux') !== 'linux' || (config.architecture ?? 'amd64') !== 'amd64') {
    throw new RegistryError(
      `${reference.text} is a ${config.os ?? '?'}/${config.architecture ?? '?'} image; Cloud Run runs linux/amd64 only`,
    );
  }
  if (config.rootfs.diff_ids.length !== manifest.layers.length) {
    throw new RegistryError(
      `${reference.text}: its configuration lists ${String(config.rootfs.diff_ids.length)} layers, its manifest ${String(manifest.layers.length)}`,
    );
  }
  return config;
}

/** How a layer's tar is stored: gzip, plain, or another way (zstd, …) that cannot be read here. */
function layerEncoding(descriptor: Descriptor): 'gzip' | 'tar' | undefined {
  if (descriptor.mediaType.endsWith('gzip')) return 'gzip';
  return descriptor.mediaType.endsWith('.tar') ? 'tar' : undefined;
}

/** What a source layer holds, read in one pass as it downloads. */
interface ReadLayer {
  readonly entries: ReadEntry[];
  /** sha256 of the uncompressed tar: what an image's config lists for the layer. */
  readonly diffId: string;
  /** The compressed bytes, in the chunks they arrived in. */
  readonly blob: readonly Buffer[];
}

/** Past this, a layer is not read here (a decompression bomb, or not a PostgREST image). */
const MAX_LAYER_TAR_BYTES = 1024 * 1024 * 1024;

/**
 * Download a layer, checking its digest, and decompress (gzip or plain tar), hash and parse it while it arrives:
 * the network, zlib and the tar reader overlap instead of running one after the other on whole buffers.
 */
async function readLayer(
  client: RegistryClient,
  source: SourceReference,
  descriptor: Descriptor,
  relay?: BlobRelay,
): Promise<ReadLayer> {
  const encoding = layerEncoding(descriptor);
  if (!encoding) {
    throw new RegistryError(
      `${source.text}: a layer of type ${descriptor.mediaType} cannot be read here (gzip or plain tar only); use builder cloudbuild or local`,
    );
  }
  const blob: Buffer[] = [];
  const blobHash = createHash('sha256');
  const tarHash = createHash('sha256');
  const entries: ReadEntry[] = [];
  const parser = new TarParser((entry) => {
    entries.push(entry);
  });
  let tarBytes = 0;
  const body = await client.openBlob(source.name, descriptor.digest);
  try {
    await pipeline(
      body,
      async function* keep(chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          blobHash.update(chunk);
          blob.push(chunk);
          relay?.push(chunk);
          yield chunk;
        }
      },
      encoding === 'gzip' ? createGunzip({ chunkSize: 256 * 1024 }) : new PassThrough(),
      async function parse(chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          tarBytes += chunk.length;
          if (tarBytes > MAX_LAYER_TAR_BYTES)
            throw new RegistryError(`${source.text}: layer ${descriptor.digest} holds more than 1 GiB`);
          tarHash.update(chunk);
          parser.write(chunk);
        }
      },
    );
    parser.end();
  } catch (error) {
    if (error instanceof RegistryError) throw error;
    throw new RegistryError(
      `${source.text}: layer ${descriptor.digest} cannot be read (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const digest = `sha256:${blobHash.digest('hex')}`;
  if (digest !== descriptor.digest) {
    throw new RegistryError(
      `${source.registry}/${source.name}: blob ${descriptor.digest} arrived with another digest, ${digest}`,
    );
  }
  return { entries, diffId: `sha256:${tarHash.digest('hex')}`, blob };
}

/** /bin/postgrest as read, and the source layer it came from when that layer can be taken as it is. */
export interface PostgrestBinary {
  readonly file: ExtractedFile;
  /** The layer holding the file alone (its parent directories aside), with those directory entries. */
  readonly layer?: { readonly built: BuiltLayer; readonly directories: readonly ReadEntry[] };
}

/**
 * /bin/postgrest of the PostgREST image, as `COPY --from` takes it: layers are read from the top down until the
 * file (through its links) is found, so a one-layer image costs one download. The configuration may still be on its
 * way: it is needed only once the file is found (the layer's diff_id), so the download need not wait for it.
 * `relay`: the top layer's bytes are also handed to it as they arrive (its verdict is the caller's).
 */
export async function readPostgrestBinary(
  clients: RegistryClients,
  image: SourceManifest & { readonly config: ImageConfig | Promise<ImageConfig> },
  relay?: BlobRelay,
): Promise<PostgrestBinary> {
  const client = clients(image.reference.registry);
  const layers: ReadEntry[][] = [];
  for (let i = image.manifest.layers.length - 1; i >= 0; i -= 1) {
    const descriptor = image.manifest.layers[i];
    if (!descriptor) continue;
    const top = i === image.manifest.layers.length - 1;
    const {
      entries,
      diffId: readDiffId,
      blob,
    } = await readLayer(client, image.reference, descriptor, top ? relay : undefined);
    layers.unshift(entries);
    const file = extractFile(layers, POSTGREST_PATH);
    if (!file) continue;
    const directories = soleBinaryDirectories(entries);
    const diffId = (await image.config).rootfs.diff_ids[i];
    // The upstream config's diff_id, when it is the tar's (it is what the image's config will list).
    const built =
      diffId === readDiffId ? layerAsItIs(descriptor, readDiffId, blob, image.reference) : undefined;
    if (!directories || !built) return { file };
    return { file, layer: { built, directories } };
  }
  throw new RegistryError(
    `${image.reference.text} has no /${POSTGREST_PATH}: is it PostgREST's image? (the amd64 one holds a static /bin/postgrest)`,
  );
}

/** Of a base layer, the start read first to find bin/: tar writers put it among the first entries. */
const BASE_PREFIX_BYTES = 64 * 1024;

/**
 * The base's entry for bin/ (the directory a PostgREST layer holds beside its root), from its layers top down:
 * each layer's first 64 KB asked for (a Range request), decompressed only until that entry, and the whole layer
 * only when its start does not settle it — a few KB of the base, not its layers. Undefined when no layer has it, a
 * whiteout hides it, or a layer cannot be read here.
 */
export async function readBaseBin(
  clients: RegistryClients,
  base: SourceManifest,
): Promise<ReadEntry | undefined> {
  const client = clients(base.reference.registry);
  for (let i = base.manifest.layers.length - 1; i >= 0; i -= 1) {
    const descriptor = base.manifest.layers[i];
    if (!descriptor) continue;
    if (!layerEncoding(descriptor)) return undefined;
    let found = await findInBlob(client, base.reference.name, descriptor, BASE_PREFIX_BYTES);
    if (found === 'cut short') found = await findInBlob(client, base.reference.name, descriptor);
    if (found === 'hidden' || found === 'cut short') return undefined;
    if (found) return found;
  }
  return undefined;
}

/** bin/ in one layer, read up to `firstBytes` when given ('cut short': its start did not settle it). */
async function findInBlob(
  client: RegistryClient,
  name: string,
  descriptor: Descriptor,
  firstBytes?: number,
): Promise<StreamFind | 'cut short'> {
  const blob = await client.openBlob(name, descriptor.digest, firstBytes);
  let received = 0;
  blob.on('data', (chunk: Buffer) => (received += chunk.length));
  // A gzip stream cut by the Range ends quietly (sync flush) instead of failing as a truncated file.
  const tar =
    layerEncoding(descriptor) === 'gzip'
      ? blob.pipe(createGunzip({ finishFlush: zlibConstants.Z_SYNC_FLUSH }))
      : blob;
  try {
    const found = await findInStream(tar, 'bin');
    return found === undefined && firstBytes !== undefined && received < descriptor.size
      ? 'cut short'
      : found;
  } finally {
    blob.destroy();
    tar.destroy();
  }
}

/**
 * The layer holding /bin/postgrest: the PostgREST image's own, as it is, when it holds the file alone and its
 * directory entries agree with the base's (the file system is then what `COPY --from` makes, and the bytes are
 * upstream's: no recompression, the same digest everywhere); otherwise a new layer with the file.
 */
export function postgrestLayerOf(binary: PostgrestBinary, baseBin: ReadEntry | undefined): BuiltLayer {
  const { layer } = binary;
  if (layer && directoriesAgree(layer.directories, baseBin)) return layer.built;
  return postgrestLayer(binary.file);
}

/**
 * The layer an assembly most likely takes: the PostgREST image's top layer as it is (what the official image's
 * single layer is), named by its manifest and config alone, before any byte of it is read. Undefined when its media
 * type has no OCI name. What the read then finds decides; this only lets the config be written ahead.
 */
export function likelyPostgrestLayer(image: SourceImage): BuiltLayer | undefined {
  const top = image.manifest.layers.at(-1);
  const diffId = image.config.rootfs.diff_ids.at(-1);
  return top && diffId ? layerAsItIs(top, diffId, [], image.reference) : undefined;
}

/** A source's layer as the assembled image lists it, bytes unchanged; undefined when its type has no OCI name. */
function layerAsItIs(
  descriptor: Descriptor,
  diffId: string,
  blob: readonly Buffer[],
  from: SourceReference,
): BuiltLayer | undefined {
  const mediaType = ociLayerType(descriptor.mediaType);
  if (!mediaType) return undefined;
  return { descriptor: { mediaType, digest: descriptor.digest, size: descriptor.size }, diffId, blob, from };
}

/** How each blob reached the destination, for the log and the bench. */
export interface TransferCounts {
  present: number;
  mounted: number;
  uploaded: number;
  uploadedBytes: number;
}

/** Where a blob's bytes come from: a source image (mounted within a registry, else streamed), or in hand. */
interface BlobOrigin {
  readonly source?: SourceReference;
  readonly bytes?: Buffer | readonly Buffer[];
  /** The bytes as a stream, when neither in hand nor read from the source again (a relayed download). */
  readonly stream?: () => Promise<Readable>;
  /** An upload session opened ahead (the POST done while other work ran), used by the first try. */
  readonly session?: Promise<string>;
  /** A blob this build has just made (the config): not looked for first, as it is almost never there. */
  readonly fresh?: boolean;
}

/** Put one blob into `destination`: nothing when there, else mount (same registry) or upload. */
async function placeBlob(
  clients: RegistryClients,
  destination: ImageReference,
  descriptor: Descriptor,
  from: BlobOrigin,
  counts: TransferCounts,
): Promise<void> {
  const target = clients(destination.registry);
  if (!from.fresh && (await target.hasBlob(destination.name, descriptor.digest))) {
    counts.present += 1;
    return;
  }
  const { source, bytes } = from;
  if (
    source &&
    source.registry === destination.registry &&
    (await target.mountBlob(destination.name, descriptor.digest, source.name))
  ) {
    counts.mounted += 1;
    return;
  }
  const body = Buffer.isBuffer(bytes)
    ? bytes
    : bytes
      ? () => Promise.resolve(Readable.from(bytes))
      : (from.stream ??
        (() => clients(source?.registry ?? '').openBlob(source?.name ?? '', descriptor.digest)));
  await target.uploadBlob(destination.name, descriptor.digest, descriptor.size, body, from.session);
  counts.uploaded += 1;
  counts.uploadedBytes += descriptor.size;
}

/** The bytes of the assembled image, before anything is written. */
export interface AssembledImage {
  readonly layers: readonly BuiltLayer[];
  readonly base: readonly Descriptor[];
  readonly config: Buffer;
  readonly manifest: Buffer;
  readonly digest: string;
}

/**
 * Make the configuration and the manifest, and the entrypoint layer unless given (pure once the PostgREST layer is
 * chosen).
 */
export function assembleBytes(
  plan: AssemblyPlan,
  base: SourceImage,
  postgrest: BuiltLayer,
  entrypoint: BuiltLayer = entrypointLayer(plan.runSh),
): AssembledImage {
  const layers = [postgrest, entrypoint];
  const config = imageConfig(base.config, plan, layers);
  const baseDescriptors = baseLayers(base.manifest, base.reference.text);
  const manifest = imageManifest(plan, config, baseDescriptors, layers);
  return {
    layers,
    base: baseDescriptors,
    config,
    manifest,
    digest: `sha256:${createHash('sha256').update(manifest).digest('hex')}`,
  };
}

/** Work started ahead of the rest, while the PostgREST layer is read: placements, and the config's upload session. */
export interface EarlyPlacement {
  /** Each blob being placed: true once it is in the destination, false when a speculative one was declined. */
  readonly placed: Map<string, Promise<boolean>>;
  readonly configSession: Promise<string>;
  /** Whether a config written ahead has used the session. */
  sessionTaken: boolean;
  readonly counts: TransferCounts;
}

/**
 * Start what does not depend on /bin/postgrest while the PostgREST layer is still being read: the base's layers
 * and the entrypoint layer placed; within one registry, the PostgREST layer that holds the file mounted as it is
 * (a mount of a layer that turns out to hold more is unused and harmless); and the config's upload session opened.
 * A failure is reported where {@link pushAssembled} awaits it.
 */
export function placeEarly(
  clients: RegistryClients,
  destination: ImageReference,
  sources: { readonly base: SourceManifest; readonly postgrest: SourceManifest },
  entrypoint: BuiltLayer,
  relay?: BlobRelay,
): EarlyPlacement {
  const counts: TransferCounts = { present: 0, mounted: 0, uploaded: 0, uploadedBytes: 0 };
  const { base, postgrest } = sources;
  const placed = new Map<string, Promise<boolean>>();
  for (const layer of base.manifest.layers) {
    startPlacing(
      placed,
      layer.digest,
      placeBlob(clients, destination, layer, { source: base.reference }, counts),
    );
  }
  const entry = entrypoint.descriptor;
  startPlacing(
    placed,
    entry.digest,
    placeBlob(clients, destination, entry, { bytes: entrypoint.blob }, counts),
  );
  const target = clients(destination.registry);
  const top = postgrest.manifest.layers.at(-1);
  if (top && postgrest.reference.registry === destination.registry && !placed.has(top.digest)) {
    const mounting = target.mountBlob(destination.name, top.digest, postgrest.reference.name);
    startPlacing(
      placed,
      top.digest,
      mounting.then((mounted) => {
        if (mounted) counts.mounted += 1;
        return mounted;
      }),
    );
  }
  if (top && relay && !placed.has(top.digest)) {
    const stream = (): Promise<Readable> => Promise.resolve(relay.reader());
    startPlacing(placed, top.digest, placeBlob(clients, destination, top, { stream }, counts));
  }
  const configSession = target.startUpload(destination.name);
  configSession.catch(() => undefined);
  return { placed, configSession, sessionTaken: false, counts };
}

/**
 * Upload the config an assembly most likely ends with (see {@link likelyPostgrestLayer}) in the session opened
 * ahead, while the PostgREST layer is still read: when the read agrees, the manifest is all that is left; when not,
 * the right config is uploaded then, and this one stays unreferenced.
 */
export function placeLikelyConfig(
  clients: RegistryClients,
  destination: ImageReference,
  early: EarlyPlacement,
  config: Buffer,
): void {
  const descriptor = configDescriptor(config);
  early.sessionTaken = true;
  startPlacing(
    early.placed,
    descriptor.digest,
    placeBlob(
      clients,
      destination,
      descriptor,
      { bytes: config, fresh: true, session: early.configSession },
      early.counts,
    ),
  );
}

function startPlacing(
  placed: Map<string, Promise<boolean>>,
  digest: string,
  placing: Promise<unknown>,
): void {
  // A relayed layer that was not wanted after all is simply not placed (it is, afterwards, if it is needed).
  const done = placing.then(
    (result) => result !== false,
    (error: unknown) => {
      if (error instanceof WithheldBlob) return false;
      throw error;
    },
  );
  done.catch(() => undefined);
  placed.set(digest, done);
}

const configDescriptor = (config: Buffer): Descriptor => ({
  mediaType: OCI_CONFIG,
  digest: `sha256:${createHash('sha256').update(config).digest('hex')}`,
  size: config.length,
});

/**
 * Write the assembled image to `destination` (its tag included): base layers skipped, mounted or streamed, the new
 * layers uploaded unless present and the config uploaded (what `early` placed already is only waited for), then the
 * manifest. Returns the manifest's digest.
 */
export async function pushAssembled(
  clients: RegistryClients,
  destination: ImageReference,
  base: SourceImage,
  image: AssembledImage,
  early?: EarlyPlacement,
): Promise<{ digest: string; counts: TransferCounts }> {
  const counts: TransferCounts = early?.counts ?? { present: 0, mounted: 0, uploaded: 0, uploadedBytes: 0 };
  const place = async (descriptor: Descriptor, from: BlobOrigin): Promise<void> => {
    if (await early?.placed.get(descriptor.digest)) return;
    await placeBlob(clients, destination, descriptor, from, counts);
  };
  await Promise.all([
    ...base.manifest.layers.map((layer) => place(layer, { source: base.reference })),
    ...image.layers.map((layer) =>
      place(layer.descriptor, { bytes: layer.blob, ...(layer.from ? { source: layer.from } : {}) }),
    ),
    place(configDescriptor(image.config), {
      bytes: image.config,
      fresh: true,
      // The session opened ahead, unless the config written ahead (another one) took it.
      ...(early && !early.sessionTaken ? { session: early.configSession } : {}),
    }),
  ]);
  const digest = await clients(destination.registry).putManifest(
    destination.name,
    destination.tag,
    OCI_MANIFEST,
    image.manifest,
  );
  if (digest !== image.digest) {
    throw new RegistryError(
      `${destination.registry}/${destination.name}:${destination.tag}: the registry stored the manifest as ${digest}, not ${image.digest}`,
    );
  }
  return { digest, counts };
}
