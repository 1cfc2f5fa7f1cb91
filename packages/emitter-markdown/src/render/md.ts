/**
 * Markdown block builder. Blocks collect in one array and are joined once, so
 * a spec with a thousand models costs one big join, not quadratic concatenation.
 * Prettier normalizes spacing afterwards; this only has to be valid Markdown.
 */
import { displayWidth } from "./canonical";

export class Md {
  private readonly blocks: string[] = [];
  /** Index of each heading block: the document splits there for formatting. */
  private readonly chunkStarts: number[] = [];

  heading(level: number, text: string): this {
    this.chunkStarts.push(this.blocks.length);
    return this.push(`${"#".repeat(level)} ${inline(text)}`);
  }

  paragraph(text: string): this {
    return this.push(lineStart(inline(text)));
  }

  /** `**Label**: value`, or just `**Label**:` before a list or code block. */
  field(label: string, value?: string): this {
    return this.push(value === undefined || value === "" ? `**${label}**:` : `**${label}**: ${inline(value)}`);
  }

  bullets(items: readonly string[]): this {
    return items.length === 0 ? this : this.push(items.map((i) => `- ${lineStart(inline(i))}`).join("\n"));
  }

  numbered(items: readonly string[]): this {
    return items.length === 0 ? this : this.push(items.map((i, n) => `${n + 1}. ${lineStart(inline(i))}`).join("\n"));
  }

  tasks(items: readonly { readonly done: boolean; readonly text: string }[]): this {
    return this.push(items.map((i) => `- [${i.done ? "x" : " "}] ${lineStart(inline(i.text))}`).join("\n"));
  }

  code(language: string, body: string | readonly string[]): this {
    const text = typeof body === "string" ? body : body.join("\n");
    const fence = text.includes("```") ? "~~~~" : "```";
    return this.push(`${fence}${language}\n${text}\n${fence}`);
  }

  /** Aligned like prettier prints tables, so plain tables need no reformatting. */
  table(header: readonly string[], rows: readonly (readonly string[])[]): this {
    const cells = [header, ...rows].map((r) => header.map((_, i) => cell(r[i] ?? "")));
    const widths = header.map((_, i) => Math.max(3, ...cells.map((r) => displayWidth(r[i]!))));
    const line = (r: readonly string[]) => `| ${r.map((c, i) => c + " ".repeat(widths[i]! - displayWidth(c))).join(" | ")} |`;
    const out = [line(cells[0]!), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`];
    for (const r of cells.slice(1)) out.push(line(r));
    return this.push(out.join("\n"));
  }

  rule(): this {
    return this.push("---");
  }

  toString(): string {
    return `${this.blocks.join("\n\n")}\n`;
  }

  /** The document cut before every heading; joined with blank lines they are `toString()`. */
  chunks(): string[] {
    const starts = this.chunkStarts[0] === 0 ? this.chunkStarts : [0, ...this.chunkStarts];
    return starts.map((start, i) => this.blocks.slice(start, starts[i + 1] ?? this.blocks.length).join("\n\n"));
  }

  private push(block: string): this {
    this.blocks.push(block);
    return this;
  }
}

/** Inline code that survives backticks in the value. */
export function code(text: string | number): string {
  const s = String(text);
  if (!s.includes("`")) return `\`${s}\``;
  return s.includes("``") ? `\`\`\` ${s} \`\`\`` : `\`\` ${s} \`\``;
}

/** Keeps one logical line: user text with newlines would break lists and tables. */
function inline(text: string): string {
  return prose(text.replace(/\s*\r?\n\s*/g, " ").trim());
}

/** User text at the start of a block must not open a heading, list, quote or fence. */
function lineStart(text: string): string {
  return /^(?:#{1,6}(?:\s|$)|[-+*](?:\s|$)|>|\d+[.)](?:\s|$)|={3,}|-{3,}|`{3,}|~{3,})/.test(text) ? `\\${text}` : text;
}

function cell(text: string): string {
  return inline(text).replace(/\|/g, "\\|");
}

/**
 * Escapes `<` that could open an HTML tag (markdownlint MD033: `HG-<year>`),
 * outside code spans, where an entity would show literally.
 */
export function prose(text: string): string {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(/(`+)[\s\S]*?[^`]\1(?!`)/g)) {
    out += escapeTags(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + escapeTags(text.slice(last));
}

function escapeTags(text: string): string {
  return text.replace(/<(?=[A-Za-z/!?])/g, "&lt;");
}
