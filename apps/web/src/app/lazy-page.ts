import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A page's code, loaded when first opened. React.lazy keeps a failed load for good (the page would stay broken
 * after the line returns); this keeps one lazy component per attempt, and `retryFailedPages()` starts a new
 * attempt for every page whose load failed.
 */
const failed = new Set<() => void>();

export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let component: LazyExoticComponent<ComponentType<P>>;
  const start = (): void => {
    component = lazy(() =>
      load().then(
        (loaded) => ({ default: loaded }),
        (error: unknown) => {
          failed.add(start);
          throw error;
        },
      ),
    );
  };
  start();
  // Reads the current attempt on each render: after a retry, the page boundary renders it afresh.
  return function LazyPage(props: P) {
    return createElement(component, props);
  };
}

/** A new attempt for every page whose code could not be loaded. */
export function retryFailedPages(): void {
  const again = [...failed];
  failed.clear();
  for (const start of again) start();
}

/** The browser's words when a chunk of code could not be fetched (Chromium, Firefox, Safari, Vite's preload). */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS|Failed to fetch/i.test(
    message,
  );
}
