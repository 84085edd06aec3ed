import { describe, expect, it } from 'vitest';
import { isOriginAllowed } from '../../functions/_shared/origin.ts';

describe('isOriginAllowed', () => {
  const allowed = ['https://nutrition-solutions.example', 'http://localhost:5173', 'https://*.coach.example'];

  it('allows exactly the listed origins', () => {
    expect(isOriginAllowed('https://nutrition-solutions.example', allowed)).toBe(true);
    expect(isOriginAllowed('http://localhost:5173', allowed)).toBe(true);
    expect(isOriginAllowed('http://localhost:5174', allowed)).toBe(false);
    expect(isOriginAllowed('http://nutrition-solutions.example', allowed)).toBe(false);
    expect(isOriginAllowed('https://nutrition-solutions.example.evil.test', allowed)).toBe(false);
  });

  it('matches wildcard subdomains but not the bare domain or look-alikes', () => {
    expect(isOriginAllowed('https://www.coach.example', allowed)).toBe(true);
    expect(isOriginAllowed('https://a.b.coach.example', allowed)).toBe(true);
    expect(isOriginAllowed('https://coach.example', allowed)).toBe(false);
    expect(isOriginAllowed('https://evilcoach.example', allowed)).toBe(false);
    expect(isOriginAllowed('http://www.coach.example', allowed)).toBe(false);
  });

  it('refuses the opaque "null" origin of sandboxed frames and file pages', () => {
    expect(isOriginAllowed('null', allowed)).toBe(false);
  });

  it('lets requests without an Origin header through (not a browser page)', () => {
    expect(isOriginAllowed(null, [])).toBe(true);
  });
});
