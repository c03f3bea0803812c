// What `builder: assemble` makes, as pure functions from the sources to bytes: the image cloudbuild/Containerfile
// describes, put together from the base's layers as they are, a layer holding /bin/postgrest, and a layer holding
// run.sh and /opt/secrets. The same inputs give the same bytes — and digests — on every machine and Node version.
import { createHash } from 'node:crypto';
import { gzipSync } from 'fflate';
import { ConfigError } from '../errors.js';
import { parseImageName } from '../image-reference.js';
import type { ReadEntry, TarEntry } from './tar.js';
import { normalisePath, writeTar } from './tar.js';

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const OCI_CONFIG = 'application/vnd.oci.image.config.v1+json';
export const OCI_LAYER_GZIP = 'application/vnd.oci.image.layer.v1.tar+gzip';
const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';

/**
 * Layer media types of the sources and what the assembled OCI manifest calls them: the bytes (and digests) stay,
 * Docker's names become OCI's. Cloud Run takes gzip and zstd layers in either manifest format.
 */
const LAYER_TYPES: Readonly<Record<string, string>> = {
  'application/vnd.docker.image.rootfs.diff.tar.gzip': OCI_LAYER_GZIP,
  'application/vnd.docker.image.rootfs.diff.tar': 'application/vnd.oci.image.layer.v1.tar',
  [OCI_LAYER_GZIP]: OCI_LAYER_GZIP,
  'application/vnd.oci.image.layer.v1.tar': 'application/vnd.oci.image.layer.v1.tar',
  'application/vnd.oci.image.layer.v1.tar+zstd': 'application/vnd.oci.image.layer.v1.tar+zstd',
};

/** Bumped whenever the bytes this recipe makes change for the same inputs, so a new tag results. */
export const RECIPE_VERSION = 2;

/** What the Containerfile states, restated (a test builds both and compares them). */
export const IMAGE_USER = '1000';
export const IMAGE_PORT = '3000/tcp';
export const ENTRYPOINT_PATH = 'usr/local/bin/run.sh';
export const POSTGREST_PATH = 'bin/postgrest';
export const SECRETS_PATH = 'opt/secrets';
export const SOURCE_LABEL = 'https://github.com/PostgREST/postgrest';
export const TITLE_LABEL = 'PostgREST for Cloud Run';

/** A content descriptor as manifests hold them. */
export interface Descriptor {
  readonly mediaType: string;
  readonly digest: string;
  readonly size: number;
  readonly platform?: { readonly os?: string; readonly architecture?: string; readonly variant?: string };
  readonly annotations?: Readonly<Record<string, string>>;
  readonly urls?: readonly string[];
}

/** An image manifest (OCI or Docker schema 2). */
export interface ImageManifest {
  readonly schemaVersion: number;
  readonly mediaType?: string;
  readonly config: Descriptor;
  readonly layers: readonly Descriptor[];
  readonly annotations?: Readonly<Record<string, string>>;
}

/** An index (OCI) or manifest list (Docker). */
export interface ImageIndex {
  readonly schemaVersion: number;
  readonly mediaType?: string;
  readonly manifests: readonly Descriptor[];
}

/** The parts of an image configuration this recipe reads and writes (others are kept as they are). */
export interface ImageConfig {
  readonly architecture?: string;
  readonly os?: string;
  readonly created?: string;
  readonly config?: Readonly<Record<string, unknown>> & {
    readonly Env?: readonly string[];
    readonly Labels?: Readonly<Record<string, string>> | null;
    readonly ExposedPorts?: Readonly<Record<string, object>> | null;
  };
  readonly rootfs: { readonly type: string; readonly diff_ids: readonly string[] };
  readonly history?: readonly Record<string, unknown>[];
  readonly [key: string]: unknown;
}

/** A source image given as `[HOST/]PATH[:TAG][@sha256:...]`, split as registries address it. */
export interface SourceReference {
  /** Docker Hub is `docker.io`, whatever the spelling given. */
  readonly registry: string;
  readonly name: string;
  /** The tag, or the digest when pinned. */
  readonly reference: string;
  /** As a user would write it back: `docker.io/library/busybox:1.37.0`. */
  readonly text: string;
}

