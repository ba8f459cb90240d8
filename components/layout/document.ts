import { displayFace, textFace } from './fonts';

/** On <html>: the CSS variables that name the site's faces (globals.css builds its font stacks on them). */
export const FONT_VARIABLES = `${textFace.variable} ${displayFace.variable}`;

/** The body is a column whose main landmark takes the free height (SiteMain): a short page keeps its footer at the bottom. */
export const BODY_CLASS = 'flex min-h-dvh flex-col bg-white font-sans text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100';
