import type { PlanCard as Card } from '../../../functions/_shared/contracts.ts';
import { formatPrice } from '../format.ts';
import { safeLinkUrl } from '../links.ts';
import type { Model } from '../model.ts';

/**
 * The recommendation: what the plan is, why it fits this visitor, what it costs, and the way to buy it. An
 * <article> named by its heading (`id`, unique in the widget), so a screen reader meets it as one unit.
 */
export function PlanCard({ card, model, id }: { card: Card; model: Model; id: string }) {
  const { strings } = model;
  const { amount, period } = formatPrice(card, undefined, strings);
  const href = safeLinkUrl(card.cta_url);
  return (
    <article class="card" aria-labelledby={id}>
      <p class="eyebrow">{strings.recommended}</p>
      <h3 id={id}>{card.title}</h3>
      <p>{card.why || card.description}</p>
      <div class="price">
        <strong>{amount}</strong>
        {period && <span>{period}</span>}
      </div>
      {href && (
        <a class="cta" href={href} target="_blank" rel="noopener noreferrer" onClick={() => model.ctaClicked(card)}>
          {card.cta_label}
        </a>
      )}
    </article>
  );
}
