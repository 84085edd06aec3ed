/** The few inline icons the widget draws (decorative: the controls carry their own labels; strokes are styled in styles.ts). */
const svg = (d: string) => () => (
  <svg viewBox="0 0 24 24" aria-hidden="true">
    <path d={d} />
  </svg>
);

export const CloseIcon = svg('M6 6l12 12M18 6L6 18');
export const SendIcon = svg('M5 12h13M13 6l6 6-6 6');
