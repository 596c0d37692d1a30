import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor wait up to 5 s (not 1 s): the first render in a file
// (module loading included) can take longer than a second on a loaded
// two-core machine, and a slow pass is not a failure.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
