// Texts from remote servers (API error bodies, smoke responses) may carry what this run sent them: an access token
// echoed by a proxy, a token quoted in an error. The runner masks what `core.setSecret` was given in the action's
// log, but nothing masks the CLI's output, and the job summary is a file: each secret is also kept here and cut out
// of every text before it is printed or written.

/** Shorter strings are never secrets this action handles (tokens and the 32+ character JWT secret are long). */
const MIN_SECRET_LENGTH = 8;

export interface Redactor {
  /** Remember `secret`: from now on `redact` removes it (and, for a JSON key set, each key's secret parts). */
  readonly add: (secret: string) => void;
  /** `text` with every remembered secret replaced by `***`. */
  readonly redact: (text: string) => string;
}

/** The secret members of a JWK (RFC 7517/7518): symmetric `k`, private `d`, and RSA's private factors. */
const SECRET_JWK_MEMBERS = ['k', 'd', 'p', 'q', 'dp', 'dq', 'qi'];

/** The parts of a JWK or JWKS secret that print on their own (a key's `k` quoted in an error, say). */
function jwkSecretParts(secret: string): string[] {
  if (!secret.trimStart().startsWith('{')) return [];
  try {
    const parsed = JSON.parse(secret) as { keys?: unknown };
    const keys = Array.isArray(parsed.keys) ? (parsed.keys as unknown[]) : [parsed];
    return keys.flatMap((key) =>
      key && typeof key === 'object'
        ? SECRET_JWK_MEMBERS.map((member) => (key as Record<string, unknown>)[member]).filter(
            (value): value is string => typeof value === 'string',
          )
        : [],
    );
  } catch {
    return [];
  }
}

export function createRedactor(): Redactor {
  const secrets = new Set<string>();
  return {
    add(secret) {
      for (const part of [secret, secret.trim(), ...jwkSecretParts(secret)]) {
        if (part.length >= MIN_SECRET_LENGTH) secrets.add(part);
      }
    },
    redact(text) {
      let result = text;
      // Longest first: a token that contains another secret is cut out whole.
      for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
        result = result.split(secret).join('***');
      }
      return result;
    },
  };
}
