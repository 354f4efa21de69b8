// Starts a CLI worker thread under tsx (the CLI runs TypeScript directly): registers the loader, then imports
// the worker module named in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
