/**
 * Markdown block builder. Blocks collect in one array and are joined once, so
 * a spec with a thousand models costs one big join, not quadratic concatenation.
 * Prettier normalizes spacing afterwards; this only has to be valid Markdown.
 */
import { mdInline as inline, mdLineStart as lineStart, mdTableCell as cell } from "@specloom/core";
import { blockIsCanonical, displayWidth } from "./canonical";
import type { TableBlock } from "./table-cache";

/** A rendered piece of the document, kept to be appended again (see fragments.ts). */
export interface MdPart {
  readonly blocks: readonly string[];
  /** Indices of heading blocks, relative to the part. */
  readonly headings: readonly number[];
  /** Per block: whether prettier prints it unchanged (checked once, when the part was rendered). */
  readonly canonical: readonly boolean[];
}

/** The document cut before every heading, and which chunks are known to need no formatting. */
export interface MdChunks {
  readonly chunks: string[];
  readonly canonical: boolean[];
}

export class Md {
  private readonly blocks: string[] = [];
  /** Index of each heading block: the document splits there for formatting. */
  private readonly chunkStarts: number[] = [];
  /** Per block: known to be canonical (blocks of appended parts); false means "not checked yet". */
  private readonly checked: boolean[] = [];

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
    // A fence longer than any backtick run in the body: nothing inside can close it.
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = "`".repeat(longest + 1);
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

  /** A table block `TableCache` rendered (the same text `table` gives), with its canonical check done. */
  tableBlock(block: TableBlock): this {
    this.blocks.push(block.text);
    this.checked.push(block.canonical);
    return this;
  }

  rule(): this {
    return this.push("---");
  }

  toString(): string {
    return `${this.blocks.join("\n\n")}\n`;
  }

  /** The document cut before every heading; joined with blank lines they are `toString()`. */
  chunks(): string[] {
    return this.chunkList().chunks;
  }

  /**
   * The chunks, each marked canonical when every block in it is (a block holds its fences whole, so a chunk of
   * canonical blocks is canonical); the others are for formatMarkdown to check as a whole.
   */
  chunkList(): MdChunks {
    const starts = this.chunkStarts[0] === 0 ? this.chunkStarts : [0, ...this.chunkStarts];
    const chunks: string[] = [];
    const canonical: boolean[] = [];
    starts.forEach((start, i) => {
      const end = starts[i + 1] ?? this.blocks.length;
      chunks.push(this.blocks.slice(start, end).join("\n\n"));
      let known = true;
      for (let b = start; b < end && known; b++) known = this.checked[b] === true || blockIsCanonical(this.blocks[b]!);
      canonical.push(known);
    });
    return { chunks, canonical };
  }

  /** This builder's blocks as a part to append elsewhere, each block checked for canonical form once. */
  part(): MdPart {
    return { blocks: this.blocks, headings: this.chunkStarts, canonical: this.blocks.map(blockIsCanonical) };
  }

  append(part: MdPart): this {
    const offset = this.blocks.length;
    for (const h of part.headings) this.chunkStarts.push(offset + h);
    for (let i = 0; i < part.blocks.length; i++) {
      this.blocks.push(part.blocks[i]!);
      this.checked.push(part.canonical[i]!);
    }
    return this;
  }

  private push(block: string): this {
    this.blocks.push(block);
    this.checked.push(false);
    return this;
  }
}

/** User text goes through core's Markdown escapers; `code`/`prose` keep their short names here. */
export { mdCode as code, mdProse as prose } from "@specloom/core";
