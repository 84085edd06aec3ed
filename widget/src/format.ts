/** Display formatting for plan prices (a leaf helper, pure and tested). */
import type { PlanCard } from '../../functions/_shared/contracts.ts';

const PERIODS: Record<string, string> = {
  day: 'per day', daily: 'per day',
  week: 'per week', weekly: 'per week',
  month: 'per month', monthly: 'per month',
  year: 'per year', yearly: 'per year', annual: 'per year', annually: 'per year',
  once: 'one-time', one_time: 'one-time',
};

/** `{ amount: '$249', period: 'per month' }`; cents are shown only when the price has them. */
export function formatPrice(card: Pick<PlanCard, 'price_cents' | 'currency' | 'billing_period'>, locale?: string) {
  const whole = card.price_cents % 100 === 0;
  let amount: string;
  try {
    amount = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: card.currency.toUpperCase(),
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: whole ? 0 : 2,
    }).format(card.price_cents / 100);
  } catch {
    // An unknown currency code: still show the number rather than nothing.
    amount = `${(card.price_cents / 100).toFixed(whole ? 0 : 2)} ${card.currency.toUpperCase()}`;
  }
  const key = card.billing_period.trim().toLowerCase();
  return { amount, period: PERIODS[key] ?? key.replace(/_/g, ' ') };
}
