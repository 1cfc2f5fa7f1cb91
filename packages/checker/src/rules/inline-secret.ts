import { defineRule } from "../rule";
import { configSections, formatPath, locAt, walkValues } from "../util/config";

/** Key names that hold secrets (identifier-like keys only: prose keys such as "Password Storage" are practices). */
const SECRET_KEY = /^(?:[A-Za-z_][\w-]*?)?(secret|password|passwd|pwd|api_?key|apikey|token|private_?key|access_?key|credentials?)$/i;

const KNOWN_PREFIXES: [RegExp, string][] = [
  [/\b[sr]k_(live|test)_[A-Za-z0-9]{8,}/, "a Stripe secret key"],
  [/\bwhsec_[A-Za-z0-9]{8,}/, "a webhook signing secret"],
  [/\bAKIA[0-9A-Z]{16}\b/, "an AWS access key id"],
  [/\b(ghp|gho|ghs|github_pat)_[A-Za-z0-9_]{20,}/, "a GitHub token"],
  [/\bxox[abprs]-[A-Za-z0-9-]{10,}/, "a Slack token"],
  [/\bSG\.[\w-]{16,}\.[\w-]{16,}/, "a SendGrid API key"],
  [/\bAIza[0-9A-Za-z_-]{30,}/, "a Google API key"],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, "a private key"],
  [/^eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]*$/, "a JWT"],
  [/^(Bearer|Basic)\s+[\w+/=.-]{16,}$/, "an Authorization header value"],
];

/** `scheme://user:pass@host`; local dev defaults (`@localhost`) are not secrets. */
const URL_CREDENTIALS = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@([^/:?#\s]+)/i;
const LOCAL_HOST = /^(localhost|127\.0\.0\.1|\[::1\]|host\.docker\.internal)$/i;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Bits per character; random keys score high, words and identifiers low. */
function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / s.length) * Math.log2(n / s.length);
  return bits;
}

/** Key material is one long run of base64/hex characters; identifiers are short words joined by separators. */
function looksRandom(s: string): boolean {
  if (s.length < 32 || !/^[\w+/=.-]+$/.test(s) || UUID.test(s)) return false;
  return (s.match(/[A-Za-z0-9+/]{24,}/g) ?? []).some((run) => /\d/.test(run) && /[A-Za-z]/.test(run) && entropy(run) >= 3.5);
}

/** Why the value looks like a secret, or undefined. */
export function secretReason(value: string, key: string | undefined): string | undefined {
  for (const [pattern, what] of KNOWN_PREFIXES) if (pattern.test(value)) return `looks like ${what}`;
  const host = URL_CREDENTIALS.exec(value)?.[1];
  if (host !== undefined && !LOCAL_HOST.test(host)) return "looks like a URL with an inline password";
  if (looksRandom(value)) return "looks like a random key or token";
  // Prose ("Password must be at least 8 characters") is a message, not a credential.
  if (key !== undefined && SECRET_KEY.test(key) && /^\S+$/.test(value)) return `is a plain string under '${key}'`;
  return undefined;
}

export default defineRule({
  id: "inline-secret",
  code: "SL4024",
  severity: "error",
  message: "Config value '{section}.{path}' {reason}; read secrets from the environment with {env: 'NAME'}.",
  docs: "No config section may inline a key, token or password: flags known key formats (sk_live_…, JWTs, private keys), long high-entropy strings, and plain strings under keys named *secret*, *password*, *apiKey*, *token*.",
  checklist: ["security"],
  check(ctx) {
    for (const { node } of configSections(ctx.ir)) {
      walkValues(node.value, ({ value, segments, key }) => {
        if (typeof value !== "string" || key === "env") return;
        // Job `input` maps parameter names to type descriptions (`resetToken: "string"`), not values.
        // List items (`fieldErrors.password[0]`) are messages about the key, never its value.
        const byKey = segments.at(-2) !== "input" && typeof segments.at(-1) === "string";
        const reason = secretReason(value, byKey ? key : undefined);
        if (reason) ctx.report({ section: node.name, path: formatPath(segments), reason }, locAt(node, segments));
      });
    }
  },
});
