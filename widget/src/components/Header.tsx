import type { Model } from '../model.ts';
import { CloseIcon } from './icons.tsx';
import { Picture } from './Picture.tsx';

/**
 * The panel's header: the bot's picture and name, Start over, Close. What changes (the name, the picture,
 * whether Start over is possible) is read by the small components below, so a message going back and forth
 * renders the Start over button and nothing else here. The subtitle says what is true of the replies: the bot
 * answers at once; while a person holds the chat, that a person is on it (the header renders on that change).
 */
export function Header({ model, onClose }: { model: Model; onClose: () => void }) {
  return (
    <div class="head">
      <BotPicture model={model} />
      <div class="title">
        <Title model={model} />
        <span>{model.strings[model.status.value === 'handoff' ? 'personOnIt' : 'subtitle']}</span>
      </div>
      <Restart model={model} />
      <button type="button" class="icon" aria-label={model.strings.closeChat} onClick={onClose}>
        <CloseIcon />
      </button>
    </div>
  );
}

const BotPicture = ({ model }: { model: Model }) => <Picture url={model.avatarUrl.value} name={model.botName.value} />;

/** One line, however long the name: cut with an ellipsis, the whole name in the tooltip. */
const Title = ({ model }: { model: Model }) => (
  <h2 id="signpost-title" title={model.title.value}>{model.title.value}</h2>
);

const Restart = ({ model }: { model: Model }) => (
  <button type="button" class="restart" onClick={model.restart} disabled={model.waiting.value || model.messages.value.length === 0}>
    {model.strings.startOver}
  </button>
);
