// Where the Google access token goes: only to Google's hosts (and `repository`'s), over HTTPS; plain HTTP only to
// this machine.
import { describe, expect, test } from 'vitest';
import { mayReceiveGoogleToken } from '../../src/gcp/token-hosts.js';

describe('the one rule: may this URL receive the Google access token', () => {
  test.each([
    ['https://run.googleapis.com/v1', true],
    ['https://europe-west1-run.googleapis.com/apis', true],
    ['https://run-myendpoint.p.googleapis.com/', true],
    ['https://private.googleapis.com/', true],
    ['https://googleapis.com/', true],
    ['https://RUN.GOOGLEAPIS.COM:443/', true],
    ['https://europe-west1-docker.pkg.dev/v2/p/r/i/manifests/t', true],
    ['https://us-docker.pkg.dev/v2/', true],
    ['https://gcr.io/v2/', true],
    ['https://eu.gcr.io/v2/', true],
    ['http://localhost:8080/', true],
    ['https://localhost/', true],
    ['http://127.0.0.1:5000/v2/', true],
    ['http://[::1]:9/', true],
    // plain HTTP elsewhere
    ['http://run.googleapis.com/v1', false],
    ['http://europe-west1-docker.pkg.dev/v2/', false],
    ['http://gcr.io/v2/', false],
    // other hosts, lookalikes included
    ['https://example.com/', false],
    ['https://127.0.0.2/', false],
    ['http://127.0.0.2:5000/', false],
    ['http://us-west1-localhost:8080/', false],
    ['https://localhost.example.com/', false],
    ['https://registry-1.docker.io/v2/', false],
    ['https://auth.docker.io/token', false],
    ['https://ghcr.io/v2/', false],
    ['https://googleapis.com.example.com/', false],
    ['https://evilgoogleapis.com/', false],
    ['https://gcr.io.example.com/v2/', false],
    ['https://notgcr.io/v2/', false],
    ['https://docker.pkg.dev/v2/', false],
    ['https://europe-west1-docker.pkg.dev.example.com/v2/', false],
    ['https://run.googleapis.com@example.com/', false],
    ['https://user:pass@run.googleapis.com/', false],
    ['ftp://run.googleapis.com/', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(mayReceiveGoogleToken(url)).toBe(allowed);
  });

  test.each([
    ['https://registry.example.com/v2/', 'registry.example.com', true],
    ['https://registry.example.com:5000/v2/', 'registry.example.com:5000', true],
    ['https://registry.example.com/v2/', 'REGISTRY.example.com:443', true],
    ['https://registry.example.com/v2/', 'registry.example.com:5000', false],
    ['https://registry.example.com:5000/v2/', 'registry.example.com', false],
    ['https://auth.example.com/token', 'registry.example.com', false],
    ['http://registry.example.com/v2/', 'registry.example.com', false],
  ])('%s with repository host %s → %s', (url, host, allowed) => {
    expect(mayReceiveGoogleToken(url, host)).toBe(allowed);
  });
});
