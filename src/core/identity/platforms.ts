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
  return platforms.map((p) => PLATFORM_NAMES[p] ?? p).join(', ');
}
