// The `@asyncutils/context/node` subpath (Node only): named re-exports only.
export { useAsyncLocalStorage } from './useAsyncLocalStorage.js';
