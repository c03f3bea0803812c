// Ports and probes: PostgREST ignores PORT, its admin server answers /ready and /live on a port of its own.
import { asInteger, asList, asRecord, asString, field } from '../../../json.js';
import type { Rule, RuleContext } from '../rule.js';
import { references, report } from '../rule.js';
import type { ContainerRef } from '../service-parts.js';
import { containersOf, envNamed, ingressContainer } from '../service-parts.js';
import { isAtLeast } from '../../../postgrest/index.js';
import { plainValue, postgrestContainers } from './container.js';
import { runsEntrypoint } from './image.js';

const DEFAULT_SERVER_PORT = 3000;
const DEFAULT_CONTAINER_PORT = 8080;

/** PostgREST ignores PORT: the port it listens on must be the container port Cloud Run sends requests to. */
export const ports: Rule = (context) => {
  for (const ref of postgrestContainers(context)) {
    // Behind a proxy sidecar (nginx as the ingress container), PostgREST listens on whatever port the proxy uses.
    if (ingressContainer(containersOf(context.service))?.index !== ref.index) {
      checkAdminPort(
        context,
        ref,
        asInteger(plainValue(envNamed(ref, 'PGRST_SERVER_PORT'))) ?? DEFAULT_SERVER_PORT,
      );
      continue;
    }
    const ports = asList(ref.container['ports']);
    const containerPortPath = [...ref.path, 'ports', 0, 'containerPort'];
    const containerPort = asInteger(field(ports[0], 'containerPort')) ?? DEFAULT_CONTAINER_PORT;
    const serverEntry = envNamed(ref, 'PGRST_SERVER_PORT');
    const serverPort = asInteger(plainValue(serverEntry));
    // The action's image (built from cloudbuild/) runs run.sh, which sets PGRST_SERVER_PORT from PORT when unset.
    const words = (key: string) =>
      asList(ref.container[key]).flatMap((w) => (typeof w === 'string' ? [w] : []));
    const entrypointMapsPort =
      references(context, [...ref.path, 'image'], 'IMAGE') &&
      (!('command' in ref.container) || runsEntrypoint(words('command'), words('args')));
    if (serverPort !== undefined && serverEntry) {
      if (serverPort !== containerPort) {
        report(context, {
          path: [...serverEntry.path, 'value'],
          rule: 'pgrst/server-port',
          message: `PGRST_SERVER_PORT ${serverPort} differs from the container port ${containerPort}: Cloud Run would send requests where nothing listens`,
          fix: `set containerPort: ${serverPort}, or PGRST_SERVER_PORT to "${containerPort}"`,
        });
      }
    } else if (!entrypointMapsPort && containerPort !== DEFAULT_SERVER_PORT) {
      report(context, {
        path: ports.length > 0 ? containerPortPath : ref.path,
        at: ports.length > 0 ? 'value' : 'key',
        rule: 'pgrst/server-port',
        message: `PostgREST ignores PORT and listens on ${DEFAULT_SERVER_PORT}, but the container port is ${containerPort}`,
        fix: `set ports: [{containerPort: ${DEFAULT_SERVER_PORT}}], or PGRST_SERVER_PORT: "${containerPort}"`,
      });
    }
    const effectiveServerPort = serverPort ?? (entrypointMapsPort ? containerPort : DEFAULT_SERVER_PORT);
    const adminPort = checkAdminPort(context, ref, effectiveServerPort);
    checkProbes(context, ref, adminPort, containerPort);
  }
};

/** From v13 the admin server's port must differ from the server's; returns the admin port, if set. */
function checkAdminPort(context: RuleContext, ref: ContainerRef, serverPort: number): number | undefined {
  const adminEntry = envNamed(ref, 'PGRST_ADMIN_SERVER_PORT');
  const adminPort = asInteger(plainValue(adminEntry));
  if (
    adminEntry &&
    adminPort !== undefined &&
    adminPort === serverPort &&
    isAtLeast(context.postgrestVersion, 13)
  ) {
    report(context, {
      path: [...adminEntry.path, 'value'],
      rule: 'pgrst/admin-port',
      message: `PGRST_ADMIN_SERVER_PORT ${adminPort} is the server port: PostgREST ${context.postgrestVersion.tag} refuses to start`,
      fix: `use another port, e.g. "${serverPort + 1}"`,
    });
  }
  return adminPort;
}

/** /ready and /live are served on the admin port only: a probe elsewhere fails every start. */
function checkProbes(
  context: RuleContext,
  ref: ContainerRef,
  adminPort: number | undefined,
  containerPort: number,
): void {
  const startup = asRecord(ref.container['startupProbe']);
  if (!startup) {
    report(context, {
      path: ref.path,
      at: 'key',
      severity: 'warning',
      rule: 'pgrst/startup-probe',
      message:
        'no startupProbe: Cloud Run sends traffic as soon as the port opens, before PostgREST has connected and loaded its schema cache',
      fix: `add startupProbe: {httpGet: {path: /ready, port: ${adminPort ?? 3001}}}${adminPort === undefined ? ' and PGRST_ADMIN_SERVER_PORT: "3001"' : ''}`,
    });
  }
  for (const kind of ['startupProbe', 'livenessProbe'] as const) {
    const probePath = asString(field(ref.container, kind, 'httpGet', 'path'));
    if (probePath === undefined || !['/ready', '/live'].includes(probePath.replace(/\?.*$/, ''))) continue;
    const portPath = [...ref.path, kind, 'httpGet', 'port'];
    const port = asInteger(field(ref.container, kind, 'httpGet', 'port')) ?? containerPort;
    if (adminPort === undefined) {
      report(context, {
        path: [...ref.path, kind, 'httpGet', 'path'],
        rule: 'pgrst/startup-probe',
        message: `${kind} checks ${probePath}, but the admin server is off (no PGRST_ADMIN_SERVER_PORT)`,
        fix: `set PGRST_ADMIN_SERVER_PORT: "${port === containerPort ? containerPort + 1 : port}" and probe that port`,
      });
    } else if (port !== adminPort) {
      report(context, {
        path:
          field(ref.container, kind, 'httpGet', 'port') === undefined
            ? [...ref.path, kind, 'httpGet']
            : portPath,
        rule: 'pgrst/startup-probe',
        message: `${kind} checks ${probePath} on port ${port}, but PostgREST serves it on the admin port ${adminPort}`,
        fix: `set ${kind}.httpGet.port: ${adminPort}`,
      });
    }
  }
}
