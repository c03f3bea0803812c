import { readFileSync } from 'node:fs';
import { GoogleAuth, OAuth2Client } from 'google-auth-library';

const SCOPE = 'https://www.googleapis.com/auth/cloud-platform';

/** Google credentials for every API the pipeline calls. */
export interface Credentials {
  /** Where the credentials come from, for logs (never the token itself). */
  readonly source: string;
  /** What Google's generated clients take as `auth`. */
  readonly auth: GoogleAuth;
  /** A current OAuth access token, already handed to the mask callback. */
  accessToken(): Promise<string>;
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
    const client = new OAuth2Client();
    client.setCredentials({ access_token: token });
    return {
      source: 'CLOUDSDK_AUTH_ACCESS_TOKEN_FILE',
      auth: new GoogleAuth({ authClient: client, scopes: SCOPE }),
      accessToken: () => Promise.resolve(token),
    };
  }

  // The file google-github-actions/auth writes (an external_account configuration) is named here; read it from
  // the environment given, so the CLI and the action see the same settings.
  const keyFilename = env['GOOGLE_APPLICATION_CREDENTIALS'];
  const auth = new GoogleAuth({ scopes: SCOPE, ...(keyFilename ? { keyFilename } : {}) });
  return {
    source: 'application default credentials',
    auth,
    accessToken: async () => {
      let token: string | null | undefined;
      try {
        token = await auth.getAccessToken();
      } catch (error) {
        throw new Error(
          `no Google credentials (${error instanceof Error ? error.message : String(error)}): run google-github-actions/auth before this step, or set CLOUDSDK_AUTH_ACCESS_TOKEN_FILE`,
        );
      }
      if (!token) throw new Error('application default credentials returned no access token');
      mask(token);
      return token;
    },
  };
}
