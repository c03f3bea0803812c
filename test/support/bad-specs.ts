import { readFileSync } from 'node:fs';

/** The default template: a valid spec to spoil one way at a time. */
const TEMPLATE = readFileSync('cloudbuild/service.yaml', 'utf8');

/** The classic "billion laughs": ten levels of ten aliases each, 10^9 strings once expanded. */
export function billionLaughs(): string {
  const lines = ['lol0: &lol0 "lol"'];
  for (let level = 1; level <= 9; level++) {
    lines.push(
      `lol${String(level)}: &lol${String(level)} [${Array(10)
        .fill(`*lol${String(level - 1)}`)
        .join(', ')}]`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** About 8 MB of distinct keys: minutes of the YAML parser's quadratic duplicate-key check if it were parsed. */
export function eightMegabytesOfKeys(): Buffer {
  const lines: string[] = [];
  for (let i = 0; i < 600_000; i++) lines.push(`key${String(i).padStart(7, '0')}: v`);
  return Buffer.from(`${lines.join('\n')}\n`);
}

/** A spec file that must be refused with one error diagnostic, whatever reads it (CLI or action). */
export interface BadSpec {
  readonly name: string;
  readonly bytes: () => Buffer;
  readonly rule: string;
  readonly line: number;
  /** What the diagnostic's message says. */
  readonly message: RegExp;
}

/** Bad spec files, each with the one diagnostic it must give. */
export const BAD_SPECS: readonly BadSpec[] = [
  {
    name: 'empty',
    bytes: () => Buffer.alloc(0),
    rule: 'yaml/empty',
    line: 1,
    message: /holds no YAML document/,
  },
  {
    name: 'comment-only',
    bytes: () => Buffer.from('# service.yaml\n# to be written\n'),
    rule: 'yaml/empty',
    line: 1,
    message: /holds no YAML document/,
  },
  {
    name: 'alias bomb',
    bytes: () => Buffer.from(billionLaughs()),
    rule: 'yaml/alias-expansion',
    line: 5,
    message: /aliases expand the document by more than 10000 nodes at \*lol3/,
  },
  {
    name: '8 MB of keys',
    bytes: eightMegabytesOfKeys,
    rule: 'yaml/too-large',
    line: 1,
    message: /the file is 8\.\d MiB \(\d+ bytes\), over the 1 MiB a spec may hold/,
  },
  {
    name: 'UTF-16',
    bytes: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEMPLATE, 'utf16le')]),
    rule: 'yaml/encoding',
    line: 1,
    message: /the file is UTF-16 little-endian text/,
  },
  {
    name: 'Latin-1',
    bytes: () => Buffer.from(TEMPLATE.replace('memory: 256Mi', 'memory: 256Mi # caf\u00e9'), 'latin1'),
    rule: 'yaml/encoding',
    line: TEMPLATE.split('\n').findIndex((line) => line.includes('memory: 256Mi')) + 1,
    message: /the file is not UTF-8: byte 0xE9 at byte offset \d+/,
  },
  {
    name: '1e400',
    bytes: () => Buffer.from(TEMPLATE.replace('containerConcurrency: 80', 'containerConcurrency: 1e400')),
    rule: 'yaml/not-finite',
    line: TEMPLATE.split('\n').findIndex((line) => line.includes('containerConcurrency')) + 1,
    message: /(?:^|[: ])1e400 is not a finite number; /,
  },
  {
    name: '.nan',
    bytes: () => Buffer.from(TEMPLATE.replace('timeoutSeconds: 300', 'timeoutSeconds: .nan')),
    rule: 'yaml/not-finite',
    line: TEMPLATE.split('\n').findIndex((line) => line.includes('timeoutSeconds')) + 1,
    message: /(?:^|[: ])\.nan is not a finite number; /,
  },
];
