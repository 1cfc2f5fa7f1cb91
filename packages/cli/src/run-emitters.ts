/**
 * Runs the enabled emitters of every plugin, in plugin order. A failing
 * emitter (a throw, or a file path outside the output directory or written
 * twice) becomes a diagnostic naming its plugin, through core's one guard.
 */
import { guardPluginCallAsync, type Diagnostic, type EmitContext, type EmittedFile, type EmitResult } from "@specloom/core";
import { nodeReuse } from "@specloom/model";
import { narrowFiles } from "./narrow-strings";
import { isOutputName } from "./output/safe-path";
import type { LoadedPlugin } from "./plugins";

type Timed = <T>(phase: string, run: () => T | Promise<T>) => Promise<T>;

export async function runEmitters(
  plugins: readonly LoadedPlugin[],
  artifacts: readonly string[],
  context: EmitContext,
  timed: Timed,
): Promise<{ files: EmittedFile[]; diagnostics: Diagnostic[] }> {
  const files: EmittedFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { plugin, options, loc } of plugins) {
    for (const emitter of plugin.emitters ?? []) {
      if (!artifacts.includes(emitter.artifact)) continue;
      const site = { plugin: plugin.name, what: "Emitter" as const, name: emitter.name, ...(loc ? { loc } : {}) };
      const result = await timed(`emit ${emitter.name}`, () =>
        guardPluginCallAsync(site, async (): Promise<EmitResult> => {
          const out = await emitter.emit({ ...context, options });
          const bad = out.files.map((f, i) => checkPath(f.path, [...files, ...out.files.slice(0, i)]) ?? checkContent(f)).find(Boolean);
          if (bad) throw new Error(`emitted ${bad}`);
          return out;
        }),
      );
      if (!result.ok) {
        diagnostics.push(result.diagnostic);
        continue;
      }
      diagnostics.push(...(result.value.diagnostics ?? []));
      // Watch mode skips the copy: it costs a rebuild tens of milliseconds, and the emitters keep their fragments anyway.
      files.push(...(nodeReuse() ? result.value.files : narrowFiles(result.value.files)));
    }
  }
  return { files, diagnostics };
}

/** Emitted paths are names the output folder accepts (see output/safe-path) and unique across every emitter. */
function checkPath(file: unknown, seen: readonly EmittedFile[]): string | undefined {
  // Plugin output is untrusted: the path may not even be a string.
  if (!isOutputName(file)) return typeof file === "string" ? `an invalid path '${file}'` : "a file without a path";
  if (seen.some((f) => f.path === file)) return `'${file}', which was already emitted`;
  return undefined;
}

/** The write encodes text: a Buffer or other value is the plugin's mistake, named here rather than failing the whole write. */
function checkContent(file: EmittedFile): string | undefined {
  const content: unknown = file.content;
  return typeof content === "string"
    ? undefined
    : `'${String(file.path)}' with content that is not a string (${content === null ? "null" : typeof content})`;
}
