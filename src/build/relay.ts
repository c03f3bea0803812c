// A blob relayed from one registry to another while it downloads: the upload reads the bytes as they arrive
// instead of after the download, and its last byte goes only once the download has been judged, so a layer that
// turns out not to be wanted never lands in the destination.
import { Readable } from 'node:stream';
import { RegistryError } from './registry.js';

/** The relayed bytes were not wanted after all: the upload that carried them stops and is not tried again. */
export class WithheldBlob extends RegistryError {
  override name = 'WithheldBlob';
}

/**
 * Bytes arriving in order, readable from the start by each reader; the last of them reach a reader only on
 * {@link release}.
 */
export class BlobRelay {
  private readonly chunks: Buffer[] = [];
  private state: 'open' | 'released' | Error = 'open';
  private wake: (() => void)[] = [];

  /** The next downloaded chunk. */
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.notify();
  }

  /** Every byte has arrived and is wanted: readers end. */
  release(): void {
    if (this.state === 'open') this.state = 'released';
    this.notify();
  }

  /** The bytes are not wanted (or the download failed): readers fail with `reason`, nothing more is sent. */
  withhold(reason: string): void {
    if (this.state === 'open') this.state = new WithheldBlob(reason);
    this.notify();
  }

  /** A stream of the bytes from the first, following those still to come. */
  reader(): Readable {
    return Readable.from(this.read());
  }

  private async *read(): AsyncGenerator<Buffer> {
    for (let next = 0; ;) {
      // The latest chunk is held back until another follows or the bytes are released: an upload declares its
      // length, so a registry that has every byte completes it, whether or not the stream has ended.
      const ready = this.state === 'released' ? this.chunks.length : this.chunks.length - 1;
      while (next < ready) {
        const chunk = this.chunks[next];
        next += 1;
        if (chunk) yield chunk;
      }
      if (this.state instanceof Error) throw this.state;
      if (this.state === 'released' && next >= this.chunks.length) return;
      await new Promise<void>((resolve) => this.wake.push(resolve));
    }
  }

  private notify(): void {
    const waiting = this.wake;
    this.wake = [];
    for (const resolve of waiting) resolve();
  }
}
