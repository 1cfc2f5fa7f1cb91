#!/usr/bin/env node
// The `specloom` command of `npm i -D specloom`: the authoring types and the
// compiler come in one install. The CLI itself lives in @specloom/cli.
require("@specloom/cli/bin");
