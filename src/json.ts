// Guarded readers of JSON-like data: specs and API answers are read defensively — a rule runs even when the schema
// found errors, and an API answer is never trusted to have the shape its documentation gives it.

/** The value as a mapping, or undefined when it is not one (null and lists are not). */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The value as a mapping, or an empty one: for reading a path of optional fields. */
export function recordOf(value: unknown): Record<string, unknown> {
  return asRecord(value) ?? {};
}

export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A whole number, or a string of digits (gcloud sends those as numbers). */
export function asInteger(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^[-+]?\d+$/.test(value)) return Number(value);
  return undefined;
}

/** The value at a path of keys and indexes; undefined where the path does not exist. */
export function field(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}
