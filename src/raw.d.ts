/** Vite's `?raw` imports: a file's text, bundled. */
declare module '*.md?raw' {
  const text: string;
  export default text;
}
