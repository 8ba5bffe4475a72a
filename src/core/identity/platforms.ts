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

/** The platforms a reader can switch off one by one ("web" is any other site). */
export const PLATFORMS: readonly string[] = Object.keys(PLATFORM_NAMES).filter((p) => p !== 'web');

export function platformName(platform: string): string {
  return PLATFORM_NAMES[platform] ?? platform;
}
