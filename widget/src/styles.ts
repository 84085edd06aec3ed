/**
 * The widget's CSS, inlined into its shadow root as a string (no stylesheet request, nothing leaks to or from
 * the host page). Every colour, radius and font comes from the theme through CSS custom properties, mapped
 * in one place (`themeCss`), so theming later means passing another `Theme`.
 */
export interface Theme {
  brand: string;
  brandHover: string;
  onBrand: string;
  surface: string;
  canvas: string;
  text: string;
  muted: string;
  border: string;
  danger: string;
  radius: string;
  font: string;
}

export const defaultTheme: Theme = {
  brand: '#0f766e',
  brandHover: '#115e59',
  onBrand: '#ffffff',
  surface: '#ffffff',
  canvas: '#f5f7f6',
  text: '#17211e',
  muted: '#5f6f6a',
  border: '#e1e7e5',
  danger: '#b42318',
  radius: '16px',
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
};

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export const themeCss = (theme: Theme) =>
  `:host{${Object.entries(theme).map(([name, value]) => `--sp-${kebab(name)}:${value}`).join(';')}}`;

export const css = `
:host{all:initial;font-family:var(--sp-font);font-size:15px;line-height:1.45;color:var(--sp-text);-webkit-font-smoothing:antialiased}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
button,input{font:inherit;color:inherit;margin:0}
button{cursor:pointer}
button:disabled{cursor:default}
:focus-visible{outline:2px solid var(--sp-brand);outline-offset:2px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}

.launcher{position:fixed;right:20px;bottom:20px;z-index:2147483000;width:60px;height:60px;border:0;border-radius:50%;
  display:grid;place-items:center;background:var(--sp-brand);color:var(--sp-on-brand);
  box-shadow:0 8px 24px rgb(15 40 35/.28),0 2px 6px rgb(15 40 35/.18);transition:transform .15s ease,background .15s}
.launcher:hover{background:var(--sp-brand-hover);transform:translateY(-1px)}
.launcher svg{width:26px;height:26px}

.panel{position:fixed;right:20px;bottom:92px;z-index:2147483000;width:384px;height:min(640px,calc(100vh - 116px));
  display:flex;flex-direction:column;overflow:hidden;background:var(--sp-surface);border-radius:var(--sp-radius);
  box-shadow:0 24px 60px rgb(15 40 35/.22),0 4px 14px rgb(15 40 35/.12);border:1px solid var(--sp-border)}
@media (max-width:480px){
  .panel{inset:0;width:auto;height:auto;border-radius:0;border:0}
  .launcher[aria-expanded=true]{display:none}
}

.head{display:flex;align-items:center;gap:12px;padding:14px 12px 14px 16px;background:var(--sp-brand);color:var(--sp-on-brand)}
.avatar{flex:none;width:38px;height:38px;border-radius:50%;display:grid;place-items:center;background:rgb(255 255 255/.18)}
.avatar svg{width:20px;height:20px}
.title{flex:1;min-width:0}
.title strong{display:block;font-size:16px;font-weight:650;letter-spacing:-.01em}
.title span{display:block;font-size:12.5px;opacity:.85}
.head button{border:0;background:transparent;color:inherit;border-radius:8px;padding:6px 8px;font-size:13px;font-weight:550}
.head button:hover{background:rgb(255 255 255/.14)}
.head button:disabled{opacity:.5;background:transparent}
.head .icon{width:34px;height:34px;padding:0;display:grid;place-items:center}
.head .icon svg{width:18px;height:18px}

.log{flex:1;overflow-y:auto;display:flex;flex-direction:column;gap:8px;padding:18px 14px;background:var(--sp-canvas);overscroll-behavior:contain}
.msg{display:flex;flex-direction:column;max-width:84%;align-self:flex-start}
.msg.client{align-self:flex-end;align-items:flex-end}
.bubble{padding:9px 13px;border-radius:18px 18px 18px 6px;background:var(--sp-surface);border:1px solid var(--sp-border);
  white-space:pre-wrap;overflow-wrap:anywhere}
.client .bubble{border-radius:18px 18px 6px 18px;background:var(--sp-brand);border-color:var(--sp-brand);color:var(--sp-on-brand)}
.msg + .msg.client,.msg.client + .msg:not(.client){margin-top:6px}
.pending .bubble{opacity:.65}
.meta{font-size:12px;color:var(--sp-muted);margin-top:3px}
.failed .bubble{background:var(--sp-surface);color:var(--sp-text);border-color:var(--sp-danger)}
.failed .meta{color:var(--sp-danger)}

.typing{display:flex;gap:4px;padding:13px 14px}
.typing i{width:7px;height:7px;border-radius:50%;background:var(--sp-muted);opacity:.4;animation:sp-dot 1.2s infinite ease-in-out}
.typing i:nth-child(2){animation-delay:.15s}
.typing i:nth-child(3){animation-delay:.3s}
@keyframes sp-dot{0%,60%,100%{opacity:.35;transform:none}30%{opacity:1;transform:translateY(-3px)}}
@media (prefers-reduced-motion:reduce){.typing i{animation:none;opacity:.7}}

.card{margin-top:8px;width:min(300px,100%);background:var(--sp-surface);border:1px solid var(--sp-border);border-radius:14px;
  padding:16px;box-shadow:0 6px 18px rgb(15 40 35/.08)}
.eyebrow{font-size:11.5px;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:var(--sp-brand)}
.card h3{margin:4px 0 6px;font-size:18px;line-height:1.25;font-weight:700;letter-spacing:-.01em}
.card p{margin:0 0 12px;color:var(--sp-muted);font-size:14px}
.price{display:flex;align-items:baseline;gap:4px;margin-bottom:12px}
.price strong{font-size:24px;font-weight:750;letter-spacing:-.02em}
.price span{color:var(--sp-muted);font-size:13.5px}
.cta{display:block;width:100%;padding:11px 14px;border:0;border-radius:10px;text-align:center;text-decoration:none;font-weight:650;
  background:var(--sp-brand);color:var(--sp-on-brand)}
.cta:hover{background:var(--sp-brand-hover)}

.alert{display:flex;align-items:center;gap:10px;padding:10px 14px;font-size:13.5px;color:var(--sp-danger);
  background:color-mix(in srgb,var(--sp-danger) 7%,var(--sp-surface));border-top:1px solid color-mix(in srgb,var(--sp-danger) 25%,transparent)}
.alert span{flex:1}
.alert button{border:1px solid currentColor;background:transparent;border-radius:8px;padding:4px 10px;font-size:13px;font-weight:600}

.foot{padding:10px 12px 12px;border-top:1px solid var(--sp-border);background:var(--sp-surface)}
.replies{display:flex;flex-wrap:wrap;gap:6px;margin-bottom:10px}
.replies button{border:1.5px solid var(--sp-brand);background:var(--sp-surface);color:var(--sp-brand);border-radius:999px;
  padding:6px 13px;font-size:14px;font-weight:550;transition:background .12s,color .12s}
.replies button:hover{background:var(--sp-brand);color:var(--sp-on-brand)}
.replies.scale{display:grid;grid-template-columns:repeat(var(--n),1fr);gap:4px}
.replies.scale button{padding:7px 0;border-radius:8px}
.form{display:flex;gap:8px}
.form input{flex:1;min-width:0;height:42px;padding:0 14px;border:1px solid var(--sp-border);border-radius:21px;background:var(--sp-canvas);
  outline:none;font-size:15px}
.form input:focus{border-color:var(--sp-brand);background:var(--sp-surface);box-shadow:0 0 0 3px color-mix(in srgb,var(--sp-brand) 18%,transparent)}
.send{flex:none;width:42px;height:42px;border:0;border-radius:50%;display:grid;place-items:center;background:var(--sp-brand);color:var(--sp-on-brand)}
.send:disabled{opacity:.45}
.send svg{width:18px;height:18px}
`;
