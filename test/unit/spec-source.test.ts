import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { decodeSpecBytes, firstInvalidUtf8, MAX_SPEC_BYTES, readSpecFile } from '../../src/spec/source.js';
import { eightMegabytesOfKeys } from '../support/bad-specs.js';

const bytes = (...values: number[]): Buffer => Buffer.from(values);
const text = (value: string): Buffer => Buffer.from(value, 'utf8');

describe('decodeSpecBytes', () => {
  test.each([
    ['ASCII', text('kind: Service\n'), 'kind: Service\n'],
    ['UTF-8 with multi-byte characters', text('# café ✓ 𝄞\nkind: Service\n'), '# café ✓ 𝄞\nkind: Service\n'],
    ['UTF-8 with a byte order mark (dropped)', bytes(0xef, 0xbb, 0xbf, 0x6b, 0x3a, 0x20, 0x76), 'k: v'],
    ['an empty file (the parser reports it)', bytes(), ''],
  ])('%s is text', (_, input, expected) => {
    expect(decodeSpecBytes('s.yaml', input)).toEqual({ text: expected });
  });

  test.each([
    [
      'UTF-16 LE with BOM',
      Buffer.concat([bytes(0xff, 0xfe), Buffer.from('k: v\n', 'utf16le')]),
      /UTF-16 little-endian text \(it starts with that byte order mark\)/,
      /iconv -f UTF-16LE -t UTF-8/,
    ],
    [
      'UTF-16 BE with BOM',
      Buffer.concat([bytes(0xfe, 0xff), Buffer.from('k: v\n', 'utf16le').swap16()]),
      /UTF-16 big-endian text/,
      /iconv -f UTF-16BE/,
    ],
    [
      'UTF-32 LE with BOM',
      bytes(0xff, 0xfe, 0, 0, 0x6b, 0, 0, 0),
      /UTF-32 little-endian text \(it starts/,
      /iconv -f UTF-32LE/,
    ],
    [
      'UTF-32 BE with BOM',
      bytes(0, 0, 0xfe, 0xff, 0, 0, 0, 0x6b),
      /UTF-32 big-endian text/,
      /iconv -f UTF-32BE/,
    ],
    [
      'UTF-16 LE without BOM',
      Buffer.from('k: v\n', 'utf16le'),
      /UTF-16 little-endian text \(its first bytes hold zeros/,
      /UTF-16LE/,
    ],
    [
      'UTF-16 BE without BOM',
      Buffer.from('k: v\n', 'utf16le').swap16(),
      /UTF-16 big-endian text \(its first bytes/,
      /UTF-16BE/,
    ],
    ['UTF-32 LE without BOM', bytes(0x6b, 0, 0, 0, 0x3a, 0, 0, 0), /UTF-32 little-endian text/, /UTF-32LE/],
  ])('%s is refused naming the encoding, at 1:1', (_, input, message, fix) => {
    const result = decodeSpecBytes('s.yaml', input);
    expect(result.text).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        file: 's.yaml',
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'yaml/encoding',
        message: expect.stringMatching(message) as string,
        fix: expect.stringMatching(fix) as string,
      }),
    ]);
  });

  test.each([
    [
      'a Latin-1 é in a comment',
      Buffer.concat([text('a: 1\nb: 2\n# caf'), bytes(0xe9), text('\n')]),
      3,
      6,
      'E9',
      15,
    ],
    ['a lone continuation byte', Buffer.concat([text('k: '), bytes(0x80)]), 1, 4, '80', 3],
    ['an overlong encoding of "/"', Buffer.concat([text('k: '), bytes(0xc0, 0xaf)]), 1, 4, 'C0', 3],
    [
      'a UTF-16 surrogate written as UTF-8',
      Buffer.concat([text('x\nk: '), bytes(0xed, 0xa0, 0x80)]),
      2,
      4,
      'ED',
      5,
    ],
    [
      'a code point above U+10FFFF',
      Buffer.concat([text('k: '), bytes(0xf4, 0x90, 0x80, 0x80)]),
      1,
      4,
      'F4',
      3,
    ],
    ['a sequence cut off at the end', Buffer.concat([text('k: ✓'), bytes(0xe2, 0x9c)]), 1, 5, 'E2', 6],
    [
      'a bad byte after multi-byte characters on its line',
      Buffer.concat([text('k: ✓✓'), bytes(0xff)]),
      1,
      6,
      'FF',
      9,
    ],
  ])('%s is refused at its line and column, naming the byte', (_, input, line, column, byte, offset) => {
    const result = decodeSpecBytes('s.yaml', input);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        line,
        column,
        rule: 'yaml/encoding',
        message: `the file is not UTF-8: byte 0x${byte} at byte offset ${String(offset)} does not belong to a UTF-8 character`,
      }),
    ]);
  });
});