/**
 * Parse a source image as Docker reads one: no host means Docker Hub, and a single path component there is an
 * official image under `library/`. A digest pins it (any tag beside it is then only a label).
 */
export function parseSourceReference(text: string, source: string): SourceReference {
  const parsed = parseImageName(text.trim());
  if ('problem' in parsed) {
    const { problem } = parsed;
    const part = 'part' in problem ? ` "${problem.part}"` : '';
    throw new ConfigError(
      `${source}: "${text}" is not an image reference (${problem.kind}${part}); use HOST/PATH:TAG such as docker.io/library/busybox:1.37.0`,
    );
  }
  const { name } = parsed;
  const domain = name.domain ?? 'docker.io';
  const hub = domain === 'docker.io' || domain === 'index.docker.io' || domain === 'registry-1.docker.io';
  const registry = hub ? 'docker.io' : domain;
  const path = hub && !name.path.includes('/') ? `library/${name.path}` : name.path;
  const reference = name.digest ?? name.tag ?? 'latest';
  const shown = `${registry}/${path}${name.tag ? `:${name.tag}` : ''}${name.digest ? `@${name.digest}` : ''}`;
  return { registry, name: path, reference, text: name.tag || name.digest ? shown : `${shown}:latest` };
}

/** Whether a manifest's media type (or shape) is an index / list. */
export function isIndex(mediaType: string, document: unknown): document is ImageIndex {
  if (mediaType === OCI_INDEX || mediaType === DOCKER_LIST) return true;
  return mediaType === '' && Array.isArray((document as { manifests?: unknown }).manifests);
}

/** Whether a media type is an image manifest this recipe can read. */
export function isImageManifest(mediaType: string): boolean {
  return mediaType === OCI_MANIFEST || mediaType === DOCKER_MANIFEST || mediaType === '';
}

/**
 * The linux/amd64 entry of an index (Cloud Run runs nothing else): the first one without a variant or with v1,
 * else the first linux/amd64 at all.
 */
export function pickPlatform(index: ImageIndex, where: string): Descriptor {
  const amd64 = index.manifests.filter(
    (m) => m.platform?.os === 'linux' && m.platform.architecture === 'amd64',
  );
  const chosen = amd64.find((m) => !m.platform?.variant || m.platform.variant === 'v1') ?? amd64[0];
  if (!chosen) {
    const platforms = index.manifests
      .map((m) => `${m.platform?.os ?? '?'}/${m.platform?.architecture ?? '?'}`)
      .join(', ');
    throw new Error(
      `${where} has no linux/amd64 image (it has ${platforms || 'none'}); Cloud Run runs linux/amd64 only`,
    );
  }
  return chosen;
}

const sha256 = (bytes: Uint8Array): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

/** A layer this recipe makes: the compressed blob, and the digest of the tar inside (the config's diff_id). */
export interface BuiltLayer {
  readonly descriptor: Descriptor;
  readonly diffId: string;
  /**
   * The compressed bytes: one buffer for a layer made here; for a source's layer taken as it is, the chunks it was
   * read in, never joined (it is mounted, not uploaded, when the source is in the same registry).
   */
  readonly blob: Buffer | readonly Buffer[];
  /** Set when the layer is a source's, taken as it is: the image it can be mounted from. */
  readonly from?: SourceReference;
}

/** A layer made here: its bytes in one buffer. */
export interface MadeLayer extends BuiltLayer {
  readonly blob: Buffer;
}

/**
 * fflate's level 2: about twice as fast as 6 on a PostgREST-sized binary (measured cold, as every run is: 0.7-1.0 s
 * against 1.8-2.0 s for 9 MB on the bench machine) for 2 % more bytes.
 */
const GZIP_LEVEL = 2;

