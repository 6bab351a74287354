import type { ActorT, ThemeT } from './schema';
import { hash3 } from './syntheticRandom';

/** Twelve themes with colours far enough apart to tell on a timeline, each with nouns that titles use. */
export const SYNTHETIC_THEMES: (ThemeT & { topics: string[] })[] = [
  {
    id: 'ceasefire',
    label: 'Ceasefire',
    description: 'Truces, offers and breaches.',
    color: '#d1495b',
    topics: ['a truce', 'the ceasefire', 'a pause in fighting'],
  },
  {
    id: 'talks',
    label: 'Negotiations',
    description: 'Rounds of talks and their agenda.',
    color: '#00798c',
    topics: ['the talks', 'a new round of negotiations', 'the agenda'],
  },
  {
    id: 'prisoners',
    label: 'Prisoner exchange',
    description: 'Releases and swaps of detainees.',
    color: '#edae49',
    topics: ['a prisoner release', 'the detainee list', 'a swap'],
  },
  {
    id: 'troops',
    label: 'Troop withdrawal',
    description: 'Deployments, drawdowns and timetables.',
    color: '#30638e',
    topics: ['the withdrawal timetable', 'troop levels', 'a drawdown'],
  },
  {
    id: 'violence',
    label: 'Attacks',
    description: 'Attacks, raids and casualties.',
    color: '#6a4c93',
    topics: ['an attack', 'a raid', 'casualties'],
  },
  {
    id: 'aid',
    label: 'Humanitarian aid',
    description: 'Aid pledges, access and relief.',
    color: '#2a9d8f',
    topics: ['aid deliveries', 'a relief pledge', 'humanitarian access'],
  },
  {
    id: 'elections',
    label: 'Elections',
    description: 'Votes, results and disputes.',
    color: '#e76f51',
    topics: ['the election results', 'a recount', 'the vote'],
  },
  {
    id: 'economy',
    label: 'Economy and sanctions',
    description: 'Sanctions, reserves and trade.',
    color: '#8d6a00',
    topics: ['sanctions', 'frozen reserves', 'a trade corridor'],
  },
  {
    id: 'rights',
    label: 'Human rights',
    description: "Women's rights, media freedom, justice.",
    color: '#c2185b',
    topics: ["women's rights", 'press freedom', 'detentions'],
  },
  {
    id: 'diplomacy',
    label: 'Regional diplomacy',
    description: 'Neighbours, envoys and summits.',
    color: '#43aa8b',
    topics: ['a regional summit', 'border talks', 'a visit by envoys'],
  },
  {
    id: 'refugees',
    label: 'Refugees and migration',
    description: 'Displacement and returns.',
    color: '#577590',
    topics: ['refugee returns', 'displacement', 'border crossings'],
  },
  {
    id: 'governance',
    label: 'Governance',
    description: 'Appointments, cabinets and decrees.',
    color: '#9c6644',
    topics: ['a cabinet reshuffle', 'a decree', 'new appointments'],
  },
];

