import { availableLanguages, catalogFor } from "@specloom/emitter-markdown";

/** Dotted paths of every leaf; arrays count as leaves with their length (lists must match too). */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) return [`${prefix}[${value.length}]`];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
  }
  return [`${prefix}:${typeof value}`];
}

describe("catalogs", () => {
  test("ships en and de, discovered from src/i18n", () => {
    expect(availableLanguages()).toEqual(expect.arrayContaining(["de", "en"]));
    expect(catalogFor("xx")).toBeUndefined();
  });

  test.each(availableLanguages())("%s has every key en has, and no others", (lang) => {
    const en = keyPaths(catalogFor("en"));
    expect(keyPaths(catalogFor(lang)).sort()).toEqual(en.sort());
  });

  test.each(availableLanguages())("%s has no empty strings", (lang) => {
    const walk = (v: unknown): string[] => (typeof v === "string" ? [v] : v && typeof v === "object" ? Object.values(v).flatMap(walk) : []);
    expect(walk(catalogFor(lang)).filter((s) => s.trim() === "")).toEqual([]);
  });

  test.each(availableLanguages())("%s formatter functions use their arguments", (lang) => {
    const t = catalogFor(lang)!;
    expect(t.title("Acme")).toContain("Acme");
    expect(t.api.rateLimitText(5, "x", "y")).toMatch(/5.*x.*y/);
    expect(t.deployment.envFileHeader("Acme").join(" ")).toContain("Acme");
  });
});
