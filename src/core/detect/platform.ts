const PLATFORMS: readonly (readonly [RegExp, string])[] = [
  [/(^|\.)khub\.net$/, 'khub'],
  [/(^|\.)linkedin\.com$/, 'linkedin'],
];

/** A short, stable platform name for a URL's host; "web" for any other site. */
export function platformOf(url: string): string {
  const host = new URL(url).hostname;
  return PLATFORMS.find(([pattern]) => pattern.test(host))?.[1] ?? 'web';
}
