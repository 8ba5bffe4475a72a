/**
 * The platforms a reader can switch off one by one ("web" is any other site). Listed apart
 * from their names below: the always-on content script needs the list, never the names.
 */
export const PLATFORMS: readonly string[] = [
  'khub',
  'linkedin',
  'devto',
  'hashnode',
  'ao3',
  'lesswrong',
  'govuk-blog',
  'medium',
  'substack',
  'blogger',
  'ghost',
  'hugo',
  'wordpress',
];

/** How each platform is named to people. */
const PLATFORM_NAMES: Record<string, string> = {
  khub: 'Knowledge Hub',
  linkedin: 'LinkedIn',
  devto: 'DEV',
  hashnode: 'Hashnode',
  ao3: 'AO3',
  lesswrong: 'LessWrong',
  'govuk-blog': 'GOV.UK blog',
  medium: 'Medium',
  substack: 'Substack',
  blogger: 'Blogger',
  ghost: 'Ghost',
  hugo: 'Hugo',
  wordpress: 'WordPress',
  web: 'Web',
};

export function platformNames(platforms: readonly string[]): string {
  return platforms.map(platformName).join(', ');
}

export function platformName(platform: string): string {
  return PLATFORM_NAMES[platform] ?? platform;
}
