// Which addresses a document may carry: only web pages. An article's URL ends up as a link (the
// dossier's print version, the web app), so a `javascript:` or `data:` address would run in the
// API's origin when clicked.

/** The address itself when it is an absolute http or https URL, else null. */
export function webUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  if (!/^https?:\/\//i.test(s)) return null;
  try {
    const { protocol } = new URL(s);
    return protocol === 'http:' || protocol === 'https:' ? s : null;
  } catch {
    return null;
  }
}
