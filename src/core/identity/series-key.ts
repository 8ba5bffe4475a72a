/**
 * One key per series, whichever platform it was read on: the Knowledge Hub original and the
 * LinkedIn copy share a base title and an author, never a URL.
 */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function seriesKey(baseTitle: string, author: string | null): string {
  const title = normaliseTitle(baseTitle);
  return author ? `${title}|${normaliseTitle(author)}` : title;
}
