/** Values in words, in the catalog's language: durations, rules, schedules. */
import cronstrue from "cronstrue/i18n";
import { mdCode, parseDuration, type Constraints, type NoRetry, type RateLimitNode, type RetryPolicy } from "@specloom/core";
import type { Catalog } from "../catalogs";

/** `15m` -> "15 minutes"; text that is not a duration is returned as written. */
export function durationWords(t: Catalog, text: string): string {
  const d = parseDuration(text);
  if (!d) return text;
  const [one, many] = t.duration[d.unit];
  return `${d.value} ${d.value === 1 ? one : many}`;
}

/** Seconds as the largest whole unit: 60 -> "minute", 120 -> "2 minutes". */
function windowWords(t: Catalog, seconds: number): string {
  const units = [
    ["d", 86400],
    ["h", 3600],
    ["m", 60],
    ["s", 1],
  ] as const;
  for (const [unit, size] of units) {
    if (seconds >= size && seconds % size === 0) {
      const n = seconds / size;
      return n === 1 ? t.duration[unit][0]! : `${n} ${t.duration[unit][1]}`;
    }
  }
  return `${seconds} ${t.duration.s[1]}`;
}

export function rateLimitWords(t: Catalog, r: RateLimitNode): string {
  return t.api.rateLimitText(r.limit, windowWords(t, r.windowSeconds), r.per === "ip" ? t.api.perIp : t.api.perUser);
}

export function retryWords(t: Catalog, retry: RetryPolicy | NoRetry | undefined): string | undefined {
  if (!retry) return undefined;
  if ("none" in retry) return t.retry.none(retry.reason);
  const parts = [t.retry.attempts(retry.attempts)];
  if (retry.backoff) parts.push(t.retry.backoff[retry.backoff]);
  if (retry.delay) parts.push(t.retry.delay(durationWords(t, retry.delay)));
  return parts.join(", ");
}

/** Cron in words via cronstrue's locale; undefined for an invalid expression. */
export function cronWords(t: Catalog, expression: string): string | undefined {
  try {
    return cronstrue.toString(expression, { locale: t.cronLocale, throwExceptionOnParseError: true });
  } catch {
    return undefined;
  }
}

/** Tag constraints as short phrases: "Valid email format", "max 255 chars". */
export function constraintWords(t: Catalog, c: Constraints | undefined, integer = false): string[] {
  const out: string[] = [];
  if (!c) return integer ? [t.rules.integer] : out;
  // A numeric int64 is said by the size below; on a string (no size) the format says it.
  if (c.format && !(c.format === "int64" && c.size)) out.push(t.rules.format[c.format]);
  if (c.customFormat !== undefined) out.push(t.rules.customFormat(mdCode(c.customFormat)));
  if (integer || c.size) out.push(c.size === "int64" ? t.rules.bigint : t.rules.integer);
  if (c.precision !== undefined) out.push(t.rules.precision(c.precision, c.scale ?? 0));
  if (c.minLength !== undefined) out.push(t.rules.minLength(c.minLength));
  if (c.maxLength !== undefined) out.push(t.rules.maxLength(c.maxLength));
  if (c.minimum !== undefined) out.push(t.rules.minimum(c.minimum));
  if (c.maximum !== undefined) out.push(t.rules.maximum(c.maximum));
  if (c.exclusiveMinimum !== undefined) out.push(t.rules.exclusiveMinimum(c.exclusiveMinimum));
  if (c.exclusiveMaximum !== undefined) out.push(t.rules.exclusiveMaximum(c.exclusiveMaximum));
  if (c.multipleOf !== undefined) out.push(t.rules.multipleOf(c.multipleOf));
  if (c.pattern !== undefined) out.push(c.patternMessage ?? t.rules.pattern(c.pattern));
  return out;
}
