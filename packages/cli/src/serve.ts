/**
 * `specloom build --watch --serve`: the output folder over HTTP on the loopback only, with live reload. HTML
 * pages get a small script that listens on a server-sent-events stream; a build that changed files sends
 * `reload`. Read-only: GET and HEAD of files inside the folder, nothing else.
 */
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { htmlText } from "@specloom/core";

export const LIVE_RELOAD_PATH = "/__specloom/live-reload";
/** What `/` shows when the folder has it (the html artifact); else a list of the files. */
const INDEX_FILES = ["reference.html", "index.html"];

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".yaml": "application/yaml; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".svg": "image/svg+xml",
  ".sql": "text/plain; charset=utf-8",
  ".ts": "text/plain; charset=utf-8",
  ".mmd": "text/plain; charset=utf-8",
  ".graphql": "text/plain; charset=utf-8",
};

const RELOAD_SCRIPT = `<script>new EventSource(${JSON.stringify(LIVE_RELOAD_PATH)}).addEventListener("reload", function () { location.reload(); });</script>`;

export interface LiveServer {
  readonly url: string;
  /** Tells every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

export function startServer(root: string, port: number): Promise<LiveServer> {
  const clients = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "text/plain; charset=utf-8", "Method not allowed\n");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname === LIVE_RELOAD_PATH) {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      res.write(": connected\n\n");
      clients.add(res);
      req.on("close", () => clients.delete(res));
      return;
    }
    serveFile(root, decodePath(url.pathname), req.method === "HEAD", res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    // Loopback only: the docs of a spec in progress are nobody else's business.
    server.listen(port, "127.0.0.1", () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${bound}/`,
        reload: () => {
          for (const client of clients) client.write("event: reload\ndata: {}\n\n");
        },
        close: () =>
          new Promise<void>((done) => {
            for (const client of clients) client.end();
            server.close(() => done());
          }),
      });
    });
  });
}

function decodePath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer, head = false): void {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  res.end(head ? undefined : body);
}

function serveFile(root: string, pathname: string | undefined, head: boolean, res: http.ServerResponse): void {
  const notFound = () => send(res, 404, "text/plain; charset=utf-8", "Not found\n", head);
  if (pathname === undefined || pathname.includes("\0")) return notFound();
  let file = path.resolve(root, `.${pathname}`);
  const inside = path.relative(root, file);
  if (inside.startsWith("..") || path.isAbsolute(inside)) return notFound();
  if (pathname.endsWith("/")) {
    const index = INDEX_FILES.map((name) => path.join(file, name)).find((f) => fs.existsSync(f));
    if (!index) return send(res, 200, TYPES[".html"]!, withReload(listing(realInside(root, file) ? file : "", pathname)), head);
    file = index;
  }
  if (!realInside(root, file)) return notFound();
  let body: Buffer;
  try {
    body = fs.readFileSync(file);
  } catch {
    return notFound();
  }
  const type = TYPES[path.extname(file)] ?? "application/octet-stream";
  if (type.startsWith("text/html")) return send(res, 200, type, withReload(body.toString("utf8")), head);
  send(res, 200, type, body, head);
}

/**
 * The checks above compare path text; a symbolic link inside the output folder (specloom never writes one)
 * could still lead elsewhere, so what is served must really be inside the folder.
 */
function realInside(root: string, file: string): boolean {
  try {
    const inside = path.relative(fs.realpathSync(root), fs.realpathSync(file));
    return !inside.startsWith("..") && !path.isAbsolute(inside);
  } catch {
    return false;
  }
}

function withReload(html: string): string {
  const at = html.lastIndexOf("</body>");
  return at < 0 ? `${html}${RELOAD_SCRIPT}` : `${html.slice(0, at)}${RELOAD_SCRIPT}\n${html.slice(at)}`;
}

function listing(dir: string, pathname: string): string {
  let names: string[] = [];
  try {
    names = fs
      .readdirSync(dir, { withFileTypes: true })
      .map((e) => (e.isDirectory() ? `${e.name}/` : e.name))
      .sort();
  } catch {
    // the folder is not there (yet): an empty list, and the next build's reload fills it
  }
  const items = names.map((n) => `<li><a href="${htmlText(encodeURI(n))}">${htmlText(n)}</a></li>`).join("\n");
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>${htmlText(pathname)}</title></head><body>\n<h1>${htmlText(pathname)}</h1>\n<ul>\n${items}\n</ul>\n</body></html>\n`;
}
