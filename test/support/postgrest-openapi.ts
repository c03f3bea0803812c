// The PostgREST stand-in's OpenAPI root (`GET /`), a Swagger 2.0 document built as PostgREST builds it, from the
// real PostgreSQL catalog, inside the request's transaction (the role already SET):
// - openapi-mode follow-privileges (the default): the tables, views, materialized views and foreign tables of the
//   schema on which the role has any table privilege or any column privilege (or whose owner it is a member of),
//   and the functions it may EXECUTE; ignore-privileges: every one of the schema.
// - A table's path lists GET, and POST, PATCH and DELETE when the relation is insertable, updatable or deletable
//   (tables always; views by pg_relation_is_updatable): PostgREST derives the methods from the relation, not from
//   the role's privileges. Its definition lists every column (from the schema cache, not per column privilege).
// - A function is /rpc/NAME: POST, and GET too unless it is volatile; its body schema lists the arguments.
// Written from PostgREST's documented behaviour and its source's SQL semantics; the SQL and the shapes are our own.
import type pg from 'pg';

type Json = Record<string, unknown>;

/** How the root is served: PostgREST's `openapi-mode`. */
export type OpenApiMode = 'follow-privileges' | 'ignore-privileges' | 'disabled';

const TABLES_SQL = `
  select c.oid, c.relname as name,
    c.relkind in ('r', 'p') or (c.relkind in ('v', 'f') and (pg_relation_is_updatable(c.oid::regclass, true) & 8) = 8) as insertable,
    c.relkind in ('r', 'p') or (c.relkind in ('v', 'f') and (pg_relation_is_updatable(c.oid::regclass, true) & 4) = 4) as updatable,
    c.relkind in ('r', 'p') or (c.relkind in ('v', 'f') and (pg_relation_is_updatable(c.oid::regclass, true) & 16) = 16) as deletable
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = $1 and c.relkind in ('v', 'r', 'm', 'f', 'p') and not c.relispartition
    and ($2 or pg_has_role(c.relowner, 'USAGE')
      or has_table_privilege(c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
      or has_any_column_privilege(c.oid, 'SELECT, INSERT, UPDATE, REFERENCES'))
  order by c.relname`;

const COLUMNS_SQL = `
  select a.attrelid as oid, a.attname as name, format_type(a.atttypid, null) as type, not a.attnotnull as nullable
  from pg_attribute a
  where a.attrelid = any($1::oid[]) and a.attnum > 0 and not a.attisdropped
  order by a.attrelid, a.attnum`;

const FUNCTIONS_SQL = `
  select p.proname as name, p.provolatile as volatility, p.proargnames as all_names,
    p.proargmodes::text[] as modes,
    array(select format_type(t, null) from unnest(p.proargtypes) with ordinality as u(t, i) order by u.i) as arg_types
  from pg_proc p join pg_namespace n on n.oid = p.pronamespace
  where n.nspname = $1 and p.prokind = 'f' and p.prorettype <> 'trigger'::regtype
    and ($2 or has_function_privilege(p.oid, 'execute'))
  order by p.proname`;

/** Swagger's type of a PostgreSQL type, as PostgREST maps it (json and jsonb have none). */
function swaggerType(type: string): Json {
  if (type.endsWith('[]')) return { type: 'array', format: type, items: swaggerType(type.slice(0, -2)) };
  const integer = { smallint: 'int32', integer: 'int32', bigint: 'int64' }[type];
  if (integer) return { type: 'integer', format: integer };
  if (['numeric', 'real', 'double precision'].includes(type)) return { type: 'number', format: type };
  if (type === 'boolean') return { type: 'boolean', format: type };
  if (type === 'json' || type === 'jsonb') return { format: type };
  return { type: 'string', format: type };
}

interface TableRow {
  oid: number;
  name: string;
  insertable: boolean;
  updatable: boolean;
  deletable: boolean;
}

interface ColumnRow {
  oid: number;
  name: string;
  type: string;
  nullable: boolean;
}

interface FunctionRow {
  name: string;
  volatility: string;
  all_names: string[] | null;
  modes: string[] | null;
  arg_types: string[];
  /** The input arguments' names ('' when unnamed), filled in from all_names and modes. */
  arg_names: string[];
}

/** The input arguments' names: proargnames covers OUT arguments too, which proargmodes tells apart. */
function inputNames(fn: Omit<FunctionRow, 'arg_names'>): string[] {
  const names = fn.all_names ?? [];
  const positions = fn.modes
    ? fn.modes.flatMap((mode, i) => (['i', 'b', 'v'].includes(mode) ? [i] : []))
    : fn.arg_types.map((_, i) => i);
  return positions.map((i) => names[i] ?? '');
}

