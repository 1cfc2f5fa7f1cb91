/** The reference page's markup. User text reaches it only through core's HTML escapers. */
import { htmlText, inlineScript, scriptJson } from "@specloom/core";
import type { OpenAPIObject } from "openapi3-ts/oas31";

export interface ReferencePageInput {
  readonly document: OpenAPIObject;
  /** Mermaid source of the ER diagram; none when the spec has no models. */
  readonly erDiagram?: string;
  readonly language: string;
  readonly redocBundle: string;
  /** Without it the diagram is shown as its Mermaid source. */
  readonly mermaidBundle?: string;
}

const STYLE = `body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
#data-model { padding: 24px 40px 48px; border-top: 1px solid #e0e0e0; overflow-x: auto; }
#data-model h2 { font-size: 1.4em; margin: 0 0 16px; }
#data-model pre { background: #f6f8fa; padding: 16px; overflow-x: auto; }`;

/** Redoc without a download link (the document is inline) and with the page marked ready for tests and tools. */
const START = `(function () {
  var spec = JSON.parse(document.getElementById("openapi-document").textContent);
  Redoc.init(spec, { hideDownloadButton: true, expandResponses: "200,201", sanitize: true }, document.getElementById("redoc"), function () {
    document.documentElement.setAttribute("data-redoc-ready", "true");
  });
  if (typeof mermaid !== "undefined" && document.querySelector("#data-model .mermaid")) {
    mermaid.initialize({ startOnLoad: false, securityLevel: "strict", er: { useMaxWidth: false } });
    mermaid.run({ querySelector: "#data-model .mermaid" }).then(function () {
      document.documentElement.setAttribute("data-diagram-ready", "true");
    });
  }
})();`;

/** Redoc's side menu loads its attribution logo from a CDN; inlined as an empty image, the page stays offline. */
const REDOC_CDN_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg";
const EMPTY_IMAGE = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/%3E";

export function referencePage(input: ReferencePageInput): string {
  const title = `${input.document.info.title} — API reference`;
  const diagram = input.erDiagram
    ? `<section id="data-model">\n<h2>Data model</h2>\n<pre class="${input.mermaidBundle ? "mermaid" : "mermaid-source"}">${htmlText(input.erDiagram)}</pre>\n</section>\n`
    : "";
  return [
    `<!doctype html>\n<html lang="${htmlText(input.language)}">\n<head>\n<meta charset="utf-8">\n`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${htmlText(title)}</title>\n`,
    `<style>\n${STYLE}\n</style>\n</head>\n<body>\n<div id="redoc"></div>\n${diagram}`,
    // JSON in a non-executed script element: scriptJson keeps `</script>` out of it.
    `<script type="application/json" id="openapi-document">${scriptJson(input.document)}</script>\n`,
    `<script>${inlineScript(input.redocBundle.split(REDOC_CDN_LOGO).join(EMPTY_IMAGE))}</script>\n`,
    input.mermaidBundle ? `<script>${inlineScript(input.mermaidBundle)}</script>\n` : "",
    `<script>\n${START}\n</script>\n</body>\n</html>\n`,
  ].join("");
}
