import type { PlanCard as Card } from '../../../functions/_shared/contracts.ts';
import { formatPrice } from '../format.ts';
import { safeLinkUrl } from '../links.ts';
import type { Model } from '../model.ts';
import { curlyQuotes, withoutTitle } from '../typography.ts';

const external = { target: '_blank', rel: 'noopener noreferrer' } as const;

/**
 * The recommendation: what the plan is, why it fits this visitor (their own words in typographic quotes, the
 * title not said twice), what it includes, what it costs and how it bills, the way to buy it with the bot's
 * guarantee beside it, and one other way to go with its own link. An <article> named by its heading (`id`,
 * unique in the widget), so a screen reader meets it as one unit. Optional parts show only when present.
 */
export function PlanCard({ card, model, id }: { card: Card; model: Model; id: string }) {
  const { strings } = model;
  const { amount, period } = formatPrice(card, undefined, strings);
  const href = safeLinkUrl(card.cta_url);
  const includes = (card.includes ?? []).filter((line) => typeof line === 'string' && line.trim());
  const alternative = card.alternative?.line ? card.alternative : null;
  const alternativeHref = alternative ? safeLinkUrl(alternative.cta_url) : null;
  return (
    <article class="card" aria-labelledby={id}>
      <p class="eyebrow">{strings.recommended}</p>
      <h3 id={id}>{card.title}</h3>
      <p class="why">{curlyQuotes(withoutTitle(card.why || card.description, card.title))}</p>
      {includes.length > 0 && (
        <ul class="includes" aria-label={strings.includes}>
          {includes.map((line, i) => <li key={i}>{line}</li>)}
        </ul>
      )}
      <div class="price">
        <strong>{amount}</strong>
        {period && <span>{period}</span>}
      </div>
      {href && (
        <a class="cta" href={href} {...external} onClick={() => model.ctaClicked(card)}>
          {card.cta_label}
        </a>
      )}
      {card.guarantee && <p class="guarantee">{card.guarantee}</p>}
      {alternative && (
        <p class="alt">
          {alternative.line}
          {alternativeHref && alternative.cta_label && <> <a href={alternativeHref} {...external}>{alternative.cta_label}</a></>}
        </p>
      )}
    </article>
  );
}
