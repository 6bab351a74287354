import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Providers } from './app/Providers';
import { App } from './app/App';
import './app/app.css';
import { prefetchDataset } from './data/prefetch';
import { sourceFromSearch } from './data/source';

// Before React renders anything: the dataset and its parser start loading side by side.
prefetchDataset(sourceFromSearch(window.location.search));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers>
      <App />
    </Providers>
  </StrictMode>,
);
