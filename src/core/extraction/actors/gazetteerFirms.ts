/**
 * Gazetteer lines for the business copy of the 1980s wires (the Reuters-21578 stories): telephone
 * monopolies, banks, brokerage houses and rating agencies, and the few bodies that copy writes in
 * its own way (the capitalised Federal Government, the Ways and Means Committee, the LDP). Written
 * "Name|Variant|Variant" like the rest of the gazetteer, which takes them in as organisations.
 */
export const WIRE_BUSINESS = [
  // Telephone monopolies named like papers ("Telegraph"); a West German economic institute.
  'Nippon Telegraph and Telephone|Nippon Telegraph and Telephone Corp|NTT', 'American Telephone and Telegraph|American Telephone and Telegraph Co|AT&T',
  'Ifo|Ifo institute|Ifo Institute|Ifo economic institute|Ifo Institute for Economic Research',
  'AFL-CIO',
  // Banks and oil majors wire copy names short or with a slash.
  'Chase Manhattan|Chase Manhattan Bank|Chase Manhattan bank|Chase Manhattan Corp', 'Royal Dutch/Shell Group|Royal Dutch/Shell|Royal Dutch Shell',
  // Brokerage houses whose full names list their founders with commas ("Merrill Lynch, Pierce,
  // Fenner and Smith"), which no rule can tell from a list of firms.
  'Merrill Lynch|Merrill Lynch and Co|Merrill Lynch and Co Inc|Merrill Lynch, Pierce, Fenner and Smith|Merrill Lynch, Pierce, Fenner and Smith Inc',
  'Smith Barney|Smith Barney, Harris Upham and Co|Smith Barney, Harris Upham and Co Inc|Smith Barney, Harris and Upham Inc',
  'Donaldson Lufkin and Jenrette|Donaldson, Lufkin and Jenrette|Donaldson Lufkin and Jenrette Inc|Donaldson, Lufkin and Jenrette Inc',
  // The other Wall Street houses of the 1980s wires, named short as often as in full.
  'Salomon Brothers|Salomon Brothers Inc', 'First Boston|First Boston Corp|First Boston Inc', 'Morgan Stanley|Morgan Stanley and Co|Morgan Stanley and Co Inc',
  'Shearson Lehman Brothers|Shearson Lehman Brothers Inc|Shearson Lehman|Shearson Lehman Bros', 'Drexel Burnham Lambert|Drexel Burnham Lambert Inc|Drexel Burnham',
  'Kidder Peabody|Kidder Peabody and Co|Kidder, Peabody and Co', 'Dean Witter|Dean Witter Reynolds|Dean Witter Reynolds Inc', 'PaineWebber|PaineWebber Inc|PaineWebber Group|PaineWebber Group Inc',
  'Prudential-Bache Securities|Prudential-Bache Securities Inc|Prudential-Bache', 'Citicorp', 'Citibank|Citibank NA|Citibank N.A.',
  // A federation's government written with capitals as a name ("the Federal Government is spending").
  'Federal Government',
  // "the House Ways and Means Committee": one committee, though "and" joins two capitalised words.
  'House Ways and Means Committee|Ways and Means Committee|House Ways and Means committee|Ways and Means committee',
  // Japan's ruling party, which wire copy names by its initials alone.
  'Liberal Democratic Party|LDP',
  // Computer and chip makers the trade and tech stories name bare.
  'IBM|International Business Machines|International Business Machines Corp', 'Fujitsu|Fujitsu Ltd', 'Hitachi|Hitachi Ltd', 'Toshiba|Toshiba Corp',
  'NEC|NEC Corp', 'Sony|Sony Corp', 'Matsushita|Matsushita Electric Industrial Co', 'Motorola|Motorola Inc', 'Intel|Intel Corp',
  'Texas Instruments|Texas Instruments Inc', 'Advanced Micro Devices|Advanced Micro Devices Inc', 'National Semiconductor|National Semiconductor Corp',
  'Fairchild Semiconductor|Fairchild Semiconductor Corp',
  // The two rating agencies, named bare as often as in full.
  "Standard and Poor's Corp|Standard and Poor's|Standard & Poor's|Standard and Poor’s|Standard & Poor’s|S and P|S&P", "Moody's Investors Service Inc|Moody's Investors Service|Moody's|Moody’s",
];
