import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

// How the benchmark launches Chromium: the machine's, with the heap's figures exact.
export const BROWSER = { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] };

/** Every page is measured in this window. */
export const VIEWPORT = { width: 1440, height: 1000 };
