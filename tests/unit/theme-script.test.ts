import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ThemeScript } from '@/components/theme/theme-script';
import { THEME_SCRIPT } from '@/lib/theme/theme-script.mjs';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the theme script', () => {
  it('is in the server’s HTML, before the first paint', () => {
    expect(renderToStaticMarkup(createElement(ThemeScript))).toBe(
      `<script>${THEME_SCRIPT}</script>`,
    );
  });

  // React warns "Encountered a script tag while rendering React component" when it meets one in the
  // browser, which a 404 does in `next dev`; such a script would never run anyway.
  it('is nothing React renders in the browser', () => {
    vi.stubGlobal('window', {});
    expect(ThemeScript()).toBeNull();
  });
});
