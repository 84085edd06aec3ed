/**
 * Keeps the newest of the conversation in view while the list changes size: a message arrives, a streamed
 * reply grows (its text changes without a render), quick replies appear below, or the on-screen keyboard
 * shrinks the panel (the panel follows the visual viewport, see app.tsx). The list is scrolled to its end,
 * except that the last coach message is never pushed above the top: its start stays readable.
 *
 * A visitor who scrolls back up to read is left there, until they scroll down to the end again.
 */
export function keepInView(log: HTMLElement): () => void {
  let target = 0;
  let pinned = true;
  const follow = () => {
    if (!pinned) return;
    const last = log.lastElementChild as HTMLElement | null;
    const end = log.scrollHeight - log.clientHeight;
    target = Math.max(0, last && !last.classList.contains('client') ? Math.min(end, last.offsetTop - 12) : end);
    log.scrollTop = target;
  };
  // Our own scrolling lands on the target; a visitor's scrolling lands above it (reading) or back on it.
  const scrolled = () => void (pinned = log.scrollTop >= target - 24);
  log.addEventListener('scroll', scrolled, { passive: true });
  const mutations = new MutationObserver(follow);
  mutations.observe(log, { childList: true, subtree: true, characterData: true });
  const resizes = new ResizeObserver(follow);
  resizes.observe(log);
  follow();
  return () => {
    log.removeEventListener('scroll', scrolled);
    mutations.disconnect();
    resizes.disconnect();
  };
}
