// Google Cloud, as every stage reaches it: credentials, one authorised JSON client, where the access token may go,
// and the Secret Manager client.
export type { Credentials } from './auth.js';
export { loadCredentials } from './auth.js';
export { commonJs, loadGoogleAuthLibrary } from './libraries.js';
export type { ApiClientOptions, ApiRequest, ApiResponse, SimpleResponse, Transport } from './http.js';
export {
  ApiError,
  apiBaseUrl,
  apiErrorMessage,
  apiRefusal,
  checkEndpointOverrides,
  createApiClient,
  nodeFetch,
  nodeTransport,
  RETRYABLE_STATUSES,
} from './http.js';
export type { SecretManagerApi } from './secret-manager.js';
export {
  accessSecret,
  SecretAccessError,
  secretManagerApi,
  secretManagerBaseUrl,
  secretVersionName,
} from './secret-manager.js';
export { GOOGLE_TOKEN_HOSTS, isLoopbackHost, mayReceiveGoogleToken } from './token-hosts.js';