describe('firstInvalidUtf8', () => {
  test('agrees with a fatal TextDecoder on random bytes and on random text', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let seed = 42;
    const random = (): number => {
      // xorshift32: deterministic, so a failure can be replayed.
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) / 2 ** 32;
    };
    const codePoint = (): number => {
      const value = Math.floor(random() * 0x110000);
      return value >= 0xd800 && value <= 0xdfff ? value - 0x800 : value;
    };
    for (let round = 0; round < 6000; round++) {
      const valid = Buffer.from(String.fromCodePoint(...Array.from({ length: 4 }, codePoint)));
      const flipped = Buffer.from(valid);
      flipped[Math.floor(random() * flipped.length)] = Math.floor(random() * 256);
      const noise = Buffer.from(
        Array.from({ length: 1 + Math.floor(random() * 8) }, () => Math.floor(random() * 256)),
      );
      const sample = [valid, flipped, noise][round % 3] ?? valid;
      let decodes = true;
      try {
        decoder.decode(sample);
      } catch {
        decodes = false;
      }
      expect(firstInvalidUtf8(sample) < 0, sample.toString('hex')).toBe(decodes);
    }
  });
});

describe('readSpecFile', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pgrst-source-'));
  const write = (name: string, content: Buffer | string): string => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    return file;
  };
  const read = (file: string) => readSpecFile({ path: file, file: 'svc.yaml', input: 'input `spec`' });

  test('a spec is read as its text', () => {
    expect(read(write('ok.yaml', 'kind: Service\n'))).toEqual({ text: 'kind: Service\n' });
  });

  test.each([
    ['8 MB of keys', eightMegabytesOfKeys(), /the file is 8\.\d MiB/],
    [
      'one byte over 1 MiB',
      Buffer.alloc(MAX_SPEC_BYTES + 1, 0x20),
      /the file is 1\.0 MiB \(1048577 bytes\), over the 1 MiB a spec may hold \(it was not parsed\)$/,
    ],
  ])('%s is refused before parsing, at line 1', (name, content, message) => {
    const result = read(write(`${name}.yaml`, content));
    expect(result).toEqual({
      valid: false,
      diagnostics: [
        expect.objectContaining({
          file: 'svc.yaml',
          line: 1,
          column: 1,
          rule: 'yaml/too-large',
          message: expect.stringMatching(message) as string,
        }),
      ],
    });
  });

  test('exactly 1 MiB is still read', () => {
    const content = Buffer.alloc(MAX_SPEC_BYTES, 0x20);
    expect(read(write('limit.yaml', content)).text).toHaveLength(MAX_SPEC_BYTES);
  });

  test.each([
    [
      'a directory',
      () => {
        mkdirSync(path.join(dir, 'deploy'), { recursive: true });
        return path.join(dir, 'deploy');
      },
      /^input `spec`: "svc\.yaml" is a directory; name the service YAML file in it/,
    ],
    [
      'a missing file',
      () => path.join(dir, 'missing.yaml'),
      /^input `spec`: "svc\.yaml" cannot be read \(ENOENT\)$/,
    ],
    [
      'a FIFO (which would wait for a writer)',
      () => {
        const fifo = path.join(dir, 'fifo.yaml');
        execFileSync('mkfifo', [fifo]);
        return fifo;
      },
      /^input `spec`: "svc\.yaml" is not a regular file/,
    ],
  ])('%s is an input error naming the input', (_, make, message) => {
    const file = make();
    expect(() => read(file)).toThrow(ConfigError);
    expect(() => read(file)).toThrow(message);
  });
});
