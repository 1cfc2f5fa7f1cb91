/**
 * Prettier's markdown formatter. The standalone build plus its markdown plugin
 * avoids prettier's dynamic `import()`, which jest's VM cannot run.
 */
import * as prettier from "prettier/standalone";
import * as markdown from "prettier/plugins/markdown";

const OPTIONS: Parameters<typeof prettier.format>[1] = { parser: "markdown", plugins: [markdown], proseWrap: "preserve" };

/** Batch size that keeps prettier near its per-call overhead and below its superlinear range. */
const BATCH_CHARS = 16_000;

/**
 * Formats the document in batches of whole chunks (cut at headings): prettier's
 * markdown printer is superlinear in input size (a minute for 1000 models in one
 * piece) and costs milliseconds per call, and nothing it does (tables, lists,
 * spacing) reaches across a heading.
 */
export async function formatMarkdown(chunks: readonly string[]): Promise<string> {
  const formatted: string[] = [];
  let batch: string[] = [];
  let size = 0;
  const flush = async () => {
    if (batch.length) formatted.push(await prettier.format(`${batch.join("\n\n")}\n`, OPTIONS));
    batch = [];
    size = 0;
  };
  for (const chunk of chunks) {
    if (size + chunk.length > BATCH_CHARS) await flush();
    batch.push(chunk);
    size += chunk.length;
  }
  await flush();
  return formatted.join("\n");
}
