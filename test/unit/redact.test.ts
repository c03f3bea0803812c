import { describe, expect, test } from 'vitest';
import { createRedactor } from '../../src/report/index.js';

describe('cutting secrets out of texts from remote servers', () => {
  test.each([
    [
      'a token quoted in an error body',
      ['ya29.a0AfB_byC-token'],
      'denied for Bearer ya29.a0AfB_byC-token',
      'denied for Bearer ***',
    ],
    ['every occurrence', ['secret-value-1234'], 'secret-value-1234 / secret-value-1234', '*** / ***'],
    [
      'a token that contains another secret is cut out whole',
      ['abcdefgh', 'xx.abcdefgh.yy'],
      'got xx.abcdefgh.yy',
      'got ***',
    ],
    [
      'a trailing newline of a secret file does not hide it',
      ['file-secret-1234\n'],
      'saw file-secret-1234',
      'saw ***',
    ],
    [
      "a JWK secret's key material on its own",
      [JSON.stringify({ keys: [{ kty: 'oct', kid: 'k1', k: 'c2VjcmV0LWtleS1ieXRlcy0xMjM0NTY3OA' }] })],
      'signature check failed with c2VjcmV0LWtleS1ieXRlcy0xMjM0NTY3OA',
      'signature check failed with ***',
    ],
    ['short strings are never treated as secrets', ['abc'], 'abc abc', 'abc abc'],
  ])('%s', (_, secrets, text, expected) => {
    const redactor = createRedactor();
    for (const secret of secrets) redactor.add(secret);
    expect(redactor.redact(text)).toBe(expected);
  });
});
