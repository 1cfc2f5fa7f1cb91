/**
 * The plugins every build has, in the order their emitters run and their
 * timings are shown. Plugins from specloom.config.json run after these.
 */
import type { Plugin } from "@specloom/core";
import { checkerPlugin } from "@specloom/checker";
import { markdownPlugin } from "@specloom/emitter-markdown";
import { mermaidPlugin } from "@specloom/emitter-mermaid";
import { clientPlugin, htmlPlugin, openapiPlugin } from "@specloom/emitter-openapi";
import { sqlPlugin } from "@specloom/emitter-sql";
import { typeboxPlugin } from "@specloom/emitter-typebox";
import { irPlugin } from "./ir-emitter";

export const BUILTIN_PLUGINS: readonly Plugin[] = [
  checkerPlugin,
  sqlPlugin,
  mermaidPlugin,
  openapiPlugin,
  typeboxPlugin,
  markdownPlugin,
  irPlugin,
  clientPlugin,
  htmlPlugin,
];
