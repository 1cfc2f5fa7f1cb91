/** HTTP facts the front end checks and the importers respect, defined once. */

/** `type/subtype` with optional parameters (`text/csv; charset=utf-8`), RFC 9110 media-type. */
const MEDIA_TYPE =
  /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+\/[!#$%&'*+\-.^_`|~0-9A-Za-z]+(\s*;\s*[!#$%&'*+\-.^_`|~0-9A-Za-z]+=("[^"]*"|[!#$%&'*+\-.^_`|~0-9A-Za-z]+))*$/;

export const isMediaType = (value: string): boolean => MEDIA_TYPE.test(value);

/** Statuses that never carry a body (RFC 9110 §15.3.5, §15.4.5). */
export const BODILESS_STATUSES: ReadonlySet<number> = new Set([204, 304]);
