import { GoogleApiError, startGoogleApiServer } from './google-api-server.js';

/**
 * An emulator of Secret Manager v1's `versions/V:access` (what the smoke and preflight stages call): secrets by
 * full version name, `latest` resolving to the highest version, 404 for unknown ones, 401 without a bearer token,
 * 403 for the secrets (`projects/P/secrets/S`) in `denied`, as when the caller lacks secretAccessor on them.
 */
export async function startSecretManagerEmulator(
  secrets: Record<string, string>,
  options: { readonly denied?: readonly string[] } = {},
) {
  const requests: string[] = [];
  const server = await startGoogleApiServer(
    ({ path }) => {
      const match = /^\/v1\/(projects\/[^/]+\/secrets\/[^/]+)\/versions\/([^/:]+):access$/.exec(path);
      if (!match) throw new GoogleApiError(404, `no such method ${path}`);
      const [, secret = '', version = ''] = match;
      if (options.denied?.includes(secret)) {
        throw new GoogleApiError(
          403,
          `Permission 'secretmanager.versions.access' denied for resource '${secret}/versions/${version}' (or it may not exist).`,
        );
      }
      const versions = Object.keys(secrets)
        .filter((name) => name.startsWith(`${secret}/versions/`))
        .sort((a, b) => Number(a.split('/').at(-1)) - Number(b.split('/').at(-1)));
      const name = version === 'latest' ? versions.at(-1) : `${secret}/versions/${version}`;
      const value = name ? secrets[name] : undefined;
      if (!name || value === undefined) {
        throw new GoogleApiError(404, `Secret Version [${secret}/versions/${version}] not found.`);
      }
      return { body: { name, payload: { data: Buffer.from(value).toString('base64') } } };
    },
    {
      onRequest: ({ method, path }) => {
        requests.push(`${method} ${path}`);
      },
    },
  );
  return { url: `http://127.0.0.1:${String(server.port)}/`, requests, close: server.close };
}
