import { initials, safeImageUrl } from '../avatar.ts';

/**
 * A round picture of the bot or a coach: their image over their initials, so an image that is missing, unsafe
 * or fails to load (it hides itself) leaves the initials. Decorative (the name is written beside it), so the
 * image has an empty alt. Keyed by its URL: a new picture is a new element, shown again.
 */
export function Picture({ url, name }: { url: string | null | undefined; name: string | null }) {
  const src = safeImageUrl(url);
  return (
    <span class="pic" aria-hidden="true">
      {initials(name)}
      {src && <img key={src} src={src} alt="" referrerpolicy="no-referrer" onError={(event) => ((event.currentTarget as HTMLImageElement).hidden = true)} />}
    </span>
  );
}
