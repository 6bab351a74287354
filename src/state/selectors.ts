import type { EnvoyState } from './store';

export const selectActions = (s: EnvoyState) => s.actions;
export const selectEvent = (s: EnvoyState) => s.event;
export const selectArticle = (s: EnvoyState) => s.article;
export const selectWindow = (s: EnvoyState) => s.window;
export const selectLanes = (s: EnvoyState) => s.lanes;
export const selectMode = (s: EnvoyState) => s.mode;
export const selectHover = (s: EnvoyState) => s.hover;
export const selectNotices = (s: EnvoyState) => s.notices;
export const selectSearch = (s: EnvoyState) => s.search;
export const selectStatus = (s: EnvoyState) => s.status;
export const selectActors = (s: EnvoyState) => s.actors;
export const selectThemes = (s: EnvoyState) => s.themes;
export const selectActorMode = (s: EnvoyState) => s.actorMode;
export const selectThemeMode = (s: EnvoyState) => s.themeMode;
export const selectPanel = (s: EnvoyState) => s.panel;
export const selectShortcuts = (s: EnvoyState) => s.shortcuts;
