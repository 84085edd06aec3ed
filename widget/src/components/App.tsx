import type { ReadonlySignal } from '@preact/signals';
import type { FunctionComponent } from 'preact';
import type { Model } from '../model.ts';
import { Panel } from './Panel.tsx';

export interface AppProps {
  model: Model;
  /** Whether opening should move focus into the panel (not for the proactive opening). */
  focus: { current: boolean };
  /** Closes the panel and gives focus back to the launcher. */
  onClose: () => void;
  /** Drawn above the composer once loaded: the handoff notice (handoff/view.ts). */
  addon?: ReadonlySignal<FunctionComponent | null>;
}

/**
 * The chat inside the shadow root (the launcher is the loader's). The panel mounts on first open, then only
 * hides. This renders again when the phase changes, which costs one comparison: the panel, whose props stay
 * the same, follows its own signals.
 */
export function App({ model, focus, onClose, addon }: AppProps) {
  return model.open.value || model.phase.value !== 'idle' ? <Panel model={model} focus={focus} onClose={onClose} addon={addon} /> : null;
}
