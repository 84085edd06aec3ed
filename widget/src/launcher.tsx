import type { WidgetConfig } from './config.ts';

const css = `
:host { all: initial; }
button {
  position: fixed; right: 20px; bottom: 20px; z-index: 2147483000;
  width: 56px; height: 56px; border: 0; border-radius: 50%;
  background: #0f766e; color: #fff; font: 600 14px/1 system-ui, sans-serif; cursor: pointer;
  box-shadow: 0 6px 20px rgb(0 0 0 / 0.25);
}
`;

export function Launcher({ config }: { config: WidgetConfig }) {
  return (
    <>
      <style>{css}</style>
      <button type="button" aria-label="Chat with us" data-bot={config.botId}>
        <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
          <path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z" />
        </svg>
      </button>
    </>
  );
}
