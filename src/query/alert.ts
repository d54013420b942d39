// A watchlist's alert as the edges serve it; apart from query/watchlists.ts so that the web app can
// import the type without type-checking the matching code.
import type { ItemList } from '../store/items.js';

export interface AlertItem {
  list: ItemList;
  kind: string;
  parties: string[];
  date: string | null;
  /** A person's name (people items), else null. */
  name: string | null;
  /** One line for people: `meeting: RU-ALT – KZ-VOS (2025-03-01)`. */
  summary: string;
}

export interface Alert {
  doc: string;
  title: string | null;
  url: string | null;
  published: string | null;
  ingestedAt: string;
  /** Stored after the watchlist was last marked seen. */
  isNew: boolean;
  items: AlertItem[];
}
