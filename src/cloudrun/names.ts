// How Cloud Run names things: services, revisions and traffic tags are DNS labels, with limits of their own. One
// home for these facts: the spec's rules, the inputs' parser and the deploy stage all ask here.

/** A DNS label (RFC 1123 as Cloud Run uses it): lower-case letters, digits and hyphens, starting with a letter. */
export const DNS_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

export function isDnsLabel(text: string, maxLength = 63): boolean {
  return text.length <= maxLength && DNS_LABEL.test(text);
}

/** The longest service name Cloud Run accepts. */
export const MAX_SERVICE_NAME = 49;
/** Cloud Run's limit on a tag and its service's name together: they form one DNS label of the tag's URL. */
export const TAG_AND_SERVICE_MAX = 46;
/** Cloud Run's shortest tag. */
export const TAG_MIN = 3;
