import { readFileSync } from 'node:fs';
import type { GoogleAuth } from 'google-auth-library';
import { loadGoogleAuthLibrary } from './libraries.js';

const SCOPE = 'https://www.googleapis.com/auth/cloud-platform';

/** Google credentials for every API the pipeline calls. */
export interface Credentials {
  /** Where the credentials come from, for logs (never the token itself). */
  readonly source: string;
  /** A current OAuth access token, already handed to the mask callback. */
  accessToken(): Promise<string>;
  /**
   * A Google ID token for `audience` (an IAM-protected Cloud Run URL), already handed to the mask callback: from
   * the service account the credentials are, or impersonate (google-github-actions/auth with a service_account).
   */
  idToken(audience: string): Promise<string>;
}

/**
 * Credentials named the way gcloud names them, so one setting serves both: `CLOUDSDK_AUTH_ACCESS_TOKEN_FILE` (a
 * file holding an access token), else Application Default Credentials — which is what
 * google-github-actions/auth sets up (an external_account file in `GOOGLE_APPLICATION_CREDENTIALS`).
 *
 * @param mask called with every token as soon as it exists, before anything can print it
 */
export function loadCredentials(env: NodeJS.ProcessEnv, mask: (secret: string) => void): Credentials {
  const tokenFile = env['CLOUDSDK_AUTH_ACCESS_TOKEN_FILE'];
  if (tokenFile) {
    let token: string;
    try {
      token = readFileSync(tokenFile, 'utf8').trim();
    } catch (error) {
      throw new Error(
        `CLOUDSDK_AUTH_ACCESS_TOKEN_FILE names "${tokenFile}", which cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): write an access token there, or unset it to use application default credentials`,
      );
    }
    if (!token) {
      throw new Error(`CLOUDSDK_AUTH_ACCESS_TOKEN_FILE "${tokenFile}" is empty: write an access token there`);
    }
    mask(token);
    return {
      source: 'CLOUDSDK_AUTH_ACCESS_TOKEN_FILE',
      accessToken: () => Promise.resolve(token),
      idToken: () =>
        Promise.reject(
          new Error(
            'invoker_auth needs credentials that can mint ID tokens (a service account, or google-github-actions/auth with service_account); CLOUDSDK_AUTH_ACCESS_TOKEN_FILE holds an access token only',
          ),
        ),
    };
  }

  // The file google-github-actions/auth writes (an external_account configuration) is named here; read it from
  // the environment given, so the CLI and the action see the same settings.
  const keyFilename = env['GOOGLE_APPLICATION_CREDENTIALS'];
  // The library is loaded only for these credentials, from now on, so a token file never parses it.
  const loading = loadGoogleAuthLibrary().then(
    ({ GoogleAuth }) => new GoogleAuth({ scopes: SCOPE, ...(keyFilename ? { keyFilename } : {}) }),
  );
  loading.catch(() => undefined);
  return {
    source: 'application default credentials',
    accessToken: async () => {
      let token: string | null | undefined;
      try {
        token = await (await loading).getAccessToken();
      } catch (error) {
        throw new Error(
          `no Google credentials (${error instanceof Error ? error.message : String(error)}): run google-github-actions/auth before this step, or set CLOUDSDK_AUTH_ACCESS_TOKEN_FILE`,
        );
      }
      if (!token) throw new Error('application default credentials returned no access token');
      mask(token);
      return token;
    },
    idToken: async (audience) => {
      const token = await adcIdToken(await loading, keyFilename, audience);
      mask(token);
      return token;
    },
  };
}

/**
 * An ID token from application default credentials. google-auth-library mints them for service-account keys and on
 * Google's runtimes; an external_account file (Workload Identity Federation) that impersonates a service account
 * gets one from the IAM Credentials API's generateIdToken, next to the generateAccessToken it is configured with.
 */
async function adcIdToken(
  auth: GoogleAuth,
  keyFilename: string | undefined,
  audience: string,
): Promise<string> {
  let file: { type?: string; service_account_impersonation_url?: string } = {};
  if (keyFilename) {
    try {
      file = JSON.parse(readFileSync(keyFilename, 'utf8')) as typeof file;
    } catch {
      // not readable here: google-auth-library reports it below
    }
  }
  if (file.type === 'external_account') {
    const impersonation = file.service_account_impersonation_url;
    if (!impersonation?.endsWith(':generateAccessToken')) {
      throw new Error(
        'invoker_auth needs an ID token, and these Workload Identity Federation credentials impersonate no service account: give google-github-actions/auth a service_account',
      );
    }
    const url = impersonation.replace(/:generateAccessToken$/, ':generateIdToken');
    const client = await auth.getClient();
    const response = await client.request<{ token?: string }>({
      url,
      method: 'POST',
      data: { audience, includeEmail: true },
    });
    if (!response.data.token) throw new Error('the IAM Credentials API returned no ID token');
    return response.data.token;
  }
  try {
    const client = await auth.getIdTokenClient(audience);
    return await client.idTokenProvider.fetchIdToken(audience);
  } catch (error) {
    throw new Error(
      `cannot mint an ID token for ${audience} (${error instanceof Error ? error.message : String(error)}): invoker_auth needs a service account, or google-github-actions/auth with service_account`,
    );
  }
}
