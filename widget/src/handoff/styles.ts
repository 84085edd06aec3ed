/**
 * The handoff chunk's CSS, added to the widget's shadow root when the chunk starts: the notice and the contact
 * form above the composer, and the unread badge on the loader's launcher. Colours are the theme's properties.
 */
export const css = `
.handoff{padding:10px 14px 12px;font-size:13.5px;background:var(--sp-canvas);border-top:1px solid var(--sp-border)}
.handoff p{margin:0}
.contact{display:grid;gap:6px;margin-top:10px}
.contact label{font-weight:650}
.contact .row{display:flex;gap:8px}
.contact input{flex:1;min-width:0;height:40px;padding:0 12px;border:1px solid var(--sp-muted);border-radius:10px;background:var(--sp-surface);font-size:16px}
.contact input[aria-invalid=true]{border-color:var(--sp-danger)}
.contact button{padding:0 16px;border-radius:10px;background:var(--sp-brand);color:var(--sp-on-brand);font-weight:650}
.contact button:hover:enabled{background:var(--sp-brand-hover)}
.problem{color:var(--sp-danger)}
.consent{color:var(--sp-muted);font-size:12.5px}
.launcher .badge{position:absolute;top:-3px;right:-3px;min-width:22px;height:22px;padding:0 6px;border-radius:11px;background:var(--sp-danger);
  color:#fff;font:700 12px/22px system-ui,sans-serif;text-align:center;box-shadow:0 0 0 2px var(--sp-surface)}
`;
