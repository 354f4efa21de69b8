// Starts the batch worker. Its own module, imported only by the static-site build, so the single-file build
// (gouji.html opened from disk, with no worker file beside it) does not emit the worker and checks on the main thread.
export const startWorker = (): Worker => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
