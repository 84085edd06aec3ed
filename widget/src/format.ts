/** Display formatting for plan prices (a leaf helper, pure and tested). */
import type { PlanCard } from '../../functions/_shared/contracts.ts';
import type { Strings } from './i18n.ts';

/** The billing periods `plans.billing_period` allows; the words for each are the strings of the same name. */
const PERIODS = ['day', 'week', 'month', 'quarter', 'year', 'one_time'] as const;
type Words = Pick<Strings, (typeof PERIODS)[number]>;

/** `{ amount: '$249', period: 'per month' }`; cents are shown only when the price has them. */
export function formatPrice(card: Pick<PlanCard, 'price_cents' | 'currency' | 'billing_period'>, locale: string | undefined, words: Words) {
  const currency = card.currency.toUpperCase();
  const price = card.price_cents / 100;
  let amount: string;
  try {
    amount = new Intl.NumberFormat(locale, { style: 'currency', currency, trailingZeroDisplay: 'stripIfInteger' }).format(price);
  } catch {
    // An unknown currency code: still show the number rather than nothing.
    amount = `${price} ${currency}`;
  }
  const key = card.billing_period.trim().toLowerCase() as (typeof PERIODS)[number];
  // Anything else is shown as it is written.
  return { amount, period: PERIODS.includes(key) ? words[key] : key.replace(/_/g, ' ') };
}
