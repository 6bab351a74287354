// Parses and projects the 1:50m base map off the main thread, so the map keeps moving while it arrives.
import atlas from 'world-atlas/countries-50m.json';
import { serveFlat } from './basemapWorkerShared';

serveFlat(atlas);
