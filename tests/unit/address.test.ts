import { describe, expect, test } from 'vitest';
import { isPublicWebAddress, sameSite, siteOf } from '../../src/core/identity/address';

describe('addresses Instalments may request', () => {
  test.each([
    'https://khub.net/web/digital-leaders/-/blogs/journey-to-the-cloud-3',
    'https://www.linkedin.com/pulse/journey-cloud',
    'http://digital.harbour-borough.example/2024/05/notes-2/',
    'https://8.8.8.8/page',
    'https://[2001:db8::1]/page',
  ])('public: %s', (url) => expect(isPublicWebAddress(url)).toBe(true));

  test.each([
    'http://127.0.0.1:8080/internal/payroll',
    'http://127.1/x',
    'http://localhost/x',
    'http://app.localhost/x',
    'http://0.0.0.0/x',
    'http://10.1.2.3/x',
    'http://172.20.0.1/x',
    'http://192.168.1.1/admin',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/x',
    'http://[::1]/x',
    'http://[fd00::1]/x',
    'http://[fe80::1]/x',
    'http://[::ffff:127.0.0.1]/x',
    'http://printer.local/x',
    'http://payroll/x',
    'http://hr.intranet/x',
    'http://wiki.corp/x',
    'http://server.internal/x',
    'http://localhost./x',
    'https://user:pass@khub.net/x',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'ftp://khub.net/x',
    'not a url',
  ])('refused: %s', (url) => expect(isPublicWebAddress(url)).toBe(false));

  test('a site is its host without www', () => {
    expect(siteOf('https://www.khub.net/a')).toBe('khub.net');
    expect(sameSite('https://khub.net/a', 'https://www.khub.net/b')).toBe(true);
    expect(sameSite('https://khub.net/a', 'https://www.linkedin.com/b')).toBe(false);
    expect(siteOf('javascript:alert(1)')).toBeNull();
  });
});
