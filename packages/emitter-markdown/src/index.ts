/**
 * backend-spec.md in the documentation language: the seed's Output Structure,
 * every section derived from the IR. Also `.env.example` beside it.
 */
import { createDiagnostic, definePlugin, type EmitContext, type Emitter } from "@specloom/core";
import { availableLanguages } from "./catalogs";
import type { SectionContext } from "./context";
import { renderChunks, renderDocument, sectionContext, UnknownLanguageError } from "./document";
import { formatMarkdown } from "./render/format";
import { renderEnvExample } from "./sections/15-deployment";

export { availableLanguages, catalogFor, type Catalog } from "./catalogs";

export const BACKEND_SPEC_PATH = "backend-spec.md";
export const ENV_EXAMPLE_PATH = ".env.example";

/** The formatted document. Throws only for a language without a catalog (the CLI checks first). */
export async function renderBackendSpec(ctx: EmitContext): Promise<string> {
  return formatMarkdown(renderChunks(sectionContext(ctx)));
}

export const markdownEmitter: Emitter = {
  name: "markdown",
  artifact: "markdown",
  async emit(ctx) {
    let sc: SectionContext;
    try {
      sc = sectionContext(ctx);
    } catch (e) {
      if (!(e instanceof UnknownLanguageError)) throw e;
      const available = availableLanguages().join(", ");
      return { files: [], diagnostics: [createDiagnostic("unknown-language", { lang: e.language, available, hint: "" })] };
    }
    const { chunks, canonical } = renderDocument(sc);
    const content = await formatMarkdown(chunks, { canonical });
    return {
      files: [
        { path: BACKEND_SPEC_PATH, content },
        { path: ENV_EXAMPLE_PATH, content: renderEnvExample(sc) },
      ],
    };
  },
};

/** The markdown emitter, registered like any plugin's. */
export const markdownPlugin = definePlugin({ name: "markdown", emitters: [markdownEmitter] });
