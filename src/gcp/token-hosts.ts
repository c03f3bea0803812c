// Where the Google access token may go: the one rule, used by the API client, the endpoint overrides and the
// registry client alike.

/** Hosts that are this machine (tests and local emulators): plain HTTP to them crosses no network. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host === '::1';
}

/**
 * Google's own hosts: the APIs (`googleapis.com` and every name under it, regional, mTLS and Private Service
 * Connect forms such as `run-foo.p.googleapis.com` included) and the registries (Container Registry `gcr.io` and
 * its regional hosts, Artifact Registry `LOCATION-docker.pkg.dev`).
 */
function isGoogleHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    /(?:^|\.)googleapis\.com$/.test(host) ||
    /(?:^|\.)gcr\.io$/.test(host) ||
    /^[a-z0-9]+(?:-[a-z0-9]+)*-docker\.pkg\.dev$/.test(host)
  );
}

/** What may receive the token, as error messages state it. */
export const GOOGLE_TOKEN_HOSTS =
  'HTTPS to *.googleapis.com, gcr.io, *.gcr.io or *-docker.pkg.dev, or http(s) to localhost, 127.0.0.1 or [::1]';

/**
 * Whether `url` may receive the Google access token: over HTTPS to a Google host, or to `trustedHost` (`HOST[:PORT]`
 * exactly as in the URL: the registry of input `repository`, which the user sends the token to by choosing it);
 * over HTTP or HTTPS to this machine. Nothing else: not another registry, not a token service on another host,
 * not any host over plain HTTP.
 */
export function mayReceiveGoogleToken(url: string | URL, trustedHost?: string): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  if (target.username || target.password) return false;
  if (target.protocol !== 'https:' && target.protocol !== 'http:') return false;
  if (isLoopbackHost(target.hostname)) return true;
  if (target.protocol !== 'https:') return false;
  if (isGoogleHost(target.hostname)) return true;
  return trustedHost !== undefined && target.host === hostOf(trustedHost);
}

/** `HOST[:PORT]` as a URL spells it (lower case, HTTPS's default port dropped); '' when it is no host. */
function hostOf(host: string): string {
  try {
    return new URL(`https://${host}`).host;
  } catch {
    return '';
  }
}
