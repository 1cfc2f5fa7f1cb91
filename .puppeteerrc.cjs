// Puppeteer (under @mermaid-js/mermaid-cli) must not download its own browser:
// it cannot here, and specloom uses the system Chromium for er.svg instead.
module.exports = { skipDownload: true };
