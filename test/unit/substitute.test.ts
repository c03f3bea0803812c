import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parsePostgrestVersion } from '../../src/postgrest/version.js';
import { checkSpec, renderSpec } from '../../src/spec/index.js';
import { expand } from '../../src/spec/substitute.js';

const values = new Map([
  ['IMAGE', 'r/i@sha256:abc'],
  ['NAME', 'api'],
  ['EMPTY', ''],
]);

describe('expand', () => {
  test.each([
    ['plain text', 'plain text', []],
    ['${NAME}', 'api', []],
    ['x-${NAME}-${NAME}', 'x-api-api', []],
    ['$${NAME}', '${NAME}', []],
    ['$$${NAME}', '$${NAME}', []], // leftmost first: "$" then the escape "$${"
    ['a $NAME b', 'a $NAME b', []],
    ['${EMPTY}x', 'x', []],
    ['${MISSING}', '${MISSING}', ['var/unknown']],
    ['${REGION}', '${REGION}', ['var/unset']],
    ['${1X}', '${1X}', ['var/malformed']],
    ['${A-B}', '${A-B}', ['var/malformed']],
    ['${NAME', '${NAME', ['var/malformed']],
    ['${}', '${}', ['var/malformed']],
  ])('%j → %j', (raw, text, rules) => {
    const result = expand(raw, values);
    expect(result.text).toBe(text);
    expect(result.problems.map((p) => p.rule)).toEqual(rules);
  });

  test('a deferred built-in stays as written and is listed as unresolved', () => {
    const result = expand('${SERVICE}-${NAME}', values, new Set(['SERVICE']));
    expect(result.text).toBe('${SERVICE}-api');
    expect(result.problems).toEqual([]);
    expect(result.unresolvedNames).toEqual(['SERVICE']);
  });
});

const SPEC = `apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: api
  labels:
    team: \${TEAM}
spec:
  template:
    spec:
      containers:
        - image: example/app:v1
          env:
            - name: GREETING
              value: \${GREETING}
`;

const V14 = (() => {
  const parsed = parsePostgrestVersion('v14.17');
  if (!parsed) throw new Error('unreachable');
  return parsed;
})();

function render(variables: Record<string, string>, text = SPEC) {
  return checkSpec({
    file: 'spec.yaml',
    text,
    variables: new Map(Object.entries(variables)),
    postgrestVersion: V14,
    allowUnsetBuiltins: false,
  });
}

describe('substitution into parsed values', () => {
  test('a value holding YAML is inserted as text and adds no field', () => {
    const result = render({ TEAM: 'x\n  injected: true', GREETING: 'hi' });
    expect(result.valid).toBe(true);
    expect(result.service).toMatchObject({ metadata: { labels: { team: 'x\n  injected: true' } } });
    for (const format of ['yaml', 'json'] as const) {
      const reread = parse(renderSpec(result, format)) as { metadata: Record<string, unknown> };
      expect(reread.metadata).not.toHaveProperty('injected');
      expect(reread.metadata['labels']).toEqual({ team: 'x\n  injected: true' });
    }
  });

  test('a value that looks like a number or boolean stays a string', () => {
    const result = render({ TEAM: '42', GREETING: 'yes' });
    expect(result.service).toMatchObject({ metadata: { labels: { team: '42' } } });
    const yaml = parse(renderSpec(result, 'yaml'), { version: '1.1' }) as {
      metadata: { labels: { team: unknown } };
    };
    expect(yaml.metadata.labels.team).toBe('42');
    expect(renderSpec(result, 'yaml')).toMatch(/value: ["']yes["']/);
  });

  test('flow syntax and comments in a value stay text', () => {
    const result = render({ TEAM: '{a: 1} # c', GREETING: '[1, 2]' });
    expect(result.service).toMatchObject({ metadata: { labels: { team: '{a: 1} # c' } } });
  });

  test('an unknown name is an error at its line and column', () => {
    const result = render({ GREETING: 'hi' });
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toMatchObject([{ rule: 'var/unknown', line: 6, column: 11 }]);
  });

  test('keys are not substituted', () => {
    const result = render({ TEAM: 't', GREETING: 'g' }, SPEC.replace('team:', '${TEAM}:'));
    expect(result.service).toMatchObject({ metadata: { labels: { '${TEAM}': 't' } } });
  });
});
