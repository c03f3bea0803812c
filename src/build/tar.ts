// Layers as tar archives: a writer whose bytes depend on the entries alone (so the same files always give the same
// layer digest), and a reader for what registries hand out (ustar, pax and GNU long names).

/** One entry of a layer this builder writes. */
export interface TarEntry {
  /** Relative, without a leading `/` or `./`; a directory without a trailing `/` (the writer adds it). */
  readonly path: string;
  readonly type: 'file' | 'directory';
  /** Permission bits only, e.g. 0o755. */
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  /** A file's bytes. */
  readonly content?: Uint8Array;
}

const BLOCK = 512;
const ZERO_BLOCK = Buffer.alloc(BLOCK);

function field(header: Buffer, offset: number, length: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length > length)
    throw new Error(`tar header field "${text}" is longer than ${String(length)} bytes`);
  bytes.copy(header, offset);
}

/** An octal number field: zero-padded digits and a NUL, as ustar writes it. */
function octal(header: Buffer, offset: number, length: number, value: number): void {
  const digits = value.toString(8);
  if (digits.length > length - 1)
    throw new Error(`tar value ${String(value)} does not fit ${String(length)} bytes`);
  field(header, offset, length, `${digits.padStart(length - 1, '0')}\0`);
}

/** Split a path into ustar's prefix (≤155 bytes) and name (≤100 bytes) at a slash. */
function splitName(name: string): { prefix: string; name: string } {
  if (Buffer.byteLength(name) <= 100) return { prefix: '', name };
  for (let slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
    const prefix = name.slice(0, slash);
    const rest = name.slice(slash + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100) return { prefix, name: rest };
  }
  throw new Error(`tar: path "${name}" is too long for a ustar header`);
}

function header(entry: TarEntry): Buffer {
  const block = Buffer.alloc(BLOCK);
  const directory = entry.type === 'directory';
  const { prefix, name } = splitName(directory ? `${entry.path}/` : entry.path);
  field(block, 0, 100, name);
  octal(block, 100, 8, entry.mode & 0o7777);
  octal(block, 108, 8, entry.uid);
  octal(block, 116, 8, entry.gid);
  octal(block, 124, 12, directory ? 0 : (entry.content?.length ?? 0));
  // mtime 0, no user or group names: nothing of the machine or the moment the layer was made.
  octal(block, 136, 12, 0);
  block.fill(0x20, 148, 156); // the checksum is computed over spaces in its own field
  field(block, 156, 1, directory ? '5' : '0');
  field(block, 257, 6, 'ustar\0');
  field(block, 263, 2, '00');
  octal(block, 329, 8, 0);
  octal(block, 337, 8, 0);
  field(block, 345, 155, prefix);
  let sum = 0;
  for (const byte of block) sum += byte;
  field(block, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return block;
}

const byPath = (a: TarEntry, b: TarEntry): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * A tar archive of `entries`, byte for byte the same for the same entries: sorted by path (a parent before its
 * children), mtime 0, numeric owners only, ustar headers, two zero blocks at the end.
 */
export function writeTar(entries: readonly TarEntry[]): Buffer {
  const parts: Buffer[] = [];
  const seen = new Set<string>();
  for (const entry of [...entries].sort(byPath)) {
    if (
      !entry.path ||
      entry.path.startsWith('/') ||
      entry.path.endsWith('/') ||
      entry.path.split('/').includes('..')
    ) {
      throw new Error(`tar: "${entry.path}" is not a relative path`);
    }
    if (seen.has(entry.path)) throw new Error(`tar: "${entry.path}" is given twice`);
    seen.add(entry.path);
    parts.push(header(entry));
    if (entry.type === 'file' && entry.content && entry.content.length > 0) {
      parts.push(Buffer.from(entry.content.buffer, entry.content.byteOffset, entry.content.length));
      const padding = (BLOCK - (entry.content.length % BLOCK)) % BLOCK;
      if (padding > 0) parts.push(Buffer.alloc(padding));
    }
  }
  parts.push(Buffer.alloc(2 * BLOCK));
  return Buffer.concat(parts);
}

/** One entry as read from an archive. */
export interface ReadEntry {
  /** Normalised: no leading `/` or `./`, no trailing `/`. */
  readonly path: string;
  /** The tar type flag: '0' file, '1' hard link, '2' symbolic link, '5' directory, ... */
  readonly type: string;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  /** Target of a link, as written (not normalised). */
  readonly linkname: string;
  readonly content: Buffer;
}

/** `./a/b/`, `/a/b` and `a/b` are the same path in a layer. */
export function normalisePath(name: string): string {
  return name.replace(/^(?:\.?\/)+/, '').replace(/\/+$/, '');
}

function text(block: Buffer, offset: number, length: number): string {
  const raw = block.subarray(offset, offset + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end < 0 ? length : end).toString('utf8');
}

function number(block: Buffer, offset: number, length: number): number {
  const raw = block.subarray(offset, offset + length);
  // GNU base-256 for values that do not fit in octal.
  if ((raw[0] ?? 0) & 0x80) {
    let value = (raw[0] ?? 0) & 0x7f;
    for (const byte of raw.subarray(1)) value = value * 256 + byte;
    return value;
  }
  const digits = text(block, offset, length).trim();
  return digits ? Number.parseInt(digits, 8) : 0;
}

/** The key=value records of a pax extended header. */
function paxRecords(data: Buffer): Record<string, string> {
  const records: Record<string, string> = {};
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    if (space < 0) break;
    const length = Number.parseInt(data.subarray(offset, space).toString('utf8'), 10);
    if (!Number.isFinite(length) || length <= 0) break;
    const record = data.subarray(space + 1, offset + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) records[record.slice(0, eq)] = record.slice(eq + 1);
    offset += length;
  }
  return records;
}

