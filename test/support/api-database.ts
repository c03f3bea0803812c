import { afterAll, beforeAll } from 'vitest';
import type { TlsPostgres } from './postgres.js';
import { startTlsPostgres } from './postgres.js';

/** The roles and schema the smoke tests use: web_user may read api.items, anon may not; both are SET ROLE targets. */
export async function startApiDatabase(): Promise<TlsPostgres> {
  const database = await startTlsPostgres();
  await database.admin(
    [
      'create schema api',
      'create table api.items (id int primary key, note text)',
      "insert into api.items values (1, 'first'), (2, 'second')",
      'create role web_user nologin',
      'create role anon nologin',
      'grant usage on schema api to web_user, anon',
      'grant select on api.items to web_user',
      `grant web_user, anon to ${database.user}`,
    ].join('; '),
  );
  return database;
}

/** A JWT secret PostgREST accepts (32 characters or more), for tests. */
export const TEST_JWT_SECRET = 'a-secret-of-at-least-thirty-two-characters';

/** Start the API database before a test file's tests and stop it after them; call the getter inside tests. */
export function useApiDatabase(): () => TlsPostgres {
  let database: TlsPostgres | undefined;
  beforeAll(async () => {
    database = await startApiDatabase();
  });
  afterAll(async () => {
    await database?.stop();
  });
  return () => {
    if (!database) throw new Error('the API database is started in beforeAll');
    return database;
  };
}
