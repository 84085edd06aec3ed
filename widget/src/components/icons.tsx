/** The few inline icons the widget draws (decorative: the controls carry their own labels). */
const svg = (d: string) => () => (
  <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
    <path d={d} />
  </svg>
);

export const CloseIcon = svg('M6 6l12 12M18 6L6 18');
export const SendIcon = svg('M5 12h13M13 6l6 6-6 6');
export const CoachIcon = svg('M12 3l2.3 4.9 5.2.6-3.9 3.6 1.1 5.2L12 14.7l-4.7 2.6 1.1-5.2-3.9-3.6 5.2-.6z');
