import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parsePostgrestVersion } from '../../src/postgrest/version.js';
import { checkSpec, renderSpec } from '../../src/spec/index.js';
import { billionLaughs } from '../support/bad-specs.js';

const TEMPLATE = readFileSync('test/fixtures/specs/valid/client-cert-keyword-value.yaml', 'utf8');
const lineOf = (text: string, needle: string): number =>
  text.split('\n').findIndex((line) => line.includes(needle)) + 1;

function check(text: string) {
  const version = parsePostgrestVersion('v14.17');
  if (!version) throw new Error('bad version');
  return checkSpec({
    file: 'svc.yaml',
    text,
    variables: new Map([['POSTGREST_VERSION', version.tag]]),
    postgrestVersion: version,
    allowUnsetBuiltins: true,
  });
}

const concurrency = (value: string): string =>
  TEMPLATE.replace('containerConcurrency: 80', `containerConcurrency: ${value}`);
const CONCURRENCY_LINE = lineOf(TEMPLATE, 'containerConcurrency: 80');

describe('what the parser refuses, each with one diagnostic at its place', () => {
  test.each([
    [
      'an empty file',
      '',
      'yaml/empty',
      1,
      1,
      /^the file holds no YAML document \(it is empty, or only comments\)$/,
    ],
    ['only whitespace', '\n  \n\n', 'yaml/empty', 1, 1, /holds no YAML document/],
    ['only comments', '# service.yaml\n\n# nothing yet\n', 'yaml/empty', 1, 1, /holds no YAML document/],
    ['only a document marker and a comment', '--- # soon\n', 'yaml/empty', 1, 1, /holds no YAML document/],
    [
      'a billion laughs',
      billionLaughs(),
      'yaml/alias-expansion',
      5,
      63,
      /^aliases expand the document by more than 10000 nodes at \*lol3 \(nested aliases multiply/,
    ],
    [
      'a wide but shallow expansion',
      `a: &a [${Array(200).fill('x').join(', ')}]\nb: [${Array(60).fill('*a').join(', ')}]\n`,
      'yaml/alias-expansion',
      2,
      // 49 aliases of 201 nodes stay within 10000; the 50th crosses it.
      5 + 49 * 4,
      /more than 10000 nodes at \*a/,
    ],
    [
      'an alias with no anchor',
      'a: 1\nb: *nowhere\n',
      'yaml/alias',
      2,
      4,
      /^the alias \*nowhere has no anchor &nowhere before it$/,
    ],
    ['an alias used before its anchor', 'b: *a\na: &a 1\n', 'yaml/alias', 1, 4, /has no anchor &a before it/],
    [
      'an alias inside its own anchor',
      'metadata:\n  labels: &l {self: *l}\n',
      'yaml/alias',
      2,
      21,
      /^the alias \*l is inside the value anchored &l: it would contain itself$/,
    ],
    [
      '1e400 (overflows to Infinity)',
      concurrency('1e400'),
      'yaml/not-finite',
      CONCURRENCY_LINE,
      29,
      /^1e400 is not a finite number$/,
    ],
    ['.nan', concurrency('.nan'), 'yaml/not-finite', CONCURRENCY_LINE, 29, /^\.nan is not a finite number$/],
    ['.inf', concurrency('.inf'), 'yaml/not-finite', CONCURRENCY_LINE, 29, /^\.inf is not a finite number$/],
    [
      '-.Inf',
      concurrency('-.Inf'),
      'yaml/not-finite',
      CONCURRENCY_LINE,
      29,
      /^-\.Inf is not a finite number$/,
    ],
    [
      'a 400-digit integer',
      concurrency(`1${'0'.repeat(400)}`),
      'yaml/not-finite',
      CONCURRENCY_LINE,
      29,
      /^10000000000000000000\.\.\. is not a finite number$/,
    ],
    [
      'an explicit !!float tag',
      concurrency('!!float "1e999"'),
      'yaml/not-finite',
      CONCURRENCY_LINE,
      37,
      /^"1e999" is not a finite number$/,
    ],
    [
      'a non-finite key',
      'apiVersion: serving.knative.dev/v1\n.inf: x\n',
      'yaml/not-finite',
      2,
      1,
      /^\.inf is not a finite number$/,
    ],
  ])('%s', (_, text, rule, line, column, message) => {
    const result = check(text);
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        file: 'svc.yaml',
        line,
        column,
        severity: 'error',
        rule,
        message: expect.stringMatching(message) as string,
      }),
    ]);
    expect(result.diagnostics[0]?.fix.length).toBeGreaterThan(5);
  });

  test('every non-finite number is reported at once', () => {
    const text = concurrency('.nan').replace('timeoutSeconds: 300', 'timeoutSeconds: 1e400');
    expect(check(text).diagnostics.map((d) => `${d.rule}@${String(d.line)}`)).toEqual([
      `yaml/not-finite@${String(CONCURRENCY_LINE)}`,
      `yaml/not-finite@${String(lineOf(TEMPLATE, 'timeoutSeconds'))}`,
    ]);
  });
});

describe('what the parser still accepts', () => {
  test.each([
    [
      'a quoted "1e400" is text',
      TEMPLATE.replace('sslmode=verify-ca', 'sslmode=verify-ca application_name=1e400'),
    ],
    [
      // yaml's own limit (maxAliasCount 100) would throw here, without a position: 150 uses of a one-node anchor.
      'one small anchor used 150 times',
      TEMPLATE.replace(
        'metadata:\n  name:',
        `metadata:\n  labels:\n${Array.from({ length: 150 }, (_, i) => `    l${String(i)}: ${i === 0 ? '&v ' : '*v'}${i === 0 ? 'same' : ''}`).join('\n')}\n  name:`,
      ),
    ],
  ])('%s', (_, text) => {
    const result = check(text);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.valid).toBe(true);
    expect(renderSpec(result, 'json')).toContain('"kind": "Service"');
  });
});
