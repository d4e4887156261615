// Content hash of a document's text: the identity that makes ingest idempotent.
// Web Crypto, so the same code runs in Node and in Workers.

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
