import type { ApiRequest } from '../gcp/http.js';
import { apiBaseUrl, apiRefusal } from '../gcp/http.js';

/** A Knative object as JSON. */
export type Resource = Record<string, unknown>;

/** The Cloud Run Admin API v1 calls the deploy stage makes (a fake or the emulator in tests). */
export interface CloudRunApi {
  /** The service, or undefined when it does not exist (404). */
  getService(name: string): Promise<Resource | undefined>;
  createService(service: Resource, options?: { dryRun?: boolean }): Promise<Resource>;
  /** Replace; `conflict` when `metadata.resourceVersion` is stale (409). */
  replaceService(
    name: string,
    service: Resource,
    options?: { dryRun?: boolean },
  ): Promise<Resource | 'conflict'>;
  /** The revision, or undefined when it does not exist. */
  getRevision(name: string): Promise<Resource | undefined>;
}

/**
 * The Cloud Run API's base URL: `CLOUDSDK_API_ENDPOINT_OVERRIDES_RUN` used as given (no region prefix: for tests
 * and private endpoints), else the regional endpoint.
 */
export function runBaseUrl(region: string, override?: string): string {
  return apiBaseUrl(override, `https://${region}-run.googleapis.com`);
}

/** The API over an authorised JSON client. */
export function cloudRunApi(request: ApiRequest, baseUrl: string, projectId: string): CloudRunApi {
  const root = `${baseUrl}/apis/serving.knative.dev/v1/namespaces/${encodeURIComponent(projectId)}`;
  const query = (dryRun?: boolean) => (dryRun ? '?dryRun=all' : '');

  const fail = (what: string, status: number, body: unknown): never => {
    throw apiRefusal(
      'Cloud Run',
      what,
      { status, body },
      'check the credentials and that the account has roles/run.developer (and roles/iam.serviceAccountUser on the runtime service account)',
    );
  };

  return {
    async getService(name) {
      const { status, body } = await request('GET', `${root}/services/${encodeURIComponent(name)}`);
      if (status === 404) return undefined;
      if (status !== 200) return fail(`read service ${name}`, status, body);
      return body as Resource;
    },
    async createService(service, options) {
      const { status, body } = await request('POST', `${root}/services${query(options?.dryRun)}`, service);
      if (status !== 200 && status !== 201) return fail('create the service', status, body);
      return body as Resource;
    },
    async replaceService(name, service, options) {
      const url = `${root}/services/${encodeURIComponent(name)}${query(options?.dryRun)}`;
      const { status, body } = await request('PUT', url, service);
      if (status === 409) return 'conflict';
      if (status !== 200) return fail(`replace service ${name}`, status, body);
      return body as Resource;
    },
    async getRevision(name) {
      const { status, body } = await request('GET', `${root}/revisions/${encodeURIComponent(name)}`);
      if (status === 404) return undefined;
      if (status !== 200) return fail(`read revision ${name}`, status, body);
      return body as Resource;
    },
  };
}
