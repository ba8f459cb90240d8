import { THEME_SCRIPT } from '@/lib/theme/theme-script.mjs';

export { THEME_STORAGE_KEY } from '@/lib/theme/theme-script.mjs';

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
