/** The sql emitter, registered like any plugin's. */
import { definePlugin } from "@specloom/core";
import { sqlEmitter } from "./emit-sql";

export const sqlPlugin = definePlugin({ name: "sql", emitters: [sqlEmitter] });
