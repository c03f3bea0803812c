// Reading a spec file: the one place its bytes become text. Everything that reads a spec (the action, and the CLI's
// validate, render and deploy) comes through here, so each gets the same limits and the same messages.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { ConfigError } from '../errors.js';
import type { Diagnostic } from './diagnostics.js';

/**
 * The largest spec file read. A Cloud Run service is a few KiB; the YAML parser's duplicate-key check is quadratic,
 * so a file of megabytes would keep it busy for minutes. Bigger files are refused before parsing.
 */
export const MAX_SPEC_BYTES = 1024 * 1024;

/**
 * A spec file's text, or the diagnostics saying why it is not text the parser may read. The failure has the shape
 * of an invalid `SpecResult`, so callers can report it as they report any invalid spec.
 */
export type SpecText =
  | { readonly text: string; readonly diagnostics?: undefined }
  | { readonly text?: undefined; readonly diagnostics: readonly Diagnostic[]; readonly valid: false };

/** Where a spec file is and how to name it. */
export interface SpecFileLocation {
  /** The path to read. */
  readonly path: string;
  /** The name diagnostics carry (as the user wrote it, or relative to the repository). */
  readonly file: string;
  /** How the setting that named the file is called in errors: "input `spec`", "SPEC", "--spec". */
  readonly input: string;
}

/**
 * Read a spec file as bytes and return its text. A file that is too large or not UTF-8 is a diagnostic on the file;
 * a path that cannot be read, or that is a directory or not a regular file, is a ConfigError naming the input.
 * Never reads more than MAX_SPEC_BYTES + 1 bytes, and never waits on a FIFO or a device.
 */
export function readSpecFile(location: SpecFileLocation): SpecText {
  const { path, file, input } = location;
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer. It does nothing to regular files.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw directoryError(location);
    throw new ConfigError(`${input}: "${file}" cannot be read (${code ?? String(error)})`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw directoryError(location);
    if (!stat.isFile()) {
      throw new ConfigError(`${input}: "${file}" is not a regular file; name the service YAML file itself`);
    }
    if (stat.size > MAX_SPEC_BYTES) return tooLarge(file, stat.size);
    const bytes = readAtMost(fd, MAX_SPEC_BYTES + 1);
    // The file may have grown since fstat.
    if (bytes.length > MAX_SPEC_BYTES) return tooLarge(file, bytes.length);
    return decodeSpecBytes(file, bytes);
  } finally {
    closeSync(fd);
  }
}

function directoryError({ file, input }: SpecFileLocation): ConfigError {
  return new ConfigError(
    `${input}: "${file}" is a directory; name the service YAML file in it, such as ${file.replace(/\/+$/, '')}/service.yaml`,
  );
}

function readAtMost(fd: number, limit: number): Buffer {
  const buffer = Buffer.alloc(limit);
  let length = 0;
  while (length < limit) {
    const read = readSync(fd, buffer, length, limit - length, null);
    if (read === 0) break;
    length += read;
  }
  return buffer.subarray(0, length);
}

function tooLarge(file: string, size: number): SpecText {
  return refuse(
    fileDiagnostic(
      file,
      1,
      1,
      'yaml/too-large',
      `the file is ${describeSize(size)}, over the ${describeSize(MAX_SPEC_BYTES)} a spec may hold (it was not parsed)`,
      'a Cloud Run service spec is a few KiB: check that the path names the service YAML, not a generated or data file',
    ),
  );
}

function describeSize(bytes: number): string {
  if (bytes === MAX_SPEC_BYTES) return '1 MiB';
  return `${(bytes / MAX_SPEC_BYTES).toFixed(1)} MiB (${String(bytes)} bytes)`;
}

/** Byte order marks and the YAML spec's (1.2, 5.2) zero-byte patterns for text that is not UTF-8. */
const WIDE_ENCODINGS: readonly {
  readonly name: string;
  readonly iconv: string;
  readonly prefix: readonly (number | 'any')[];
  readonly mark: boolean;
}[] = [
  { name: 'UTF-32 big-endian', iconv: 'UTF-32BE', prefix: [0x00, 0x00, 0xfe, 0xff], mark: true },
  { name: 'UTF-32 little-endian', iconv: 'UTF-32LE', prefix: [0xff, 0xfe, 0x00, 0x00], mark: true },
  { name: 'UTF-16 big-endian', iconv: 'UTF-16BE', prefix: [0xfe, 0xff], mark: true },
  { name: 'UTF-16 little-endian', iconv: 'UTF-16LE', prefix: [0xff, 0xfe], mark: true },
  { name: 'UTF-32 big-endian', iconv: 'UTF-32BE', prefix: [0x00, 0x00, 0x00, 'any'], mark: false },
  { name: 'UTF-32 little-endian', iconv: 'UTF-32LE', prefix: ['any', 0x00, 0x00, 0x00], mark: false },
  { name: 'UTF-16 big-endian', iconv: 'UTF-16BE', prefix: [0x00, 'any'], mark: false },
  { name: 'UTF-16 little-endian', iconv: 'UTF-16LE', prefix: ['any', 0x00], mark: false },
];

/**
 * A spec file's bytes as text. UTF-8 only (what gcloud and kubectl read), with or without a byte order mark: UTF-16
 * and UTF-32 are named as such, and any other bytes are reported at the line of the first one that is not UTF-8,
 * never replaced by U+FFFD. Pure.
 */
export function decodeSpecBytes(file: string, bytes: Uint8Array): SpecText {
  const wide = WIDE_ENCODINGS.find(
    ({ prefix }) =>
      bytes.length >= prefix.length && prefix.every((byte, i) => byte === 'any' || bytes[i] === byte),
  );
  if (wide) {
    return refuse(
      fileDiagnostic(
        file,
        1,
        1,
        'yaml/encoding',
        `the file is ${wide.name} text (${wide.mark ? 'it starts with that byte order mark' : 'its first bytes hold zeros as that encoding does'}), not UTF-8`,
        `save it as UTF-8, e.g. iconv -f ${wide.iconv} -t UTF-8`,
      ),
    );
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad < 0) return { text: new TextDecoder('utf-8').decode(bytes) };
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < bad; i++) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, bad)).length + 1;
  const byte = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return refuse(
    fileDiagnostic(
      file,
      line,
      column,
      'yaml/encoding',
      `the file is not UTF-8: byte 0x${byte} at byte offset ${String(bad)} does not belong to a UTF-8 character`,
      'save it as UTF-8 (single bytes above 0x7F like this one are typical of Latin-1 or Windows-1252: iconv -f WINDOWS-1252 -t UTF-8)',
    ),
  );
}

/**
 * Offset of the first byte that does not belong to a well-formed UTF-8 sequence (Unicode 15, table 3-7), or -1.
 * Overlong forms, surrogates and code points above U+10FFFF are not well-formed.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return i;
    }
    i += length;
  }
  return -1;
}

function fileDiagnostic(
  file: string,
  line: number,
  column: number,
  rule: string,
  message: string,
  fix: string,
): Diagnostic {
  return { file, line, column, severity: 'error', rule, message, fix, path: '' };
}

function refuse(diagnostic: Diagnostic): SpecText {
  return { diagnostics: [diagnostic], valid: false };
}
