// Volumes and their mounts.
import { asList, asRecord, asString, field } from '../../../json.js';
import type { Rule, RuleContext } from '../rule.js';
import { report } from '../rule.js';
import { containerLabel, containersOf, TEMPLATE_SPEC } from '../service-parts.js';

/** The declared volumes, each named once with exactly one source; returns their names. */
function declaredVolumes(context: RuleContext): Set<string> {
  const volumesPath = [...TEMPLATE_SPEC, 'volumes'];
  const declared = new Set<string>();
  asList(field(context.service, ...volumesPath)).forEach((volume, i) => {
    const path = [...volumesPath, i];
    const name = asString(field(volume, 'name'));
    if (name !== undefined) {
      if (declared.has(name))
        report(context, {
          path: [...path, 'name'],
          rule: 'cloudrun/volume-unique',
          message: `volume name "${name}" is declared twice`,
          fix: 'give each volume its own name',
        });
      declared.add(name);
    }
    const sources = ['secret', 'emptyDir', 'csi', 'nfs', 'configMap'].filter(
      (s) => s in (asRecord(volume) ?? {}),
    );
    if (sources.length !== 1) {
      report(context, {
        path: sources[1] ? [...path, sources[1]] : path,
        at: sources[1] ? 'key' : 'value',
        rule: 'cloudrun/volume-source',
        message: `volume "${name ?? i}" must have exactly one of secret, emptyDir, csi, nfs (it has ${sources.length ? sources.join(', ') : 'none'})`,
        fix: 'keep one source',
      });
    } else if (sources[0] === 'secret' && asString(field(volume, 'secret', 'secretName')) === undefined) {
      report(context, {
        path: [...path, 'secret'],
        at: 'key',
        rule: 'cloudrun/volume-source',
        message: `secret volume "${name ?? i}" has no secretName`,
        fix: 'set secretName to the Secret Manager secret',
      });
    }
  });
  return declared;
}

/** Every mount names a declared volume, at an absolute path of its own. */
function checkMounts(context: RuleContext, declared: ReadonlySet<string>): void {
  for (const ref of containersOf(context.service)) {
    const mountPaths = new Set<string>();
    asList(ref.container['volumeMounts']).forEach((mount, i) => {
      const path = [...ref.path, 'volumeMounts', i];
      const name = asString(field(mount, 'name'));
      if (name !== undefined && !declared.has(name)) {
        report(context, {
          path: [...path, 'name'],
          rule: 'cloudrun/volume-mount',
          message: `volumeMount names volume "${name}", which is not declared`,
          fix: `declare it under spec.template.spec.volumes${declared.size ? ` or use one of ${[...declared].map((d) => `"${d}"`).join(', ')}` : ''}`,
        });
      }
      const mountPath = asString(field(mount, 'mountPath'));
      if (mountPath === undefined) return;
      if (!mountPath.startsWith('/')) {
        report(context, {
          path: [...path, 'mountPath'],
          rule: 'cloudrun/volume-mount',
          message: `mountPath "${mountPath}" is not absolute`,
          fix: 'start it with /',
        });
      }
      const normalized = mountPath.replace(/\/+$/, '');
      if (mountPaths.has(normalized)) {
        report(context, {
          path: [...path, 'mountPath'],
          rule: 'cloudrun/volume-mount',
          message: `two volumes are mounted at ${mountPath} in container ${containerLabel(ref)}`,
          fix: 'mount each volume at its own directory',
        });
      }
      mountPaths.add(normalized);
    });
  }
}

/** Volumes unique, each with one supported source; every mount names a declared volume at its own path. */
export const volumes: Rule = (context) => {
  checkMounts(context, declaredVolumes(context));
};
