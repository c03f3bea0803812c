// What a role sees of the API, read from PostgREST's OpenAPI root (Swagger 2.0), and how two such views differ:
// the paths (tables, views, functions), their methods, and the columns of each (a function's: its arguments).
// Pure: documents in, differences and their one-line descriptions out.

/** What one path offers a role. */
export interface PathExposure {
  /** Upper-case HTTP methods, in GET, POST, PATCH, PUT, DELETE order. */
  readonly methods: readonly string[];
  /** A table's or view's columns; a function's arguments. */
  readonly columns: readonly string[];
}

/** What a role sees: each path but the root, by path. */
export type Surface = ReadonlyMap<string, PathExposure>;

/** How one path differs for a role between production and the new revision. */
export interface PathChange {
  readonly path: string;
  /** New to the role, gone for it, or there in both with other methods or columns. */
  readonly change: 'added' | 'removed' | 'changed';
  readonly methodsAdded: readonly string[];
  readonly methodsRemoved: readonly string[];
  readonly columnsAdded: readonly string[];
  readonly columnsRemoved: readonly string[];
}

const METHOD_ORDER = ['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE'];
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const keysOf = (value: unknown): string[] => (isRecord(value) ? Object.keys(value) : []);

/** The argument names a function's operations declare: the body schema's properties, or the query parameters. */
function argumentsOf(item: Record<string, unknown>): string[] {
  const names = new Set<string>();
  for (const operation of Object.values(item)) {
    const parameters =
      isRecord(operation) && Array.isArray(operation['parameters']) ? operation['parameters'] : [];
    for (const parameter of parameters as unknown[]) {
      if (!isRecord(parameter)) continue;
      if (parameter['in'] === 'body')
        keysOf(isRecord(parameter['schema']) ? parameter['schema']['properties'] : {}).forEach((n) =>
          names.add(n),
        );
      else if (parameter['in'] === 'query' && typeof parameter['name'] === 'string')
        names.add(parameter['name']);
    }
  }
  return [...names];
}

/**
 * What a role sees, from an OpenAPI document as PostgREST serves it at `/`; undefined when the body is not one
 * (PostgREST v12 with openapi-mode disabled answers `{}`). A table's columns are its definition's properties.
 */
export function surfaceOf(document: unknown): Surface | undefined {
  if (!isRecord(document) || document['swagger'] !== '2.0' || !isRecord(document['paths'])) return undefined;
  const definitions = isRecord(document['definitions']) ? document['definitions'] : {};
  const surface = new Map<string, PathExposure>();
  for (const [path, item] of Object.entries(document['paths'])) {
    if (path === '/' || !isRecord(item)) continue;
    const methods = Object.keys(item)
      .map((m) => m.toUpperCase())
      .filter((m) => METHOD_ORDER.includes(m))
      .sort((a, b) => METHOD_ORDER.indexOf(a) - METHOD_ORDER.indexOf(b));
    const definition = definitions[path.slice(1)];
    const columns = path.startsWith('/rpc/')
      ? argumentsOf(item)
      : keysOf(isRecord(definition) ? definition['properties'] : undefined);
    surface.set(path, { methods, columns });
  }
  return surface;
}

const minus = (a: readonly string[], b: readonly string[]): string[] => a.filter((x) => !b.includes(x));

/** How `after` (the new revision) differs from `before` (production), path by path in `after`'s order. */
export function diffSurfaces(before: Surface, after: Surface): PathChange[] {
  const none: PathExposure = { methods: [], columns: [] };
  const paths = [...after.keys(), ...[...before.keys()].filter((p) => !after.has(p))];
  return paths.flatMap((path): PathChange[] => {
    const old = before.get(path);
    const now = after.get(path);
    const a = old ?? none;
    const b = now ?? none;
    const change: PathChange = {
      path,
      change: !old ? 'added' : !now ? 'removed' : 'changed',
      methodsAdded: minus(b.methods, a.methods),
      methodsRemoved: minus(a.methods, b.methods),
      columnsAdded: minus(b.columns, a.columns),
      columnsRemoved: minus(a.columns, b.columns),
    };
    const moved = [change.methodsAdded, change.methodsRemoved, change.columnsAdded, change.columnsRemoved];
    return old && now && moved.every((list) => list.length === 0) ? [] : [change];
  });
}

/** Whether a change shows the role something production did not: a path, a method or a column. */
export function isGrowth(change: PathChange): boolean {
  return change.methodsAdded.length > 0 || change.columnsAdded.length > 0;
}

const list = (names: readonly string[]): string => names.join(', ');

/**
 * One change in a line: `+GET, POST /users (id, email)` for a new path, `-GET /users` for a gone one,
 * `/users: +POST, -DELETE, +columns (ssn)` for one whose methods or columns moved.
 */
export function describeChange(change: PathChange): string {
  if (change.change === 'added') {
    return `+${list(change.methodsAdded)} ${change.path}${change.columnsAdded.length > 0 ? ` (${list(change.columnsAdded)})` : ''}`;
  }
  if (change.change === 'removed') return `-${list(change.methodsRemoved)} ${change.path}`;
  const parts = [
    ...change.methodsAdded.map((m) => `+${m}`),
    ...change.methodsRemoved.map((m) => `-${m}`),
    ...(change.columnsAdded.length > 0 ? [`+columns (${list(change.columnsAdded)})`] : []),
    ...(change.columnsRemoved.length > 0 ? [`-columns (${list(change.columnsRemoved)})`] : []),
  ];
  return `${change.path}: ${parts.join(', ')}`;
}
