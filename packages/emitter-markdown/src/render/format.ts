/**
 * Prettier's markdown formatter. The standalone build plus its markdown plugin
 * avoids prettier's dynamic `import()`, which jest's VM cannot run.
 */
import * as prettier from "prettier/standalone";
import * as markdown from "prettier/plugins/markdown";
import { isCanonical } from "./canonical";

const OPTIONS: Parameters<typeof prettier.format>[1] = { parser: "markdown", plugins: [markdown], proseWrap: "preserve" };

/** Batch size that keeps prettier near its per-call overhead and below its superlinear range. */
const BATCH_CHARS = 16_000;

export interface FormatOptions {
  /** Send every chunk through prettier (tests compare this with the fast path). */
  readonly all?: boolean;
  /** Per chunk: already known to be canonical (Md.chunkList), so not checked again. */
  readonly canonical?: readonly boolean[];
}

/**
 * Formats the document chunk by chunk (cut at headings; nothing prettier does
 * reaches across one). Chunks the builder already printed canonically are kept
 * as they are; the others go to prettier in batches, since it costs
 * milliseconds per call and grows superlinearly with input size.
 */
export async function formatMarkdown(chunks: readonly string[], options: FormatOptions = {}): Promise<string> {
  const out: string[] = [];
  let batch: string[] = [];
  let size = 0;
  const flush = async () => {
    if (batch.length) out.push((await prettier.format(`${batch.join("\n\n")}\n`, OPTIONS)).trimEnd());
    batch = [];
    size = 0;
  };
  for (const [i, chunk] of chunks.entries()) {
    if (!options.all && (options.canonical?.[i] === true || isCanonical(chunk))) {
      await flush();
      out.push(chunk);
      continue;
    }
    if (size + chunk.length > BATCH_CHARS) await flush();
    batch.push(chunk);
    size += chunk.length;
  }
  await flush();
  return `${out.join("\n\n")}\n`;
}
