/**
 * The renderer's Content Security Policy. Sent as a header by the app:// handler (and the test
 * server) and repeated in renderer/index.html's meta tag; a unit test keeps the two equal.
 * No inline scripts or styles, no remote anything; blob: workers for the pdf.js preview.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
