/**
 * Markdown block builder. Blocks collect in one array and are joined once, so
 * a spec with a thousand models costs one big join, not quadratic concatenation.
 * Prettier normalizes spacing afterwards; this only has to be valid Markdown.
 */
import { mdInline as inline, mdLineStart as lineStart, mdTableCell as cell } from "@specloom/core";
import { blockIsCanonical, displayWidth } from "./canonical";
import type { TableBlock } from "./table-cache";
import { nodeReuse } from "@specloom/model";

/** A rendered piece of the document, kept to be appended again (see fragments.ts). */
export interface MdPart {
  readonly blocks: readonly string[];
  /** Indices of heading blocks, relative to the part. */
  readonly headings: readonly number[];
  /** Per block: whether prettier prints it unchanged (checked once, when the part was rendered). */
  readonly canonical: readonly boolean[];
  /**
   * Watch mode: the text of each chunk the part begins (from one of its headings to the next, the last one to the
   * part's end) and whether it is canonical, joined on first use and kept with the part for the next documents.
   */
  joined?: { readonly texts: readonly string[]; readonly canonical: readonly boolean[] };
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
  /** Appended parts by the document index of each of their headings, with the heading's position in the part. */
  private readonly partHeadings = new Map<number, { readonly part: MdPart; readonly offset: number; readonly k: number }>();

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
    const keep = nodeReuse();
    starts.forEach((start, i) => {
      const end = starts[i + 1] ?? this.blocks.length;
      let from = start;
      let text: string | undefined;
      let known = true;
      // A part's chunk was joined when an earlier document used the part: only blocks after the part are joined to it.
      const at = keep ? this.partHeadings.get(start) : undefined;
      if (at) {
        const joined = (at.part.joined ??= joinedChunks(at.part));
        text = joined.texts[at.k]!;
        known = joined.canonical[at.k]!;
        from = Math.min(end, at.offset + (at.part.headings[at.k + 1] ?? at.part.blocks.length));
      }
      if (from < end) {
        const rest = this.blocks.slice(from, end).join("\n\n");
        text = text === undefined ? rest : `${text}\n\n${rest}`;
        for (let b = from; b < end && known; b++) known = this.checked[b] === true || blockIsCanonical(this.blocks[b]!);
      }
      chunks.push(text ?? "");
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
    part.headings.forEach((h, k) => {
      this.chunkStarts.push(offset + h);
      this.partHeadings.set(offset + h, { part, offset, k });
    });
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

/** Each chunk a part begins, joined, and whether all its blocks are canonical. */
function joinedChunks(part: MdPart): NonNullable<MdPart["joined"]> {
  const texts: string[] = [];
  const canonical: boolean[] = [];
  part.headings.forEach((h, k) => {
    const end = part.headings[k + 1] ?? part.blocks.length;
    texts.push(part.blocks.slice(h, end).join("\n\n"));
    canonical.push(part.canonical.slice(h, end).every(Boolean));
  });
  return { texts, canonical };
}

/** User text goes through core's Markdown escapers; `code`/`prose` keep their short names here. */
export { mdCode as code, mdProse as prose } from "@specloom/core";