/** The path item of a table or view: GET always; the writes when the relation takes them. */
function tablePath(table: TableRow, columns: readonly ColumnRow[]): Json {
  const filters = columns.map((c) => ({ $ref: `#/parameters/rowFilter.${table.name}.${c.name}` }));
  const operation = (more: Json): Json => ({ tags: [table.name], ...more });
  const writable = table.insertable || table.updatable || table.deletable;
  return {
    get: operation({
      parameters: [...filters, { $ref: '#/parameters/select' }, { $ref: '#/parameters/limit' }],
      responses: {
        200: {
          description: 'OK',
          schema: { type: 'array', items: { $ref: `#/definitions/${table.name}` } },
        },
        206: { description: 'Partial Content' },
      },
    }),
    ...(writable
      ? {
          post: operation({
            parameters: [{ $ref: `#/parameters/body.${table.name}` }, { $ref: '#/parameters/select' }],
            responses: { 201: { description: 'Created' } },
          }),
          patch: operation({
            parameters: [...filters, { $ref: `#/parameters/body.${table.name}` }],
            responses: { 204: { description: 'No Content' } },
          }),
          delete: operation({ parameters: filters, responses: { 204: { description: 'No Content' } } }),
        }
      : {}),
  };
}

/** The path item of a function: POST with its arguments as the body; GET too unless it is volatile. */
function functionPath(fn: FunctionRow): Json {
  const args = fn.arg_names.map((name, i) => [name, fn.arg_types[i] ?? 'text'] as const);
  const operation = (parameters: Json[]): Json => ({
    tags: [`(rpc) ${fn.name}`],
    parameters,
    produces: ['application/json', 'application/vnd.pgrst.object+json'],
    responses: { 200: { description: 'OK' } },
  });
  const body = {
    name: 'args',
    in: 'body',
    required: true,
    schema: {
      type: 'object',
      properties: Object.fromEntries(args.map(([name, type]) => [name, swaggerType(type)])),
    },
  };
  const post = operation([body, { $ref: '#/parameters/preferParams' }]);
  if (fn.volatility === 'v') return { post };
  const query = args.map(([name, type]) => ({ name, in: 'query', required: false, ...swaggerType(type) }));
  return { get: operation(query), post };
}

/** A function PostgREST can call: named arguments, or one unnamed json, jsonb, text, bytea or xml argument. */
function callable(fn: FunctionRow): boolean {
  const unnamed = fn.arg_names.filter((name) => name === '').length;
  return (
    unnamed === 0 ||
    (unnamed === 1 &&
      fn.arg_names.length === 1 &&
      ['json', 'jsonb', 'text', 'bytea', 'xml'].includes(fn.arg_types[0] ?? ''))
  );
}

/** The OpenAPI document of `schema` as the current role sees it (the caller has SET ROLE). */
export async function openApiDocument(
  client: pg.PoolClient,
  options: { schema: string; mode: Exclude<OpenApiMode, 'disabled'>; version: string },
): Promise<Json> {
  const ignore = options.mode === 'ignore-privileges';
  const tables = (await client.query<TableRow>(TABLES_SQL, [options.schema, ignore])).rows;
  const columns = (await client.query<ColumnRow>(COLUMNS_SQL, [tables.map((t) => t.oid)])).rows;
  const functions = (await client.query<FunctionRow>(FUNCTIONS_SQL, [options.schema, ignore])).rows
    .map((fn) => ({ ...fn, arg_names: inputNames(fn) }))
    .filter((fn) => callable(fn));
  const columnsOf = (table: TableRow) => columns.filter((c) => c.oid === table.oid);
  const root = {
    get: {
      tags: ['Introspection'],
      summary: 'OpenAPI description (this document)',
      produces: ['application/openapi+json', 'application/json'],
      responses: { 200: { description: 'OK' } },
    },
  };
  return {
    swagger: '2.0',
    info: {
      title: 'PostgREST API',
      description: 'This is a dynamic API generated by PostgREST',
      version: options.version,
    },
    host: '0.0.0.0:3000',
    basePath: '/',
    schemes: ['http'],
    consumes: ['application/json', 'text/csv'],
    produces: ['application/json', 'text/csv'],
    paths: Object.fromEntries([
      ['/', root],
      ...tables.map((t) => [`/${t.name}`, tablePath(t, columnsOf(t))]),
      ...functions.map((fn) => [`/rpc/${fn.name}`, functionPath(fn)]),
    ]),
    definitions: Object.fromEntries(
      tables.map((t) => [
        t.name,
        {
          type: 'object',
          required: columnsOf(t)
            .filter((c) => !c.nullable)
            .map((c) => c.name),
          properties: Object.fromEntries(columnsOf(t).map((c) => [c.name, swaggerType(c.type)])),
        },
      ]),
    ),
  };
}
