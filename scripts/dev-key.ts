import { createHash } from 'node:crypto';

/**
 * The public half of a key pair made for development builds (its private half was thrown
 * away: Chromium needs only this to fix the id). With it, an unpacked build always has the
 * same extension id, so an organisation's policy file, and the policy tests, can name it.
 * Release packages leave it out: the stores assign their own ids.
 */
export const DEV_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqzOBBAg0Co5lqetoAOU0lPA4CmCZOQjiqZC9EfI8t19sb8rCuRpftMKbrELzvmyFMqDo20xCddbJx05wOE8rUTASkdO0PkZhUkvzPIPtdBrVnZqdi4XZz/7YieoOKocpaUFuNbUbnnhglkCQ69iNEAKFWAjBZ9V4e4kF5qatuYZq+UgZYwBdBwCT0jlz83jy7iDoH96jhg2cRza6yB/YLo5PPsxOQmUUpxIz4LNFegNtbLhLuixHAzYnN2JOwvx0X5kXF+4XKy3OgVVay/DNfrVWp014Cy9OeHFIoMcxQzR+ly7gf4wYdpwJaroi/8kovGnqBLCkBMCv1uReedfvgQIDAQAB';

/** Chromium's extension id for a manifest `key`: the key's SHA-256, first 16 bytes, as a–p. */
export function extensionIdFor(key: string): string {
  const hex = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}
