/** A client for a real tsserver process, speaking its protocol over stdio (requests as JSON lines, responses framed by Content-Length). */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import * as path from "node:path";

const TSSERVER = path.join(path.dirname(require.resolve("typescript/package.json")), "lib", "tsserver.js");

interface Message {
  readonly type: "response" | "event";
  readonly request_seq?: number;
  readonly success?: boolean;
  readonly message?: string;
  readonly body?: unknown;
}

export class TsServer {
  private readonly child: ChildProcessWithoutNullStreams;
  private seq = 0;
  private buffer = Buffer.alloc(0);
  private readonly pending = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void }>();

  constructor(logFile?: string) {
    const args = [TSSERVER, "--disableAutomaticTypingAcquisition", "--useInferredProjectPerProjectRoot"];
    if (logFile) args.push("--logVerbosity", "verbose", "--logFile", logFile);
    this.child = spawn(process.execPath, args, { stdio: ["pipe", "pipe", "pipe"] });
    this.child.stdout.on("data", (chunk: Buffer) => this.read(chunk));
    this.child.on("exit", () => {
      for (const p of this.pending.values()) p.reject(new Error("tsserver exited"));
      this.pending.clear();
    });
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString("utf8");
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      const message = JSON.parse(body) as Message;
      if (message.type === "response" && message.request_seq !== undefined) {
        this.pending.get(message.request_seq)?.resolve(message);
        this.pending.delete(message.request_seq);
      }
    }
  }

  /** Sends a request and resolves with its response body; a failed request rejects with tsserver's message. */
  async request<T>(command: string, args: unknown): Promise<T> {
    const seq = ++this.seq;
    const reply = new Promise<Message>((resolve, reject) => this.pending.set(seq, { resolve, reject }));
    this.child.stdin.write(`${JSON.stringify({ seq, type: "request", command, arguments: args })}\n`);
    const message = await reply;
    if (!message.success) throw new Error(`tsserver ${command} failed: ${message.message ?? "?"}`);
    return message.body as T;
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.child.stdin.write(`${JSON.stringify({ seq: ++this.seq, type: "request", command: "exit" })}\n`);
    await exited;
  }
}

export interface Location {
  readonly line: number;
  readonly offset: number;
}

export interface ProtocolDiagnostic {
  readonly start: Location;
  readonly end: Location;
  readonly text: string;
  readonly code: number;
  readonly category: string;
  readonly source?: string;
}

export interface CodeEdit {
  readonly start: Location;
  readonly end: Location;
  readonly newText: string;
}

export interface CodeFix {
  readonly fixName: string;
  readonly description: string;
  readonly changes: readonly { readonly fileName: string; readonly textChanges: readonly CodeEdit[] }[];
}
