// Secret Manager, the one call this action makes to it: read a secret version's payload (REST
// `versions/V:access`). Behind an interface, as Cloud Run's API is, so the smoke test and the preflight checks can be
// given a fake.
import { recordOf } from '../json.js';
import type { ApiRequest } from './http.js';
import { apiBaseUrl, apiErrorMessage } from './http.js';

export interface SecretManagerApi {
  /** The payload of `name` (`projects/P/secrets/S/versions/V`), handed to the mask callback before it is returned. */
  access(name: string): Promise<string>;
}

/** A secret version that could not be read; `status` is Secret Manager's HTTP status (403: no permission). */
export class SecretAccessError extends Error {
  override name = 'SecretAccessError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** Secret Manager's base URL: `CLOUDSDK_API_ENDPOINT_OVERRIDES_SECRETMANAGER` as given, else Google's. */
export function secretManagerBaseUrl(override?: string): string {
  return apiBaseUrl(override, 'https://secretmanager.googleapis.com');
}

/**
 * A secret version's full name from `projects/P/secrets/S/versions/V`, `projects/P/secrets/S:V`, `S:V` or `S`
 * (latest), as the `jwt_secret_ref` input and Cloud Run's secretKeyRef write it.
 */
export function secretVersionName(reference: string, projectId: string): string {
  const full = /^projects\/([^/]+)\/secrets\/([^/:]+)\/versions\/([^/]+)$/.exec(reference);
  if (full) return reference;
  const match = /^(?:projects\/([^/]+)\/secrets\/)?([A-Za-z0-9_-]{1,255})(?::([A-Za-z0-9_-]+))?$/.exec(
    reference,
  );
  if (!match) {
    throw new Error(
      `"${reference}" is not a secret reference: use projects/PROJECT/secrets/NAME/versions/VERSION, NAME:VERSION or NAME`,
    );
  }
  const [, project = projectId, name = '', version = 'latest'] = match;
  return `projects/${project}/secrets/${name}/versions/${version}`;
}

/**
 * Read a secret version's payload; `baseUrl` is {@link secretManagerBaseUrl}'s. The value is handed to `mask`
 * before it is returned. A refusal names the secret and, on 403/404, the role to grant.
 */
export async function accessSecret(
  request: ApiRequest,
  baseUrl: string,
  name: string,
  mask: (secret: string) => void,
): Promise<string> {
  const { status, body } = await request('GET', `${baseUrl.replace(/\/+$/, '')}/v1/${name}:access`);
  if (status !== 200) {
    const hint =
      status === 403 || status === 404
        ? ": grant roles/secretmanager.secretAccessor on it to the workflow's account, or give the secret as input `jwt_secret`"
        : '';
    throw new SecretAccessError(
      `Secret Manager refused to read ${name} (HTTP ${String(status)}: ${apiErrorMessage(body) ?? 'no message'})${hint}`,
      status,
    );
  }
  const data = recordOf(recordOf(body)['payload'])['data'];
  if (typeof data !== 'string')
    throw new SecretAccessError(`Secret Manager returned no payload for ${name}`, status);
  const secret = Buffer.from(data, 'base64').toString('utf8');
  mask(secret);
  return secret;
}

/** The API over an authorised JSON client. */
export function secretManagerApi(
  request: ApiRequest,
  baseUrl: string,
  mask: (secret: string) => void,
): SecretManagerApi {
  return { access: (name) => accessSecret(request, baseUrl, name, mask) };
}
