// A document's address as a link only when it is a web page: a stored `javascript:` address
// (from before ingest refused them) must never become a clickable href.
export function webLink(url: string | null | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url.trim()) ? url.trim() : undefined;
}
