/**
 * One key per series, whichever platform it was read on: the Knowledge Hub original and the
 * LinkedIn copy share a base title and an author, never a URL.
 */
// Direction overrides and isolates make a text show other characters than it holds (a title
// stored reversed behind U+202E shows as "Journey to the Cloud"): page text keeps none.
const DIRECTION_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function withoutDirectionControls(text: string): string {
  return text.replace(DIRECTION_CONTROLS, '');
}

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
