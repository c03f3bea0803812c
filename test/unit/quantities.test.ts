// Cloud Run's CPU and memory quantities, as a spec writes them.
import { describe, expect, test } from 'vitest';
import { parseCpu, parseMemory } from '../../src/spec/rules/quantity.js';

describe('quantities', () => {
  test.each([
    ['1', 1],
    ['500m', 0.5],
    ['0.25', 0.25],
    ['2', 2],
    ['1.5x', undefined],
    ['', undefined],
  ])('cpu %s', (text, value) => {
    expect(parseCpu(text)).toBe(value);
  });
  test.each([
    ['256Mi', 256 * 2 ** 20],
    ['1Gi', 2 ** 30],
    ['512M', 512e6],
    ['1e9', 1e9],
    ['lots', undefined],
    ['1GB', undefined],
  ])('memory %s', (text, value) => {
    expect(parseMemory(text)).toBe(value);
  });
});