/**
 * A gzip-compressed layer of `entries`. The compressor is fflate's pure-JavaScript deflate (pinned in
 * package.json), not node:zlib: Node bundles its own zlib, and Node's and a system's give different deflate
 * streams, so the same tar would get another digest on another Node. No file name or time in the gzip header.
 */
export function buildLayer(entries: readonly TarEntry[]): MadeLayer {
  const tar = writeTar(entries);
  const blob = Buffer.from(gzipSync(tar, { level: GZIP_LEVEL, mtime: 0 }));
  return {
    descriptor: { mediaType: OCI_LAYER_GZIP, digest: sha256(blob), size: blob.length },
    diffId: sha256(tar),
    blob,
  };
}

/** The file `path` of an image's filesystem, as `COPY --from` would take it (symbolic links followed). */
export interface ExtractedFile {
  readonly content: Buffer;
  readonly mode: number;
}

/**
 * Find `path` in an image's layers (`layers[0]` the lowest), following symbolic links (absolute or relative, in
 * the file and in its directories) and hard links, and honouring whiteouts — what `COPY --from=image PATH` copies.
 * Returns undefined when it is not there.
 */
export function extractFile(
  layers: readonly (readonly ReadEntry[])[],
  path: string,
): ExtractedFile | undefined {
  const view = mergedView(layers);
  let wanted = normalisePath(path);
  for (let hops = 0; hops < 40; hops += 1) {
    const resolved = resolveDirectories(view, wanted);
    if (resolved === undefined) return undefined;
    const entry = view.get(resolved);
    if (!entry) return undefined;
    if (entry.type === '2') {
      wanted = joinLink(resolved, entry.linkname);
      continue;
    }
    if (entry.type === '1') {
      wanted = normalisePath(entry.linkname);
      continue;
    }
    if (entry.type !== '0' && entry.type !== '7') return undefined;
    const { mode } = entry;
    // Read (and, from a streamed layer, joined) only when a new layer is made of it.
    return {
      get content(): Buffer {
        return entry.content;
      },
      mode,
    };
  }
  return undefined;
}

/** The merged view of layers (`layers[0]` the lowest): a later layer's entry replaces an earlier one's; a whiteout removes what is below it. */
export function mergedView(layers: readonly (readonly ReadEntry[])[]): Map<string, ReadEntry> {
  const view = new Map<string, ReadEntry>();
  for (const entries of layers) {
    for (const entry of entries) {
      const slash = entry.path.lastIndexOf('/');
      const base = entry.path.slice(slash + 1);
      const parent = slash < 0 ? '' : entry.path.slice(0, slash);
      if (base === '.wh..wh..opq') {
        for (const key of [...view.keys()]) if (key.startsWith(`${parent}/`)) view.delete(key);
        continue;
      }
      if (base.startsWith('.wh.')) {
        const removed = `${parent ? `${parent}/` : ''}${base.slice(4)}`;
        for (const key of [...view.keys()])
          if (key === removed || key.startsWith(`${removed}/`)) view.delete(key);
        continue;
      }
      view.set(entry.path, entry);
    }
  }
  return view;
}

/** `path` with every symbolic link among its directories replaced by its target. */
function resolveDirectories(view: ReadonlyMap<string, ReadEntry>, path: string): string | undefined {
  const parts = path.split('/');
  let current = '';
  for (let i = 0; i < parts.length - 1; i += 1) {
    current = current ? `${current}/${parts[i] ?? ''}` : (parts[i] ?? '');
    const entry = view.get(current);
    if (entry?.type === '2') {
      const target = joinLink(current, entry.linkname);
      return resolveDirectories(view, [target, ...parts.slice(i + 1)].join('/'));
    }
  }
  return path;
}

