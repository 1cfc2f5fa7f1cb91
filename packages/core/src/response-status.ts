/**
 * Response statuses as OpenAPI keys them: a code (`404`), a range of one class (`4XX`, uppercase as OpenAPI
 * spells it), or `default`, which describes every status the operation does not declare otherwise.
 */
import { closestName } from "./did-you-mean";
import type { ResponseStatus, StatusRange } from "./ir";

export const STATUS_RANGES: readonly StatusRange[] = ["1XX", "2XX", "3XX", "4XX", "5XX"];

export function isStatusRange(value: unknown): value is StatusRange {
  return typeof value === "string" && (STATUS_RANGES as readonly string[]).includes(value);
}

/** A responses key as written (`"200"`, `"4XX"`, `"default"`); undefined when it is none of them. */
export function parseResponseStatus(key: string): ResponseStatus | undefined {
  if (key === "default" || isStatusRange(key)) return key;
  return /^[1-5]\d\d$/.test(key) ? Number(key) : undefined;
}

/** The status a key that is none probably meant (`2xx` → `2XX`, `20X` → `2XX`, `Default` → `default`), if any. */
export function responseStatusSuggestion(key: string): string | undefined {
  const upper = key.toUpperCase();
  if (isStatusRange(upper)) return upper;
  if (/^[1-5][0-9X][0-9X]$/i.test(key)) return `${key.charAt(0)}XX`;
  return closestName(key.toLowerCase(), ["default"]);
}

/** What to tell the author of a key that is not a status: the range or `default` they probably meant, else "". */
export function responseStatusHint(key: string): string {
  const suggestion = responseStatusSuggestion(key);
  if (suggestion === undefined) return "";
  if (suggestion === "default") return ` Did you mean 'default'?`;
  const why = isStatusRange(key.toUpperCase()) ? "OpenAPI writes ranges with an uppercase X." : "A range stands for a whole class of statuses.";
  return ` Did you mean '${suggestion}'? ${why}`;
}

/** The class (1 to 5) of a code or range; undefined for `default`. */
export function statusClass(status: ResponseStatus): number | undefined {
  if (typeof status === "number") return Math.floor(status / 100);
  return status === "default" ? undefined : Number(status.charAt(0));
}

/** Whether the status is, or is the range of, a success (2xx). */
export function isSuccessStatus(status: ResponseStatus): boolean {
  return statusClass(status) === 2;
}

/** Where a status sorts: codes by number, then ranges, then `default`. */
function statusRank(status: ResponseStatus): number {
  if (typeof status === "number") return status;
  return status === "default" ? 1000 : 600 + Number(status.charAt(0));
}

/**
 * The order of a responses object: `200, 404, 2XX, 4XX, default`. A JavaScript object (and so the JSON and YAML
 * written from it) puts integer keys first whatever the insertion order, so any other order would not survive.
 */
export function compareStatuses(a: ResponseStatus, b: ResponseStatus): number {
  return statusRank(a) - statusRank(b);
}

/**
 * Whether a declared status documents the code: the code itself, or the range of its class. `default` covers
 * nothing by name: it is the fallback for what an API did not foresee, so a rule asking for a status still asks.
 */
export function statusCovers(declared: ResponseStatus, code: number): boolean {
  return declared === code || (isStatusRange(declared) && statusClass(declared) === Math.floor(code / 100));
}

/** The status in a generated name (`GetUserResponse404`, `GetUserResponse4XX`, `GetUserResponseDefault`). */
export function statusNamePart(status: ResponseStatus): string {
  return status === "default" ? "Default" : String(status);
}
