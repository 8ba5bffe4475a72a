/** The offline reader's page for a saved part (an extension page, relative to its root). */
export const readerHref = (partId: string): string =>
  `/reader/index.html?part=${encodeURIComponent(partId)}`;