/** The path a symbolic link at `at` leads to, inside the image's root (`..` never climbs above it). */
function joinLink(at: string, target: string): string {
  const parts = target.startsWith('/') ? [] : at.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/**
 * The layer with /bin/postgrest only, owned by root as `COPY --from` leaves it, its mode kept. No entry for bin/:
 * the base has that directory already, and in a merged-/usr base it is a symbolic link to usr/bin, which a
 * directory entry would replace.
 */
export function postgrestLayer(binary: ExtractedFile): MadeLayer {
  return buildLayer([
    { path: POSTGREST_PATH, type: 'file', mode: binary.mode, uid: 0, gid: 0, content: binary.content },
  ]);
}

/**
 * The directory entries of a source layer that holds /bin/postgrest and nothing else — a regular file owned by
 * root, as `COPY --from` leaves it — but its parent directories (`bin/`, and the root); undefined when it holds
 * anything more (the layer is then not taken as it is). PostgREST's amd64 image is such a layer: `bin/` and
 * `bin/postgrest`, FROM scratch.
 */
export function soleBinaryDirectories(entries: readonly ReadEntry[]): ReadEntry[] | undefined {
  const directories: ReadEntry[] = [];
  let binary = false;
  for (const entry of entries) {
    if (
      entry.path === POSTGREST_PATH &&
      entry.type === '0' &&
      entry.uid === 0 &&
      entry.gid === 0 &&
      !binary
    ) {
      binary = true;
    } else if ((entry.path === '' || entry.path === 'bin') && entry.type === '5') {
      directories.push(entry);
    } else {
      return undefined;
    }
  }
  return binary ? directories : undefined;
}

/**
 * Whether a source layer's directory entries leave the base's as they are: bin/ with the same mode and owner as
 * the base's `bin/` (a directory there, not a link to usr/bin that the entry would replace), the root 0755 and
 * root's, as every base has it. Then the layer on top of the base gives the file system `COPY --from` gives.
 */
export function directoriesAgree(directories: readonly ReadEntry[], baseBin: ReadEntry | undefined): boolean {
  return directories.every((entry) => {
    const below = entry.path === '' ? { type: '5', mode: 0o755, uid: 0, gid: 0 } : baseBin;
    return (
      below !== undefined &&
      below.type === '5' &&
      below.mode === entry.mode &&
      below.uid === entry.uid &&
      below.gid === entry.gid
    );
  });
}

/** The OCI media type a source layer of `mediaType` is listed under; undefined when this builder cannot copy it. */
export function ociLayerType(mediaType: string): string | undefined {
  return LAYER_TYPES[mediaType];
}

/** The layer with run.sh (0755, root) and /opt/secrets (PostgREST's user 1000, 0700), as the Containerfile makes them. */
export function entrypointLayer(runSh: string): MadeLayer {
  const directory = (path: string): TarEntry => ({ path, type: 'directory', mode: 0o755, uid: 0, gid: 0 });
  return buildLayer([
    directory('usr'),
    directory('usr/local'),
    directory('usr/local/bin'),
    { path: ENTRYPOINT_PATH, type: 'file', mode: 0o755, uid: 0, gid: 0, content: Buffer.from(runSh, 'utf8') },
    directory('opt'),
    { path: SECRETS_PATH, type: 'directory', mode: 0o700, uid: Number(IMAGE_USER), gid: Number(IMAGE_USER) },
  ]);
}

/** A source image resolved to the linux/amd64 manifest its tag points to now. */
export interface ResolvedSource {
  readonly reference: SourceReference;
  /** The digest of the linux/amd64 image manifest (not of an index around it). */
  readonly digest: string;
}

/** Everything the assembled image depends on: the same plan gives the same tag and the same bytes. */
export interface AssemblyPlan {
  readonly runSh: string;
  readonly postgrestVersion: string;
  readonly postgrest: ResolvedSource;
  readonly base: ResolvedSource;
}

/** sha256 (hex) of the plan, over a canonical JSON form: the image's revision label and its tag. */
export function assemblyDigest(plan: AssemblyPlan): string {
  const canonical = JSON.stringify([
    ['recipe', RECIPE_VERSION],
    ['platform', 'linux/amd64'],
    ['postgrestVersion', plan.postgrestVersion],
    ['postgrest', plan.postgrest.reference.text, plan.postgrest.digest],
    ['base', plan.base.reference.text, plan.base.digest],
    ['entrypoint', plan.runSh],
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** `ctx-` and 12 hex digits of {@link assemblyDigest}: a re-pushed upstream tag gives a new one. */
export function assemblyTag(plan: AssemblyPlan): string {
  return `ctx-${assemblyDigest(plan).slice(0, 12)}`;
}

/** The labels the Containerfile sets, and the base's name and digest (OCI's base.* annotations, as labels too). */
export function imageLabels(plan: AssemblyPlan): Record<string, string> {
  return {
    'org.opencontainers.image.title': TITLE_LABEL,
    'org.opencontainers.image.source': SOURCE_LABEL,
    'org.opencontainers.image.version': plan.postgrestVersion,
    'org.opencontainers.image.revision': assemblyDigest(plan),
    'org.opencontainers.image.base.name': plan.base.reference.text,
    'org.opencontainers.image.base.digest': plan.base.digest,
  };
}

/** Keys in sorted order, recursively: JSON whose bytes depend on the content only. */
function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return JSON.stringify(sort(value));
}

/**
 * The image configuration: the base's, with what the Containerfile changes — User, ExposedPorts, Entrypoint (and
 * Cmd cleared, as an ENTRYPOINT does to a Cmd inherited from the base), the labels added — and the two new layers
 * in rootfs and history. No creation time (the epoch), so the bytes depend on the inputs alone.
 */
export function imageConfig(base: ImageConfig, plan: AssemblyPlan, layers: readonly BuiltLayer[]): Buffer {
  const inherited = Object.fromEntries(Object.entries(base.config ?? {}).filter(([key]) => key !== 'Cmd'));
  const config = {
    ...base,
    created: '1970-01-01T00:00:00Z',
    architecture: 'amd64',
    os: 'linux',
    config: {
      ...inherited,
      User: IMAGE_USER,
      ExposedPorts: { ...(base.config?.ExposedPorts ?? {}), [IMAGE_PORT]: {} },
      Entrypoint: [`/${ENTRYPOINT_PATH}`],
      Labels: { ...(base.config?.Labels ?? {}), ...imageLabels(plan) },
    },
    rootfs: { type: 'layers', diff_ids: [...base.rootfs.diff_ids, ...layers.map((layer) => layer.diffId)] },
    history: [
      ...(base.history ?? []),
      {
        created: '1970-01-01T00:00:00Z',
        created_by: `pgrst-cloudrun assemble: /${POSTGREST_PATH} from ${plan.postgrest.reference.text}@${plan.postgrest.digest}`,
      },
      {
        created: '1970-01-01T00:00:00Z',
        created_by: `pgrst-cloudrun assemble: /${ENTRYPOINT_PATH} and /${SECRETS_PATH}`,
      },
    ],
  };
  return Buffer.from(canonicalJson(config), 'utf8');
}

/** The base's layers as the assembled manifest lists them (OCI media type names; digests and sizes kept). */
export function baseLayers(manifest: ImageManifest, where: string): Descriptor[] {
  return manifest.layers.map((layer) => {
    const mediaType = LAYER_TYPES[layer.mediaType];
    if (!mediaType) {
      throw new Error(
        `${where} has a layer of type ${layer.mediaType}, which this builder does not copy; use builder cloudbuild or local`,
      );
    }
    return { mediaType, digest: layer.digest, size: layer.size };
  });
}

/** The OCI image manifest of the assembled image, with the base recorded as OCI's base.* annotations. */
export function imageManifest(
  plan: AssemblyPlan,
  config: Buffer,
  base: readonly Descriptor[],
  layers: readonly BuiltLayer[],
): Buffer {
  return Buffer.from(
    canonicalJson({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: OCI_CONFIG, digest: sha256(config), size: config.length },
      layers: [...base, ...layers.map((layer) => layer.descriptor)],
      annotations: {
        'org.opencontainers.image.base.name': plan.base.reference.text,
        'org.opencontainers.image.base.digest': plan.base.digest,
      },
    }),
    'utf8',
  );
}
