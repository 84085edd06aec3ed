/** Display formatting for plan prices (a leaf helper, pure and tested). */
import type { PlanCard } from '../../functions/_shared/contracts.ts';
import { en, type Strings } from './i18n.ts';

type Words = Pick<Strings, 'perDay' | 'perWeek' | 'perMonth' | 'perYear' | 'oneTime'>;
const PERIODS: Record<string, keyof Words> = {
  day: 'perDay', daily: 'perDay',
  week: 'perWeek', weekly: 'perWeek',
  month: 'perMonth', monthly: 'perMonth',
  year: 'perYear', yearly: 'perYear', annual: 'perYear', annually: 'perYear',
  once: 'oneTime', one_time: 'oneTime',
};

/** `{ amount: '$249', period: 'per month' }`; cents are shown only when the price has them. */
export function formatPrice(card: Pick<PlanCard, 'price_cents' | 'currency' | 'billing_period'>, locale?: string, words: Words = en) {
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
  const known = Object.prototype.hasOwnProperty.call(PERIODS, key) ? PERIODS[key] : undefined;
  return { amount, period: known ? words[known] : key.replace(/_/g, ' ') };
}
