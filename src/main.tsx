import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Providers } from './app/Providers';
import { App } from './app/App';
import './app/app.css';
import { z } from 'zod';
import { registerServiceWorker } from './app/serviceWorker';

// The page's Content-Security-Policy forbids eval: zod checks data without compiling code (and without probing).
z.config({ jitless: true });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers>
      <App />
    </Providers>
  </StrictMode>,
);

registerServiceWorker();
