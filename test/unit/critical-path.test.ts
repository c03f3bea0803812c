// The pipeline's critical path, in-process with fakes: what does not depend on each other is asked at once (the
// service's first read, the secret, the registry), and the invoker's ID token is minted while the deploy runs.
// Orders and counts only, never durations.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test } from 'vitest';
import type { BuildDependencies } from '../../src/build/index.js';
import { parsePipelineConfig } from '../../src/config/index.js';
import { actionDefaults } from '../../src/defaults.js';
import type { PipelineDependencies, PipelineIo } from '../../src/pipeline.js';
import { runPipeline } from '../../src/pipeline.js';
import { fakeCloudRun, fakePipelineDependencies, fakePostgrest } from '../support/fakes.js';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const SPEC = readFileSync('cloudbuild/service.yaml', 'utf8');

let cloudRun: ReturnType<typeof fakeCloudRun>;
let run = 0;
beforeEach(() => {
  cloudRun = fakeCloudRun();
});

/** Run the pipeline with `inputs`; `wrap` changes the faked dependencies. */
async function pipeline(
  inputs: Record<string, string>,
  wrap: (deps: PipelineDependencies) => PipelineDependencies = (deps) => deps,
) {
  run += 1;
  const defaults = actionDefaults();
  const base: Record<string, string> = {
    project_id: 'demo-project',
    region: 'europe-west1',
    service: 'postgrest',
    repository: 'europe-west1-docker.pkg.dev/demo-project/postgrest',
    smoke_role: 'web_user',
    // The certificate preflight finishes before these reads start (its errors must stop a run before any build);
    // what runs at once after it is the subject here.
    preflight: 'false',
  };
  const config = parsePipelineConfig(
    (name) => ({ ...base, ...inputs })[name] ?? defaults[name] ?? '',
    (name) => `input \`${name}\``,
  );
  const lines: string[] = [];
  const io: PipelineIo = {
    log: (line) => lines.push(line),
    group: (name, fn) => {
      lines.push(`== ${name}`);
      return fn();
    },
    mask: () => undefined,
    setOutput: () => undefined,
    specFile: { name: 'cloudbuild/service.yaml', text: SPEC },
    run: { id: String(9_000 + run), attempt: '1' },
  };
  const deps = fakePipelineDependencies({
    cloudRun,
    secret: SECRET,
    postgrest: fakePostgrest(SECRET),
    log: io.log,
  });
  return runPipeline(config, io, wrap(deps));
}

/**
 * A meeting point: each named call waits there until every name has arrived. Calls made one after another never
 * all arrive, so the first gives up (after a while) and says who had started.
 */
function meetingPoint(names: readonly string[]) {
  const arrived: string[] = [];
  let open = (): void => undefined;
  const all = new Promise<void>((resolve) => (open = resolve));
  return {
    arrived,
    async at(name: string): Promise<void> {
      arrived.push(name);
      if (names.every((n) => arrived.includes(n))) open();
      let timer: NodeJS.Timeout | undefined;
      const alone = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          reject(
            new Error(`${name} had to finish before the others started (started: ${arrived.join(', ')})`),
          );
        }, 3_000);
      });
      try {
        await Promise.race([all, alone]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

describe('the critical path', () => {
  test("the service's first read, the secret and the registry are asked at once", async () => {
    const meet = meetingPoint(['service', 'secret', 'registry']);
    const once = new Set<string>();
    /** The first call of `name` waits at the meeting point. */
    const first = async <T>(name: string, call: () => Promise<T>): Promise<T> => {
      if (!once.has(name)) {
        once.add(name);
        await meet.at(name);
      }
      return call();
    };
    await pipeline({}, (deps) => ({
      ...deps,
      secrets: () => {
        const secrets = deps.secrets();
        return { access: (...args) => first('secret', () => secrets.access(...args)) };
      },
      cloudRun: (budget) => {
        const cloud = deps.cloudRun(budget);
        return {
          ...cloud,
          api: { ...cloud.api, getService: (name) => first('service', () => cloud.api.getService(name)) },
        };
      },
      build: (): BuildDependencies => {
        const build = deps.build();
        const transport = build.registryTransport;
        if (!transport) throw new Error('the fake build has a registry transport');
        return {
          ...build,
          registryTransport: (url, request) => first('registry', () => transport(url, request)),
        };
      },
    }));
    expect([...meet.arrived].sort()).toEqual(['registry', 'secret', 'service']);
  });

  test("the promotion and the tidy's list of revisions are asked at once", async () => {
    await pipeline({});
    const meet = meetingPoint(['promote', 'list']);
    let writes = 0;
    await pipeline({ postgrest_version: 'v14.18' }, (deps) => ({
      ...deps,
      cloudRun: (budget) => {
        const cloud = deps.cloudRun(budget);
        return {
          ...cloud,
          api: {
            ...cloud.api,
            // The run's second write is the promotion (the first deployed the revision).
            replaceService: async (name, service, options) => {
              writes += 1;
              if (writes === 2) await meet.at('promote');
              return cloud.api.replaceService(name, service, options);
            },
            listRevisions: async (name) => {
              await meet.at('list');
              return cloud.api.listRevisions(name);
            },
          },
        };
      },
    }));
    expect([...meet.arrived].sort()).toEqual(['list', 'promote']);
  });

  test("an existing service: the invoker's ID token is minted before the deploy writes, once", async () => {
    await pipeline({ invoker_auth: 'true' });
    const before = cloudRun.calls.length;
    const minted: string[] = [];
    await pipeline({ invoker_auth: 'true', postgrest_version: 'v14.18' }, (deps) => ({
      ...deps,
      credentials: () => {
        const credentials = deps.credentials();
        return {
          ...credentials,
          idToken: (audience) => {
            minted.push(audience);
            cloudRun.calls.push(`ID token for ${audience}`);
            return credentials.idToken(audience);
          },
        };
      },
    }));
    const calls = cloudRun.calls.slice(before);
    expect(minted).toEqual(['https://postgrest.fake.run.app']);
    expect(calls.indexOf('ID token for https://postgrest.fake.run.app')).toBeLessThan(
      calls.indexOf('PUT postgrest'),
    );
  });

  test('a new service: its URL is known only once created, so the token is minted then, once', async () => {
    const minted: string[] = [];
    await pipeline({ invoker_auth: 'true' }, (deps) => ({
      ...deps,
      credentials: () => ({
        ...deps.credentials(),
        idToken: (audience) => {
          minted.push(audience);
          return Promise.resolve('fake-id-token');
        },
      }),
    }));
    expect(minted).toEqual(['https://postgrest.fake.run.app']);
  });
});
