// Parses and projects the 1:110m base map off the main thread (one entry per detail, so each worker holds one atlas).
import atlas from 'world-atlas/countries-110m.json';
import { serveFlat } from './basemapWorkerShared';

serveFlat(atlas);