const FIRST = [
  'Amina',
  'Bashir',
  'Carmen',
  'Dawud',
  'Elena',
  'Farid',
  'Greta',
  'Hamid',
  'Inès',
  'Jalil',
  'Katya',
  'Latif',
  'Mariam',
  'Nasir',
  'Olga',
  'Parwin',
  'Qasim',
  'Rahel',
  'Sami',
  'Tariq',
  'Ursula',
  'Wahid',
  'Yasmin',
  'Zoë',
  'Abdul',
  'Björn',
  'Chiara',
  'Dário',
  'Émile',
  'Fatima',
  'Gul',
  'Hakan',
  'Ilse',
  'José',
  'Karim',
  'Leïla',
  'Malalai',
];
const LAST = [
  'Ahmadi',
  'Barakzai',
  'Castillo',
  'Durrani',
  'Eriksen',
  'Faizi',
  'Ghani',
  'Haqqani',
  'Ibrahimi',
  'Jansen',
  'Karimi',
  'Lodin',
  'Mohseni',
  'Noori',
  'Osmani',
  'Popal',
  'Qureshi',
  'Rahimi',
  'Saberi',
  'Tanin',
  'Usmani',
  'Wardak',
  'Yusufzai',
  'Zazai',
  'Álvarez',
  'Brück',
  'Çelik',
  'Dostum',
  'Ekström',
  'Fahim',
  'Gailani',
  'Hotak',
  'Ishaqzai',
  'Jalali',
  'Kakar',
  'Loya',
  'Müller',
  'Nazari',
  'Omid',
  'Paktiani',
  'Rasuli',
];
const PLACE_A = ['Vel', 'Kor', 'Am', 'Dar', 'Tal', 'Zan', 'Bel', 'Or', 'Sar', 'Mir', 'Khal', 'Ost'];
const PLACE_B = ['oria', 'estan', 'avia', 'inia', 'ara', 'uth', 'ovia', 'ania', 'mark', 'land', 'istan', 'ena'];
const ORG_KINDS: { type: ActorT['type']; pattern: (p: string) => string; title: string | null }[] = [
  { type: 'state', pattern: (p) => p, title: null },
  { type: 'government-body', pattern: (p) => `${p} Foreign Ministry`, title: null },
  { type: 'armed-group', pattern: (p) => `${p} Front`, title: null },
  { type: 'international-body', pattern: (p) => `${p} Council`, title: 'intergovernmental body' },
  { type: 'media', pattern: (p) => `${p} Broadcasting`, title: 'broadcaster' },
  { type: 'group', pattern: (p) => `${p} Civic Alliance`, title: 'civil-society group' },
];
const PERSON_TITLES = [
  'special envoy',
  'spokesman',
  'foreign minister',
  'negotiator',
  'commander',
  'president',
  'ambassador',
  'analyst',
];

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The actors of a synthetic dataset: about half people, the rest states, ministries, armed groups and others,
 * with unique names (some accented, to exercise accent-blind search) and aliases. Deterministic per seed.
 */
export function syntheticActors(n: number, seed: number): ActorT[] {
  const actors: ActorT[] = [];
  const orgs: string[] = [];
  const shift = hash3(seed, 0, 77) % (FIRST.length * LAST.length);
  for (let k = 0; k < n; k++) {
    const h = hash3(seed, k, 11);
    if (k % 2 === 1 || orgs.length === 0) {
      // Organisations: place names from two syllable lists are unique for the first 144; a numeral keeps later ones unique.
      const place = `${PLACE_A[k % PLACE_A.length]}${PLACE_B[Math.floor(k / PLACE_A.length) % PLACE_B.length]}`;
      const round = Math.floor(k / (PLACE_A.length * PLACE_B.length));
      const kind = ORG_KINDS[h % ORG_KINDS.length]!;
      const name = kind.pattern(round ? `${place} ${round + 1}` : place);
      actors.push({
        id: `${slug(name)}-${k}`,
        name,
        type: kind.type,
        affiliation: null,
        title: kind.title,
        aliases: [name, `the ${name}`],
      });
      orgs.push(actors[k]!.id);
    } else {
      // A step coprime with the number of first/last pairs visits distinct pairs, spread over both lists.
      const c = (k * 389 + shift) % (FIRST.length * LAST.length);
      const first = FIRST[c % FIRST.length]!;
      const last = LAST[Math.floor(c / FIRST.length) % LAST.length]!;
      const name = `${first} ${last}`;
      actors.push({
        id: `${slug(name)}-${k}`,
        name,
        type: 'person',
        affiliation: orgs[h % orgs.length]!,
        title: PERSON_TITLES[(h >>> 8) % PERSON_TITLES.length]!,
        aliases: [last, `${first[0]}. ${last}`],
      });
    }
  }
  return actors;
}

/** The theme records of a synthetic dataset (the schema fields only). */
export function syntheticThemes(): ThemeT[] {
  return SYNTHETIC_THEMES.map(({ id, label, description, color }) => ({ id, label, description, color }));
}
