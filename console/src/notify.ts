/**
 * Telling the coach that a visitor is waiting, three ways: the count in the tab's title, a short chime
 * (Web Audio, no sound file), and a browser notification once the coach has allowed them.
 */
const BASE_TITLE = 'Signpost console';

export function setTitle(waiting: number, view: string): void {
  document.title = `${waiting > 0 ? `(${waiting}) ` : ''}${view} · ${BASE_TITLE}`;
}

let audio: AudioContext | null = null;

/** Two soft notes; silent when the browser does not allow sound yet (no click on the page so far). */
export function chime(): void {
  try {
    audio ??= new AudioContext();
    if (audio.state === 'suspended') void audio.resume();
    const start = audio.currentTime;
    for (const [i, frequency] of [660, 880].entries()) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start + i * 0.15);
      gain.gain.exponentialRampToValueAtTime(0.15, start + i * 0.15 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.15 + 0.14);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start + i * 0.15);
      oscillator.stop(start + i * 0.15 + 0.15);
    }
  } catch {
    // No Web Audio (or not allowed): the title and the list still say it.
  }
}

export const notificationsSupported = () => typeof Notification !== 'undefined';
export const notificationsAllowed = () => notificationsSupported() && Notification.permission === 'granted';

export async function askForNotifications(): Promise<boolean> {
  if (!notificationsSupported()) return false;
  return (await Notification.requestPermission()) === 'granted';
}

export function notify(title: string, body: string, onClick: () => void): void {
  if (!notificationsAllowed()) return;
  const notification = new Notification(title, { body, tag: title });
  notification.onclick = () => {
    window.focus();
    onClick();
    notification.close();
  };
}
