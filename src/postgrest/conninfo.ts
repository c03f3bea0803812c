/** One `keyword=value` of a libpq connection string, with where it is written. */
export interface ConninfoParameter {
  readonly keyword: string;
  readonly value: string;
  /** The text as written (for finding its position in the source). */
  readonly source: string;
}

/** A parsed libpq connection string, in either of libpq's two forms. */
export interface Conninfo {
  readonly form: 'keyword-value' | 'uri';
  readonly parameters: readonly ConninfoParameter[];
  /** True when a password is written in it: `password=`, or `user:password@` in a URI. */
  readonly hasPassword: boolean;
  /** Where the password is written, to point a diagnostic at it. */
  readonly passwordSource?: string;
  /** The user of a URI's `user[:password]@` (a `user=` parameter overrides it, as in libpq). */
  readonly uriUser?: string;
}

/** The last value of a keyword (libpq lets a later one win), or undefined. */
export function conninfoValue(conninfo: Conninfo, keyword: string): ConninfoParameter | undefined {
  return conninfo.parameters.findLast((p) => p.keyword === keyword);
}

/** The database user the connection string names (`user=`, else a URI's `user@`), or undefined. */
export function conninfoUser(conninfo: Conninfo): string | undefined {
  const parameter = conninfoValue(conninfo, 'user');
  return parameter ? parameter.value : conninfo.uriUser;
}

/**
 * Parse a libpq connection string: `host=db sslmode=verify-ca sslkey='/a b'` or
 * `postgresql://user:pw@host:5432/db?sslmode=verify-ca&sslkey=/opt/secrets/key`. Throws on malformed input, with
 * a message saying what is wrong and where — never a piece of the text, which may hold a password.
 */
export function parseConninfo(text: string): Conninfo {
  return /^postgres(?:ql)?:\/\//.test(text) ? parseUri(text) : parseKeywordValue(text);
}

function parseKeywordValue(text: string): Conninfo {
  const parameters: ConninfoParameter[] = [];
  let i = 0;
  const skipSpace = (): void => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  for (;;) {
    skipSpace();
    if (i >= text.length) break;
    const start = i;
    while (i < text.length && !/[\s=]/.test(text[i] ?? '')) i++;
    const keyword = text.slice(start, i);
    skipSpace();
    if (text[i] !== '=') {
      // The word may be the rest of a password cut by an unquoted space: say where, not what.
      throw new Error(
        `missing "=" after the word at character ${String(start + 1)} of the connection string (a value with a space must be quoted: '...')`,
      );
    }
    i++;
    skipSpace();
    let value = '';
    if (text[i] === "'") {
      i++;
      while (i < text.length && text[i] !== "'") {
        if (text[i] === '\\') i++;
        value += text[i] ?? '';
        i++;
      }
      if (text[i] !== "'") {
        throw new Error(
          `unterminated quoted value for the parameter at character ${String(start + 1)} of the connection string`,
        );
      }
      i++;
    } else {
      while (i < text.length && !/\s/.test(text[i] ?? '')) {
        if (text[i] === '\\') i++;
        value += text[i] ?? '';
        i++;
      }
    }
    parameters.push({ keyword, value, source: text.slice(start, i) });
  }
  const password = parameters.findLast((p) => p.keyword === 'password');
  return {
    form: 'keyword-value',
    parameters,
    hasPassword: password !== undefined && password.value !== '',
    ...(password ? { passwordSource: password.source } : {}),
  };
}

function parseUri(text: string): Conninfo {
  const afterScheme = text.replace(/^postgres(?:ql)?:\/\//, '');
  // As libpq reads it: user[:password] ends at the first @ that comes before any /; a ? or & in the password is
  // part of it, not the start of the parameters.
  const designator = afterScheme.search(/[@/]/);
  const hasUserinfo = designator >= 0 && afterScheme[designator] === '@';
  const userinfo = hasUserinfo ? afterScheme.slice(0, designator) : '';
  const rest = hasUserinfo ? afterScheme.slice(designator + 1) : afterScheme;
  const queryStart = rest.indexOf('?');
  const query = queryStart < 0 ? '' : rest.slice(queryStart + 1);
  const colon = userinfo.indexOf(':');
  const uriPassword = colon < 0 ? '' : userinfo.slice(colon + 1);
  const uriUser = decode(
    colon < 0 ? userinfo : userinfo.slice(0, colon),
    'the user of the connection string',
  );
  const parameters: ConninfoParameter[] = [];
  query.split('&').forEach((pair, index) => {
    if (!pair) return;
    const eq = pair.indexOf('=');
    const where = `URI parameter ${String(index + 1)}`;
    if (eq < 0) throw new Error(`missing "=" in ${where} of the connection string`);
    const keyword = decode(pair.slice(0, eq), where);
    parameters.push({ keyword, value: decode(pair.slice(eq + 1), `the value of ${keyword}`), source: pair });
  });
  const queryPassword = parameters.findLast((p) => p.keyword === 'password');
  const passwordSource = queryPassword?.source ?? (uriPassword ? userinfo : undefined);
  return {
    form: 'uri',
    parameters,
    hasPassword: uriPassword !== '' || (queryPassword !== undefined && queryPassword.value !== ''),
    ...(passwordSource ? { passwordSource } : {}),
    ...(uriUser ? { uriUser } : {}),
  };
}

function decode(text: string, where: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new Error(`invalid percent-encoding in ${where} of the connection string (write % as %25)`);
  }
}
