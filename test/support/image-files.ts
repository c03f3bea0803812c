// An image's file system as its layers build it up, read with GNU tar (not with the code under test): for
// comparing what two builders made.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** One path of the merged file system: type and permissions as `ls -l` shows them, owner, size, link target. */
export interface FileInfo {
  readonly mode: string;
  readonly owner: string;
  readonly size: number;
  readonly link?: string;
}

/** An OCI image layout's one image: its manifest, config and layer blobs. */
export interface OciImage {
  readonly dir: string;
  readonly manifest: {
    layers: { digest: string; mediaType: string; size: number }[];
    annotations?: Record<string, string>;
  };
  readonly config: {
    config: Record<string, unknown> & { Labels?: Record<string, string> };
    rootfs: { diff_ids: string[] };
    history?: unknown[];
  };
}

const blobPath = (dir: string, digest: string): string => path.join(dir, 'blobs', digest.replace(':', '/'));

/** Read the (single) image of an OCI layout directory. */
export function readOciLayout(dir: string): OciImage {
  const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as {
    manifests: { digest: string }[];
  };
  const manifestDigest = index.manifests[0]?.digest ?? '';
  const manifest = JSON.parse(readFileSync(blobPath(dir, manifestDigest), 'utf8')) as OciImage['manifest'] & {
    config: { digest: string };
  };
  const config = JSON.parse(
    readFileSync(blobPath(dir, manifest.config.digest), 'utf8'),
  ) as OciImage['config'];
  return { dir, manifest, config };
}

/** Copy `image` from a registry on this machine into a fresh OCI layout (skopeo: an independent client). */
export async function copyToLayout(image: string, authFile: string): Promise<OciImage> {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'pgrst-oci-')), 'image');
  await run('skopeo', [
    'copy',
    '--quiet',
    '--src-tls-verify=false',
    '--authfile',
    authFile,
    `docker://${image}`,
    `oci:${dir}:image`,
  ]);
  return readOciLayout(dir);
}

/**
 * The merged file system of an image, path → info, from `tar -tv` of each layer in order (later layers replace
 * earlier entries; these images have no whiteouts).
 */
export async function mergedFiles(image: OciImage): Promise<Map<string, FileInfo>> {
  const files = new Map<string, FileInfo>();
  for (const layer of image.manifest.layers) {
    const { stdout } = await run('tar', ['--numeric-owner', '-tvzf', blobPath(image.dir, layer.digest)], {
      maxBuffer: 64 * 1024 * 1024,
    });
    for (const line of stdout.split('\n').filter(Boolean)) {
      const match = /^(\S+)\s+(\d+\/\d+)\s+(\d+)\s+\S+\s+\S+\s+(.*)$/.exec(line);
      if (!match) throw new Error(`unexpected tar listing line: ${line}`);
      const [, mode = '', owner = '', size = '0', rest = ''] = match;
      const arrow = rest.indexOf(' -> ');
      const name = (arrow < 0 ? rest : rest.slice(0, arrow)).replace(/^\.?\//, '').replace(/\/$/, '');
      if (!name || name === '.') continue;
      files.set(name, {
        mode,
        owner,
        size: Number(size),
        ...(arrow < 0 ? {} : { link: rest.slice(arrow + 4) }),
      });
    }
  }
  return files;
}

/** The bytes of `file` in the topmost layer that has it. */
export async function fileContent(image: OciImage, file: string): Promise<Buffer> {
  for (const layer of [...image.manifest.layers].reverse()) {
    try {
      const { stdout } = await run('tar', ['-xzOf', blobPath(image.dir, layer.digest), file], {
        encoding: 'buffer',
        maxBuffer: 256 * 1024 * 1024,
      });
      return stdout;
    } catch {
      // not in this layer
    }
  }
  throw new Error(`${file} is in no layer`);
}
