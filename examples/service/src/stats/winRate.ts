// Standings: ingests team records from the league's partner feed and serves win percentages.
//
// Post-mortem STAT-41: an expansion team arrived with no games played. `0 / 0` is NaN, nothing asked
// whether the value made sense, the row was stored, the API sent `null` and the app showed the
// default .500: a team that had never played sat in the playoff picture for two days.
import { audit } from '../audit.js';

export interface TeamRecord {
  team: string;
  wins: number;
  losses: number;
  games: number;
  homeWins: number;
  homeGames: number;
}

declare function saveStanding(row: { team: string; winPct: number; lossPct: number }): Promise<void>;

/** After the incident: the win percentage is checked where it is computed, in a form NaN fails. */
export async function ingestStanding(record: TeamRecord): Promise<void> {
  const winPct = record.wins / record.games;
  if (!(winPct >= 0 && winPct <= 1)) {
    audit.error('win pct out of range, record rejected', { team: record.team, winPct });
    throw new RangeError(`winPct out of range [0, 1]: ${winPct}`);
  }

  // The loss percentage still has the old check, which NaN passes: every comparison with NaN is false.
  const lossPct = record.losses / record.games;
  if (lossPct < 0 || lossPct > 1) throw new RangeError(`lossPct out of range [0, 1]: ${lossPct}`);

  await saveStanding({ team: record.team, winPct, lossPct });
}

/** The partner also sends its own win percentage; it goes straight from their JSON to our caller. */
export function parsePartnerWinPct(body: string): number {
  const { winPct } = JSON.parse(body) as { winPct: number };
  return winPct;
}

/** League-wide numbers for the dashboard. */
export function leagueSummary(records: readonly TeamRecord[]) {
  let homeWins = 0;
  let homeGames = 0;
  for (const record of records) {
    homeWins += record.homeWins;
    homeGames += record.homeGames;
  }
  // Before the first game of a season this is 0 / 0 again.
  return { teams: records.length, homeWinRate: homeWins / homeGames };
}

/** Shown for a team before its first game: a percentage, in a name that holds a fraction. */
export const DEFAULT_WIN_PCT = 50;