/**
 * A tar archive read as it arrives, chunk by chunk (so a layer is parsed while it downloads and decompresses), with
 * pax and GNU long names applied. A file's content is kept as the chunks it came in and joined only when read.
 */
export class TarParser {
  private readonly block = Buffer.alloc(BLOCK);
  private blockFill = 0;
  /** Bytes of the current entry's data still to come, then padding to skip. */
  private remaining = 0;
  private padding = 0;
  private header: Buffer | undefined;
  private data: Buffer[] = [];
  private pending: { path?: string; linkname?: string } = {};
  private global: Record<string, string> = {};
  private finished = false;

  /**
   * @param onEntry called with each entry as soon as its data has arrived; `true` stops the reading
   * @param keepContent false: files' data is skipped, not kept (entries then have empty content)
   */
  constructor(
    private readonly onEntry: (entry: ReadEntry) => unknown,
    private readonly keepContent = true,
  ) {}

  /** Whether the archive's end (a zero block) was reached or `onEntry` stopped the reading. */
  get done(): boolean {
    return this.finished;
  }

  /** Feed the next bytes of the archive; ignored once done. */
  write(chunk: Buffer): void {
    let offset = 0;
    while (offset < chunk.length && !this.finished) {
      if (this.header) {
        const take = Math.min(this.remaining, chunk.length - offset);
        if (this.keepContent || this.isMetadata()) this.data.push(chunk.subarray(offset, offset + take));
        this.remaining -= take;
        offset += take;
        if (this.remaining === 0) this.finishEntry();
      } else if (this.padding > 0) {
        const take = Math.min(this.padding, chunk.length - offset);
        this.padding -= take;
        offset += take;
      } else {
        const take = Math.min(BLOCK - this.blockFill, chunk.length - offset);
        chunk.copy(this.block, this.blockFill, offset, offset + take);
        this.blockFill += take;
        offset += take;
        if (this.blockFill === BLOCK) this.startEntry();
      }
    }
  }

  /** The archive has no more bytes: an entry cut short is an error (a partial block or no end marker is not). */
  end(): void {
    if (this.header && !this.finished) throw new Error('tar: the archive ends inside an entry');
  }

