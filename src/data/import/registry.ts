import type { ActorT, PlaceT, ThemeT } from '../schema';
import { themeColour } from './colours';
import type { RowActor, RowTheme } from './rowFormat';

/** The actors, themes and places an import meets, each once, in the order first met. */
export class Registry {
  readonly actors: ActorT[] = [];
  readonly themes: ThemeT[] = [];
  readonly places: PlaceT[] = [];
  private readonly actorAt = new Map<string, number>();
  private readonly themeAt = new Map<string, number>();
  private readonly placeAt = new Map<string, number>();
  private readonly placeObjects = new Map<PlaceT, number>();
  private readonly colours = new Set<string>();
  private readonly aliasKeys = new Map<string, Set<string>>();
  // Importers hand out one object per distinct name, so most rows are a single identity lookup.
  private readonly known = new Map<RowActor | RowTheme, number>();

  /** Position of the actor; a second spelling with the same id ("Taliban", "TALIBAN") becomes an alias. */
  actor(a: RowActor): number {
    const seen = this.known.get(a);
    if (seen !== undefined) return seen;
    let k = this.actorAt.get(a.id);
    if (k === undefined) {
      k = this.actors.length;
      this.actorAt.set(a.id, k);
      this.actors.push({ id: a.id, name: a.name, type: a.type, affiliation: null, title: null, aliases: [a.name] });
      this.aliasKeys.set(a.id, new Set([a.name.toLowerCase()]));
    } else {
      const keys = this.aliasKeys.get(a.id)!;
      const key = a.name.toLowerCase();
      if (!keys.has(key) && keys.size < 20) {
        keys.add(key);
        this.actors[k]!.aliases.push(a.name);
      }
    }
    this.known.set(a, k);
    return k;
  }

  theme(t: RowTheme): number {
    const seen = this.known.get(t);
    if (seen !== undefined) return seen;
    let k = this.themeAt.get(t.id);
    if (k === undefined) {
      k = this.themes.length;
      this.themeAt.set(t.id, k);
      let c = k;
      let color = themeColour(c);
      while (this.colours.has(color)) color = themeColour((c += 997));
      this.colours.add(color);
      this.themes.push({ id: t.id, label: t.label, description: t.description, color });
    }
    this.known.set(t, k);
    return k;
  }

  /** Position of the place (the first one met with its id), for the index's place column. */
  place(p: PlaceT): number {
    const seen = this.placeObjects.get(p);
    if (seen !== undefined) return seen;
    let k = this.placeAt.get(p.id);
    if (k === undefined) {
      k = this.places.length;
      this.placeAt.set(p.id, k);
      this.places.push(p);
    }
    this.placeObjects.set(p, k);
    return k;
  }
}
