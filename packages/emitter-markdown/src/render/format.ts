/**
 * Prettier's markdown formatter. The standalone build plus its markdown plugin
 * avoids prettier's dynamic `import()`, which jest's VM cannot run.
 */
import * as prettier from "prettier/standalone";
import * as markdown from "prettier/plugins/markdown";

export function formatMarkdown(text: string): Promise<string> {
  return prettier.format(text, { parser: "markdown", plugins: [markdown], proseWrap: "preserve" });
}
