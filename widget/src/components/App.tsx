import { useRef } from 'preact/hooks';
import type { Model } from '../model.ts';
import { css, defaultTheme, themeCss } from '../styles.ts';
import { Launcher } from './Launcher.tsx';
import { Panel } from './Panel.tsx';

const STYLE = themeCss(defaultTheme) + css;

/** Everything inside the shadow root. The panel is mounted on first open and then only hidden. */
export function App({ model, title = 'Chat' }: { model: Model; title?: string }) {
  const launcher = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  if (model.open.value) opened.current = true;
  const close = () => {
    model.closePanel();
    launcher.current?.focus();
  };
  return (
    <>
      <style>{STYLE}</style>
      {opened.current && <Panel model={model} title={title} onClose={close} />}
      <Launcher model={model} buttonRef={launcher} onClose={close} />
    </>
  );
}
