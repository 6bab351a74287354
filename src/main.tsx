import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Providers } from './app/Providers';
import { App } from './app/App';
import './app/app.css';
import { registerServiceWorker } from './app/serviceWorker';
import { prefetchDataset } from './data/prefetch';
import { sourceFromSearch } from './data/source';

// Before React renders anything: the dataset and its parser start loading side by side.
// (zod is configured for the page's Content-Security-Policy where the schema is defined, data/zodConfig.ts,
// so it stays out of the first chunk.)
prefetchDataset(sourceFromSearch(window.location.search));

// As a transition, so React renders the shell in slices (one task of 40-70 ms on two cores otherwise) and the
// dataset's response is taken in between them.
const root = createRoot(document.getElementById('root')!);
startTransition(() =>
  root.render(
    <StrictMode>
      <Providers>
        <App />
      </Providers>
    </StrictMode>,
  ),
);

registerServiceWorker();
