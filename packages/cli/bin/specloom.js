#!/usr/bin/env node
// Committed launcher: it exists before the `prepare` build, so npm can link the
// `specloom` bin on a fresh install; the compiled CLI lives in ../dist.
require("../dist/bin.js");
