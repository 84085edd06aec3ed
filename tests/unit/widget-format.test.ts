import { describe, expect, it } from 'vitest';
import { formatPrice } from '../../widget/src/format.ts';
import { en } from '../../widget/src/i18n.ts';
import { safeLinkUrl } from '../../widget/src/links.ts';

describe('formatPrice', () => {
  it('formats whole prices without cents and names the billing period', () => {
    expect(formatPrice({ price_cents: 24900, currency: 'usd', billing_period: 'month' }, 'en-US', en)).toEqual({ amount: '$249', period: 'per month' });
  });

  it('keeps cents when the price has them, in the currency and locale given', () => {
    expect(formatPrice({ price_cents: 1999, currency: 'EUR', billing_period: 'week' }, 'de-DE', en)).toEqual({ amount: '19,99\u00a0€', period: 'per week' });
  });

  it('still shows a number for a currency code Intl does not know', () => {
    expect(formatPrice({ price_cents: 500, currency: 'X1', billing_period: 'every_two_weeks' }, 'en-US', en)).toEqual({ amount: '5 X1', period: 'every two weeks' });
  });
});

describe('safeLinkUrl', () => {
  it('allows https anywhere and plain http only on this machine', () => {
    expect(safeLinkUrl('https://shop.example.com/buy?plan=x')).toBe('https://shop.example.com/buy?plan=x');
    expect(safeLinkUrl('http://127.0.0.1:5173/checkout')).toBe('http://127.0.0.1:5173/checkout');
    expect(safeLinkUrl('http://localhost/checkout')).toBe('http://localhost/checkout');
  });

  it('refuses script, data and remote plain-http links, and garbage', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://shop.example.com/', '/relative', '']) {
      expect(safeLinkUrl(url), url).toBeNull();
    }
  });
});