  private isMetadata(): boolean {
    const type = this.header ? text(this.header, 156, 1) : '';
    return type === 'x' || type === 'g' || type === 'L' || type === 'K';
  }

  private startEntry(): void {
    this.blockFill = 0;
    if (this.block.equals(ZERO_BLOCK)) {
      this.finished = true;
      return;
    }
    this.header = Buffer.from(this.block);
    const size = number(this.header, 124, 12);
    this.remaining = size;
    this.padding = Math.ceil(size / BLOCK) * BLOCK - size;
    this.data = [];
    if (size === 0) this.finishEntry();
  }

  private finishEntry(): void {
    const block = this.header;
    if (!block) return;
    this.header = undefined;
    const chunks = this.data;
    this.data = [];
    const type = text(block, 156, 1) || '0';
    if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
      this.applyMetadata(type, Buffer.concat(chunks));
      return;
    }
    const prefix = text(block, 345, 155);
    const name =
      this.pending.path ??
      this.global['path'] ??
      (prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100));
    let content: Buffer | undefined;
    const entry: ReadEntry = {
      path: normalisePath(name),
      type,
      mode: number(block, 100, 8) & 0o7777,
      uid: number(block, 108, 8),
      gid: number(block, 116, 8),
      linkname: this.pending.linkname ?? text(block, 157, 100),
      // Joined when first read: a layer taken as it is never needs its files' bytes in one piece.
      get content(): Buffer {
        content ??= chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks);
        return content;
      },
    };
    this.pending = {};
    if (this.onEntry(entry) === true) this.finished = true;
  }

  private applyMetadata(type: string, data: Buffer): void {
    if (type === 'L' || type === 'K') {
      const value = data.toString('utf8').replace(/\0+$/, '');
      this.pending = type === 'L' ? { ...this.pending, path: value } : { ...this.pending, linkname: value };
      return;
    }
    const records = paxRecords(data);
    if (type === 'g') this.global = { ...this.global, ...records };
    else
      this.pending = {
        ...this.pending,
        ...(records['path'] ? { path: records['path'] } : {}),
        ...(records['linkpath'] ? { linkname: records['linkpath'] } : {}),
      };
  }
}

/** Every entry of an (uncompressed) tar archive, with pax and GNU long names applied. */
export function readTar(archive: Buffer): ReadEntry[] {
  const entries: ReadEntry[] = [];
  const parser = new TarParser((entry) => {
    entries.push(entry);
  });
  parser.write(archive);
  parser.end();
  return entries;
}

/** What {@link findInStream} finds: the entry (its content not read), or that a whiteout hides the path. */
export type StreamFind = ReadEntry | 'hidden' | undefined;

/** Whether `entry` is a whiteout that hides `path` (the path itself, a parent of it, or an opaque parent). */
function hides(entry: string, path: string): boolean {
  const slash = entry.lastIndexOf('/');
  const parent = slash < 0 ? '' : entry.slice(0, slash);
  const base = entry.slice(slash + 1);
  if (base === '.wh..wh..opq') return parent === '' || path.startsWith(`${parent}/`);
  if (!base.startsWith('.wh.')) return false;
  const removed = `${parent ? `${parent}/` : ''}${base.slice(4)}`;
  return path === removed || path.startsWith(`${removed}/`);
}

/**
 * The entry for `path` in a tar archive read as a stream, stopping as soon as it is found (or a whiteout hides it):
 * what a check of one directory costs is the archive's first few blocks, not the archive. Undefined when the
 * archive ends without it.
 */
export async function findInStream(chunks: AsyncIterable<Buffer>, path: string): Promise<StreamFind> {
  let found: StreamFind;
  const parser = new TarParser((entry) => {
    if (entry.path === path) found = entry;
    else if (hides(entry.path, path)) found = 'hidden';
    return found !== undefined;
  }, false);
  for await (const chunk of chunks) {
    parser.write(chunk);
    if (parser.done) break;
  }
  return found;
}
