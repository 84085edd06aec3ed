import type { PlanCard as Card } from '../../../functions/_shared/contracts.ts';
import { formatPrice } from '../format.ts';
import { safeLinkUrl } from '../links.ts';

/** The recommendation: what the plan is, why it fits this visitor, what it costs, and the way to buy it. */
export function PlanCard({ card, onCta }: { card: Card; onCta: (card: Card) => void }) {
  const { amount, period } = formatPrice(card);
  const href = safeLinkUrl(card.cta_url);
  return (
    <div class="card" role="group" aria-label={`Recommended plan: ${card.title}`}>
      <div class="eyebrow">Recommended for you</div>
      <h3>{card.title}</h3>
      <p>{card.why || card.description}</p>
      <div class="price">
        <strong>{amount}</strong>
        {period && <span>{period}</span>}
      </div>
      {href && (
        <a class="cta" href={href} target="_blank" rel="noopener noreferrer" onClick={() => onCta(card)}>
          {card.cta_label}
        </a>
      )}
    </div>
  );
}
