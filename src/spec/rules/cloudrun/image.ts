import { asString } from '../../../json.js';
import type { ImageProblem } from '../../../image-reference.js';
import { parseImageName } from '../../../image-reference.js';
import { BUILTIN_VARIABLES } from '../../substitute.js';
import type { Rule } from '../rule.js';
import { isDeferred, report, reportInValue } from '../rule.js';
import { containersOf } from '../service-parts.js';

/**
 * Every container's image is a valid reference. gcloud sends any string; Cloud Run refuses the revision (or fails
 * to pull) when the name has capitals, a stand-in such as `PROJECT_ID`, or a malformed tag or digest.
 * `${IMAGE}` and other references left for the deploy stage are checked once they have their value.
 */
export const image: Rule = (context) => {
  for (const ref of containersOf(context.service)) {
    const path = [...ref.path, 'image'];
    const text = asString(ref.container['image']);
    if (text === undefined || isDeferred(context, path)) continue;
    const parsed = parseImageName(text);
    if ('name' in parsed) continue;
    const { message, fix } = describe(text, parsed.problem);
    const part = 'part' in parsed.problem ? parsed.problem.part : undefined;
    if (part === undefined) report(context, { path, rule: 'cloudrun/image', message, fix });
    else reportInValue(context, { path, needle: part, rule: 'cloudrun/image', message, fix });
  }
};

function describe(text: string, problem: ImageProblem): { message: string; fix: string } {
  const image = `image "${text}"`;
  switch (problem.kind) {
    case 'empty':
      return { message: 'image is empty', fix: 'name the image, e.g. postgrest/postgrest:v14.17' };
    case 'too-long':
      return {
        message: `${image} is longer than the 255 characters a registry and repository name may have`,
        fix: 'use a shorter repository path',
      };
    case 'placeholder': {
      const builtin = BUILTIN_VARIABLES.find(
        (name) => name === problem.part.toUpperCase().replace(/-/g, '_'),
      );
      return {
        message: `${image} has "${problem.part}" in it, which looks like a placeholder, not a value`,
        fix: builtin
          ? `put the real value there, or write \${${builtin}} to have the action fill it in`
          : 'put the real value there',
      };
    }
    case 'uppercase':
      return {
        message: `${image}: repository path component "${problem.part}" has capitals; image references are lower case`,
        fix: `write it in lower case ("${problem.part.toLowerCase()}"), as the registry names it`,
      };
    case 'component':
      return {
        message: `${image}: "${problem.part}" is not a valid repository path component`,
        fix: 'use lower-case letters and digits, separated by a single ".", "_", "__" or "-" (no empty components)',
      };
    case 'domain':
      return {
        message: `${image}: registry host "${problem.part}" is not a host name with an optional port`,
        fix: 'write HOST[:PORT]/PATH, e.g. europe-west1-docker.pkg.dev/my-project/my-repo/postgrest',
      };
    case 'tag':
      return {
        message: `${image}: tag "${problem.part}" is not a valid tag`,
        fix: 'a tag has up to 128 letters, digits, "_", "." and "-", and does not start with "." or "-"',
      };
    case 'digest':
      return {
        message: `${image}: digest "${problem.part}" is not a valid digest`,
        fix: 'write @sha256: followed by the 64 lower-case hex digits of the manifest digest',
      };
  }
}
