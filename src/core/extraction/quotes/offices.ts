/**
 * Offices the war's well-known people held, and when, as known in November 2026 (a term still
 * open then is taken as open for any later article). A story may name Vladimir Putin without a
 * title and go on with "the Russian president said"; the office known at the article's date links
 * the description back to him. Only dated knowledge: an article of unknown date learns nothing.
 */
import { lowerWords } from './text';

/** One office and the days it was held: `from` inclusive, `to` exclusive; open when still held. */
interface Term {
  readonly office: string;
  readonly from: string;
  readonly to?: string;
}

// Keyed by the gazetteer's canonical name (actors/gazetteer.ts PEOPLE).
const TERMS: Record<string, readonly Term[]> = {
  'Vladimir Putin': [
    { office: 'Russian president', from: '2000-05-07', to: '2008-05-07' },
    { office: 'Russian prime minister', from: '2008-05-08', to: '2012-05-07' },
    { office: 'Russian president', from: '2012-05-07' },
  ],
  'Joe Biden': [
    { office: 'US vice president', from: '2009-01-20', to: '2017-01-20' },
    { office: 'US president', from: '2021-01-20', to: '2025-01-20' },
  ],
  'Volodymyr Zelenskyy': [{ office: 'Ukrainian president', from: '2019-05-20' }],
  'Antony Blinken': [{ office: 'US secretary of state', from: '2021-01-26', to: '2025-01-20' }],
  'Lloyd Austin': [{ office: 'US defense secretary', from: '2021-01-22', to: '2025-01-20' }],
  'Sergei Lavrov': [{ office: 'Russian foreign minister', from: '2004-03-09' }],
  'Jens Stoltenberg': [
    { office: 'Norwegian prime minister', from: '2005-10-17', to: '2013-10-16' },
    { office: 'NATO secretary general', from: '2014-10-01', to: '2024-10-01' },
  ],
  'Xi Jinping': [{ office: 'Chinese president leader', from: '2013-03-14' }],
  'Emmanuel Macron': [{ office: 'French president', from: '2017-05-14' }],
  'Olaf Scholz': [{ office: 'German chancellor', from: '2021-12-08', to: '2025-05-06' }],
  'Donald Trump': [
    { office: 'US president', from: '2017-01-20', to: '2021-01-20' },
    { office: 'US president', from: '2025-01-20' },
  ],
  'Barack Obama': [{ office: 'US president', from: '2009-01-20', to: '2017-01-20' }],
  'Kamala Harris': [{ office: 'US vice president', from: '2021-01-20', to: '2025-01-20' }],
  'Alexander Lukashenko': [{ office: 'Belarusian president leader', from: '1994-07-20' }],
  'Recep Tayyip Erdogan': [
    { office: 'Turkish prime minister', from: '2003-03-14', to: '2014-08-28' },
    { office: 'Turkish president', from: '2014-08-28' },
  ],
  'Dmitry Peskov': [{ office: 'Kremlin spokesman press secretary', from: '2012-05-22' }],
  'Boris Johnson': [{ office: 'British prime minister', from: '2019-07-24', to: '2022-09-06' }],
  'Rishi Sunak': [{ office: 'British prime minister', from: '2022-10-25', to: '2024-07-05' }],
  'Liz Truss': [
    { office: 'British foreign secretary', from: '2021-09-15', to: '2022-09-06' },
    { office: 'British prime minister', from: '2022-09-06', to: '2022-10-25' },
  ],
  'Keir Starmer': [{ office: 'British prime minister', from: '2024-07-05' }],
  'Ramzan Kadyrov': [{ office: 'Chechen leader', from: '2007-03-02' }],
  'Ursula von der Leyen': [{ office: 'European Commission president', from: '2019-12-01' }],
  'Charles Michel': [{ office: 'European Council president', from: '2019-12-01', to: '2024-12-01' }],
  'Josep Borrell': [{ office: 'EU foreign policy chief', from: '2019-12-01', to: '2024-12-01' }],
  'Pope Francis': [{ office: 'pope', from: '2013-03-13', to: '2025-04-21' }],
  'Dmitry Medvedev': [
    { office: 'Russian president', from: '2008-05-07', to: '2012-05-07' },
    { office: 'Russian prime minister', from: '2012-05-08', to: '2020-01-16' },
  ],
  'Angela Merkel': [{ office: 'German chancellor', from: '2005-11-22', to: '2021-12-08' }],
  'Sergei Shoigu': [{ office: 'Russian defence minister', from: '2012-11-06', to: '2024-05-12' }],
  'Valery Gerasimov': [{ office: 'Russian chief of the general staff', from: '2012-11-09' }],
  'Yevgeny Prigozhin': [{ office: 'Wagner chief', from: '2014-01-01', to: '2023-08-23' }],
  'Maria Zakharova': [{ office: 'Russian foreign ministry spokeswoman', from: '2015-08-10' }],
  'Dmytro Kuleba': [{ office: 'Ukrainian foreign minister', from: '2020-03-04', to: '2024-09-05' }],
  'Andriy Yermak': [{ office: 'Ukrainian presidential chief of staff', from: '2020-02-11', to: '2025-11-28' }],
  'Valerii Zaluzhnyi': [{ office: 'Ukrainian commander-in-chief general', from: '2021-07-27', to: '2024-02-08' }],
  'Oleksandr Syrskyi': [{ office: 'Ukrainian commander-in-chief general', from: '2024-02-08' }],
  'Kyrylo Budanov': [{ office: 'Ukrainian military intelligence chief', from: '2020-08-05' }],
  'Denys Shmyhal': [{ office: 'Ukrainian prime minister', from: '2020-03-04', to: '2025-07-17' }],
  'Oleksii Reznikov': [{ office: 'Ukrainian defence minister', from: '2021-11-04', to: '2023-09-05' }],
  'Rustem Umerov': [{ office: 'Ukrainian defence minister', from: '2023-09-06', to: '2025-07-17' }],
  'Ali Khamenei': [{ office: 'Iranian supreme leader', from: '1989-06-04' }],
  'Ebrahim Raisi': [{ office: 'Iranian president', from: '2021-08-03', to: '2024-05-19' }],
  'Benjamin Netanyahu': [
    { office: 'Israeli prime minister', from: '2009-03-31', to: '2021-06-13' },
    { office: 'Israeli prime minister', from: '2022-12-29' },
  ],
  'Narendra Modi': [{ office: 'Indian prime minister', from: '2014-05-26' }],
  'Giorgia Meloni': [{ office: 'Italian prime minister', from: '2022-10-22' }],
  'Viktor Orban': [{ office: 'Hungarian prime minister', from: '2010-05-29' }],
  'Andrzej Duda': [{ office: 'Polish president', from: '2015-08-06', to: '2025-08-06' }],
  'Donald Tusk': [
    { office: 'Polish prime minister', from: '2007-11-16', to: '2014-09-22' },
    { office: 'European Council president', from: '2014-12-01', to: '2019-12-01' },
    { office: 'Polish prime minister', from: '2023-12-13' },
  ],
  'Mateusz Morawiecki': [{ office: 'Polish prime minister', from: '2017-12-11', to: '2023-12-13' }],
  'Annalena Baerbock': [{ office: 'German foreign minister', from: '2021-12-08', to: '2025-05-06' }],
  'Boris Pistorius': [{ office: 'German defence minister', from: '2023-01-19' }],
  'Mark Rutte': [
    { office: 'Dutch prime minister', from: '2010-10-14', to: '2024-07-02' },
    { office: 'NATO secretary general', from: '2024-10-01' },
  ],
  'António Guterres': [{ office: 'UN secretary-general', from: '2017-01-01' }],
  'Rafael Grossi': [{ office: 'IAEA director general', from: '2019-12-03' }],
  'Kaja Kallas': [{ office: 'Estonian prime minister', from: '2021-01-26', to: '2024-07-15' }],
  'Gitanas Nausėda': [{ office: 'Lithuanian president', from: '2019-07-12' }],
  'Fumio Kishida': [{ office: 'Japanese prime minister', from: '2021-10-04', to: '2024-10-01' }],
  'Cyril Ramaphosa': [{ office: 'South African president', from: '2018-02-15' }],
  'Luiz Inácio Lula da Silva': [
    { office: 'Brazilian president', from: '2003-01-01', to: '2011-01-01' },
    { office: 'Brazilian president', from: '2023-01-01' },
  ],
  'Bashar al-Assad': [{ office: 'Syrian president', from: '2000-07-17', to: '2024-12-08' }],
  'Kim Jong Un': [{ office: 'North Korean leader', from: '2011-12-17' }],
  'Jake Sullivan': [{ office: 'US national security adviser', from: '2021-01-20', to: '2025-01-20' }],
  'Joseph Stalin': [{ office: 'Soviet leader', from: '1924-01-21', to: '1953-03-05' }],
  'Mikhail Gorbachev': [{ office: 'Soviet leader', from: '1985-03-11', to: '1991-12-25' }],
  'Boris Yeltsin': [{ office: 'Russian president', from: '1991-07-10', to: '2000-01-01' }],
};

/**
 * Lower-case words of the offices `name` (a canonical gazetteer name) held on `date`
 * (`YYYY-MM-DD`), with "former" and the office for one held before it: on 2023-02-02,
 * `knownOfficeWords('Vladimir Putin', …)` gives ["russian", "president"] and Boris Johnson's
 * gives ["former", "british", "prime", "minister"]. Nothing for an unknown date or person.
 */
export function knownOfficeWords(name: string, date: string | null): string[] {
  const terms = date ? TERMS[name] : undefined;
  if (!terms || !date) return [];
  const held = terms.filter((t) => t.from <= date && (!t.to || date < t.to));
  if (held.length > 0) return held.flatMap((t) => lowerWords(t.office));
  const before = terms.filter((t) => t.to && t.to <= date).at(-1);
  return before ? ['former', ...lowerWords(before.office)] : [];
}
