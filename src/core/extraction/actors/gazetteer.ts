/**
 * Gazetteers: names the rules know without a tagger. Each entry gives the canonical name, the
 * kind, the surface variants (case-sensitive, matched on word boundaries) and, for places used
 * for governments, the actor they stand for.
 */
import type { ActorKind } from '../types';
import { WIRE_BUSINESS } from './gazetteerFirms';

export interface GazetteerEntry {
  name: string;
  kind: ActorKind;
  variants: string[];
  /** Canonical name of the actor this one stands for (the Kremlin → Russia). */
  standsFor?: string;
}

// Countries and regions written "Name|Variant|Variant" so one line holds one actor.
const COUNTRIES = [
  'United States|US|U.S.|U.S.A.|USA|America|United States of America', 'United Kingdom|UK|U.K.|Britain|Great Britain',
  'Russia|Russian Federation', 'Ukraine', 'Belarus', 'Poland', 'Romania', 'Moldova', 'Georgia', 'Armenia', 'Azerbaijan',
  'Kazakhstan', 'Lithuania', 'Latvia', 'Estonia', 'Finland', 'Sweden', 'Norway', 'Denmark', 'Iceland', 'Germany',
  'France', 'Italy', 'Spain', 'Portugal', 'Netherlands|the Netherlands|Holland', 'Belgium', 'Luxembourg', 'Switzerland',
  'Austria', 'Hungary', 'Slovakia', 'Czech Republic|Czechia', 'Slovenia', 'Croatia', 'Serbia', 'Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia', 'Kosovo',
  'Montenegro', 'North Macedonia', 'Albania', 'Greece', 'Bulgaria', 'Turkey|Türkiye', 'Cyprus', 'Ireland', 'Malta',
  'Israel', 'Palestine', 'Gaza', 'West Bank', 'Lebanon', 'Syria', 'Jordan', 'Iraq', 'Iran', 'Saudi Arabia', 'Yemen',
  'Qatar', 'Kuwait', 'Oman', 'Bahrain', 'United Arab Emirates|UAE', 'Egypt', 'Libya', 'Tunisia', 'Algeria', 'Morocco',
  'Sudan', 'South Sudan', 'Ethiopia', 'Eritrea', 'Somalia', 'Kenya', 'Nigeria', 'Niger', 'Mali', 'Chad', 'Ghana',
  'South Africa', 'Zimbabwe', 'Mozambique', 'Angola', 'Congo', 'Rwanda', 'Uganda', 'Tanzania', 'Afghanistan',
  'Pakistan', 'India', 'Bangladesh', 'Sri Lanka', 'Nepal', 'China', 'Taiwan', 'Japan', 'North Korea', 'South Korea',
  'Mongolia', 'Vietnam', 'Thailand', 'Cambodia|Kampuchea', 'Laos', 'Myanmar|Burma', 'Malaysia', 'Singapore', 'Indonesia',
  'Philippines|the Philippines', 'Turks and Caicos Islands|Turks and Caicos', 'Australia', 'New Zealand', 'Canada', 'Mexico', 'Cuba', 'Venezuela', 'Colombia',
  'Brazil', 'Argentina', 'Chile', 'Peru', 'Bolivia', 'Ecuador', 'Uzbekistan', 'Turkmenistan', 'Tajikistan', 'Kyrgyzstan',
  'Andorra', 'Antigua and Barbuda', 'Bahamas|the Bahamas', 'Barbados', 'Belize', 'Benin', 'Bhutan', 'Brunei', 'Burkina Faso',
  'Burundi', 'Cape Verde|Cabo Verde', 'Central African Republic|Central Africa Republic', 'Costa Rica', 'Dominican Republic', 'Dominica', 'Equatorial Guinea',
  'Papua New Guinea', 'Guinea-Bissau', 'Guinea', 'Eswatini|Swaziland', 'Fiji', 'Gabon', 'Gambia|the Gambia', 'Grenada', 'Guyana',
  'Jamaica', 'Kiribati', 'Lesotho', 'Liberia', 'Liechtenstein', 'Malawi', 'Maldives|the Maldives', 'Marshall Islands', 'Mauritania',
  'Mauritius', 'Micronesia', 'Monaco', 'Nauru', 'Palau', 'Saint Lucia', 'Samoa', 'San Marino', 'Seychelles', 'Sierra Leone',
  'Solomon Islands', 'Suriname', 'Timor-Leste|East Timor', 'Togo', 'Tonga', 'Trinidad and Tobago', 'Tuvalu', 'Vanuatu',
  'Greenland', 'Puerto Rico', 'Gibraltar', 'Macau|Macao', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Catalonia', 'Kurdistan',
  'Transnistria|Transdniestria|Pridnestrovie', 'Abkhazia', 'South Ossetia', 'Nagorno-Karabakh|Nagorno Karabakh|Karabakh', 'Chechnya',
  'Dagestan', 'Tatarstan', 'Bashkortostan', 'Siberia', 'Caucasus|the Caucasus', 'North Caucasus', 'South Caucasus', 'Manchuria', 'Korea|Korean Peninsula|Korean peninsula', 'Taiwan Strait|Taiwan strait', 'Azovstal|Azovstal steel plant|Azovstal plant',
  'Soviet Union|USSR|U.S.S.R.|Union of Soviet Socialist Republics', 'Europe', 'Eastern Europe', 'Western Europe', 'Central Europe', 'Asia', 'Africa',
  'Middle East|Mideast', 'Third World', 'Latin America', 'Scandinavia', 'the Baltics|Baltic states|Baltic States|Baltic republics|Baltic countries', 'Balkans|the Balkans', 'Crimea|Crimean Peninsula|Crimean peninsula',
  'Donbas|Donbass', 'Donetsk', 'Luhansk|Lugansk|Ługańsk', 'Kherson|Chersoń', 'Zaporizhzhia|Zaporoże', 'Mariupol', 'Bakhmut|Bachmut', 'Kharkiv|Kharkov|Charków', 'Odesa|Odessa',
  'Lviv|Lwów', 'Bucha', 'Irpin', 'Eastern Ukraine|eastern Ukraine', 'Western Ukraine|western Ukraine', 'Xinjiang', 'Tibet',
  'Schengen zone|Schengen area|Schengen Area', 'Texas', 'California', 'Florida', 'Virginia', 'Missouri',
  // Canada's provinces, which wire copy puts after a town as it does a US state ("Calgary, Alberta").
  'Alberta', 'Ontario', 'Quebec', 'British Columbia', 'Manitoba', 'Saskatchewan', 'Nova Scotia',
  'Geneva', 'Vienna', 'Brussels', 'Munich', 'Davos', 'Helsinki', 'Rotterdam', 'Ramstein', 'The Hague|the Hague',
  'Istanbul', 'New York', 'Los Angeles', 'Chicago', 'Hong Kong', 'Whiteman Air Force Base',
  'Kaliningrad', 'Black Sea', 'Baltic Sea', 'Sea of Azov|Azov Sea', 'Urals|Ural Mountains', 'Russian Empire', 'Sevastopol', 'Dnipro', 'Mykolaiv|Mikołajów', 'Kramatorsk',
  'Melitopol', 'Chernihiv', 'Sumy', 'Belgorod', 'St. Petersburg|St Petersburg|Saint Petersburg', 'Krakow|Kraków',
  'South China Sea', 'East China Sea', 'Mediterranean|Mediterranean Sea', 'Red Sea', 'North Sea', 'Caspian Sea',
  'Persian Gulf|Mideast Gulf', 'Arctic',
  // Towns of the front line that news of the war names without saying what they are.
  'Avdiivka|Awdijiwka', 'Izium|Izyum', 'Kupiansk', 'Lyman', 'Sievierodonetsk|Severodonetsk', 'Lysychansk', 'Sloviansk', 'Vuhledar',
  'Pokrovsk|Pokrowsk', 'Chasiv Yar|Czasiw Jar', 'Soledar', 'Enerhodar', 'Nova Kakhovka', 'Kakhovka', 'Hostomel', 'Borodianka|Borodzianka', 'Zhytomyr',
  'Vinnytsia', 'Poltava', 'Uzhhorod', 'Chernivtsi', 'Ternopil', 'Rivne', 'Lutsk', 'Kropyvnytskyi', 'Cherkasy', 'Rostov|Rostov-on-Don',
  'Kursk', 'Bryansk', 'Voronezh', 'Novorossiysk', 'Great Hall of the People', 'Red Square', 'Tiananmen Square',
  "Donetsk People's Republic|Donetsk People’s Republic", "Luhansk People's Republic|Luhansk People’s Republic|Lugansk People's Republic|Lugansk People’s Republic",
  // Countries a grain or arms story names in passing; the Vatican is a state as well as a see.
  'Djibouti', 'Senegal', 'Cameroon', 'Ivory Coast', 'Zambia', 'Namibia', 'Botswana', 'Madagascar', 'Haiti', 'Panama',
  'Guatemala', 'Honduras', 'Nicaragua', 'El Salvador', 'Paraguay', 'Uruguay', 'Vatican|Vatican City',
  // The two Congos are two states; the bare "Congo" stays its own entry.
  'Republic of the Congo|Republic of Congo|Congo-Brazzaville', 'Democratic Republic of the Congo|Democratic Republic of Congo|DRC',
  'Comoros|Union of the Comoros|Union of Comoros', 'Dubai', 'Abu Dhabi', 'Novorossiya|New Russia',
  // Regions a China or NATO story names; "Asia-Pacific" is one region, not "Asia".
  'Asia-Pacific', 'Indo-Pacific', 'North Atlantic', 'Hiroshima', 'Nagasaki', 'Glasgow',
  // States of the last century that histories of the region name; "Nazi Germany" is not today's Germany.
  'Czechoslovakia', 'Yugoslavia', 'East Germany|E. Germany', 'West Germany|W. Germany', 'Prussia', 'Austria-Hungary', 'Ottoman Empire',
  'Russian Empire', 'Nazi Germany|Third Reich',
  // Straits and hemispheres, named without a word saying what they are.
  'Bosphorus|Bosporus', 'Dardanelles', 'Kerch Strait|Strait of Kerch', 'English Channel',
  'Western Hemisphere', 'Eastern Hemisphere', 'Northern Hemisphere', 'Southern Hemisphere',
  // Rivers of the war's geography; the bare "Dnipro" stays the city.
  'Dnieper|Dnieper River|Dnipro River|river Dnipro|Dnipro river|Dniepr', 'Dniester|Dniester River|Dnister', 'Siverskyi Donets|Seversky Donets|Donets River',
  'Danube|Danube River', 'Volga|Volga River', 'Don River', 'Desna River', 'Inhulets River', 'Oskil River',
  'Pripyat Marshes|Pinsk Marshes', 'Pripyat River',
  // Capitals that share their name with other cities ("Tripoli, Lebanon", "Panama City, Florida") stand for no state.
  'Tripoli', 'Panama City',
  'Sub-Saharan Africa|sub-Saharan Africa', 'Benghazi', 'Misrata', 'Sirte', 'Aleppo', 'Mosul', 'Tel Aviv', 'Istanbul',
  'Mumbai', 'Shanghai', 'Johannesburg', 'Cape Town', 'Karachi', 'Hamburg', 'Barcelona', 'Strasbourg', 'Goma',
  // Markets and summit towns of business copy that the GeoNames list leaves out or that follow "the".
  'Frankfurt', 'Venice', 'Naples', 'Milan', 'Zurich', 'Osaka', 'Dallas', 'Houston', 'Atlanta', 'Denver', 'Detroit', 'San Francisco', 'Montreal',
  // More of the war's geography: front-line and occupied towns, Russian rear cities and bases, the
  // Polish and Belarusian border, and places summits meet ("Engels" is left out: a surname too).
  'Kryvyi Rih|Krivoy Rog', 'Khmelnytskyi', 'Ivano-Frankivsk', 'Marinka|Maryinka', 'Toretsk', 'Kostiantynivka',
  'Siversk', 'Balakliia|Balakleya', 'Svatove', 'Kreminna', 'Rubizhne', 'Popasna', 'Berdiansk|Berdyansk', 'Tokmak',
  'Robotyne', 'Orikhiv', 'Huliaipole', 'Moschun', 'Vyshhorod', 'Brovary', 'Chornobyl|Chernobyl|Czarnobyl', 'Snake Island',
  'Nikopol', 'Kinburn Spit|Kinburn', 'Vovchansk', 'Simferopol', 'Kerch', 'Crimean Bridge|Kerch Bridge', 'Krasnodar', 'Krasnodar Krai', 'Narva River',
  'Taganrog', 'Yeysk', 'Pskov', 'Murmansk', 'Yekaterinburg', 'Novosibirsk', 'Gagauzia', 'Narva',
  'Suwalki Gap|Suwałki Gap', 'Rzeszow|Rzeszów', 'Przemysl|Przemyśl', 'Medyka', 'Lublin', 'Gdansk|Gdańsk', 'Wroclaw|Wrocław',
  'Poznan|Poznań', 'Bialystok|Białystok', 'Gomel|Homel', 'Brest', 'Grodno|Hrodna', 'Mozyr', 'Wiesbaden', 'Bavaria',
  'Saxony', 'Brandenburg', 'Bali', 'Sochi', 'Antalya', 'Global South',
];

// Capitals (and seats of power) that newsrooms use for the government: `Name|variants>Country`.
const GOVERNMENT_PLACES = [
  'Washington>United States', 'Moscow>Russia', 'Kremlin|the Kremlin>Russia', 'Kyiv|Kiev>Ukraine', 'Minsk>Belarus',
  'Warsaw>Poland', 'London>United Kingdom', 'Paris>France', 'Berlin>Germany', 'Bonn>Germany',
  'Rome>Italy', 'Madrid>Spain', 'Ankara>Turkey', 'Beijing>China', 'Tokyo>Japan', 'Seoul>South Korea',
  'Pyongyang>North Korea', 'Tehran>Iran', 'Jerusalem>Israel', 'Ottawa>Canada', 'Canberra>Australia',
  'New Delhi|Delhi>India', 'Tbilisi>Georgia', 'Chisinau>Moldova', 'Bucharest>Romania', 'Budapest>Hungary',
  'Stockholm>Sweden', 'Oslo>Norway', 'Copenhagen>Denmark', 'Vilnius>Lithuania', 'Riga>Latvia', 'Tallinn>Estonia',
  'Belgrade>Serbia', 'Prague>Czech Republic', 'Prague Castle>Czech Republic', 'Bratislava>Slovakia', 'Zagreb>Croatia', 'Ljubljana>Slovenia',
  'Athens>Greece', 'Lisbon>Portugal', 'Dublin>Ireland', 'Yerevan>Armenia', 'Baku>Azerbaijan',
  'Astana>Kazakhstan', 'Tashkent>Uzbekistan', 'Islamabad>Pakistan', 'Cairo>Egypt', 'Riyadh>Saudi Arabia',
  'Damascus>Syria', 'Baghdad>Iraq', 'Kabul>Afghanistan', 'Havana>Cuba', 'Caracas>Venezuela', 'Taipei>Taiwan',
  // The other capitals, for "Kampala", "Tripoli" and "Nairobi" in stories of the war's diplomacy
  // (not those that are as often surnames: Muscat, Colombo, Wellington).
  'Tirana>Albania', 'Algiers>Algeria', 'Luanda>Angola', 'Buenos Aires>Argentina', 'Manama>Bahrain', 'Dhaka>Bangladesh',
  'La Paz>Bolivia', 'Sarajevo>Bosnia and Herzegovina', 'Gaborone>Botswana', 'Brasilia|Brasília>Brazil', 'Ouagadougou>Burkina Faso', 'Phnom Penh>Cambodia',
  'Yaounde|Yaoundé>Cameroon', 'Bangui>Central African Republic', "N’Djamena|N'Djamena|Ndjamena>Chad", 'Bogota|Bogotá>Colombia', 'Kinshasa>Democratic Republic of the Congo', 'Brazzaville>Republic of the Congo',
  'Nicosia>Cyprus', 'Quito>Ecuador', 'San Salvador>El Salvador', 'Asmara>Eritrea', 'Addis Ababa>Ethiopia', 'Libreville>Gabon',
  'Accra>Ghana', 'Guatemala City>Guatemala', 'Conakry>Guinea', 'Port-au-Prince>Haiti', 'Reykjavik|Reykjavík>Iceland', 'Jakarta>Indonesia',
  'Amman>Jordan', 'Nairobi>Kenya', 'Pristina|Prishtina>Kosovo', 'Kuwait City>Kuwait', 'Bishkek>Kyrgyzstan', 'Vientiane>Laos',
  'Beirut>Lebanon', 'Monrovia>Liberia', 'Antananarivo>Madagascar', 'Lilongwe>Malawi', 'Kuala Lumpur>Malaysia',
  'Bamako>Mali', 'Valletta>Malta', 'Nouakchott>Mauritania', 'Mexico City>Mexico', 'Ulaanbaatar|Ulan Bator>Mongolia', 'Podgorica>Montenegro',
  'Rabat>Morocco', 'Maputo>Mozambique', 'Naypyidaw|Nay Pyi Taw>Myanmar', 'Windhoek>Namibia', 'Kathmandu>Nepal', 'Managua>Nicaragua',
  'Niamey>Niger', 'Abuja>Nigeria', 'Skopje>North Macedonia', 'Manila>Philippines', 'Doha>Qatar', 'Kigali>Rwanda',
  'Dakar>Senegal', 'Freetown>Sierra Leone', 'Mogadishu>Somalia',
  'Pretoria>South Africa', 'Juba>South Sudan', 'Khartoum>Sudan', 'Dushanbe>Tajikistan', 'Dodoma>Tanzania',
  'Bangkok>Thailand', 'Lome|Lomé>Togo', 'Tunis>Tunisia', 'Ashgabat>Turkmenistan', 'Kampala>Uganda', 'Montevideo>Uruguay',
  'Hanoi>Vietnam', "Sanaa|Sana’a|Sana'a>Yemen", 'Lusaka>Zambia', 'Harare>Zimbabwe',
];

const ORGANIZATIONS = [
  'NATO|Nato|North Atlantic Treaty Organization|North Atlantic Alliance', 'Normandy Four|Normandy Quartet', 'State Department|Department of State|U.S. Department of State|US Department of State|U.S. State Department|US State Department',
  'Office of the Director of National Intelligence|ODNI', 'Pentagon|Defense Department|Department of Defense|U.S. Department of Defense|US Department of Defense|U.S. Defense Department|US Defense Department', 'White House', 'National Security Council|US National Security Council|U.S. National Security Council', 'Congress|U.S. Congress|US Congress', 'Senate|US Senate|U.S. Senate',
  'House of Representatives|US House of Representatives|U.S. House of Representatives', 'CIA|Central Intelligence Agency', 'FBI|Federal Bureau of Investigation', 'NSA|National Security Agency',
  'OSCE|Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe|Organization for Security and Co-operation',
  'European Union|EU|E.U.', 'European Commission', 'European Parliament', 'European Council', 'Council of Europe',
  'International Criminal Court|ICC', 'Sejm', 'Bundestag', 'Knesset', 'UN General Assembly|United Nations General Assembly|U.N. General Assembly|General Assembly',
  'United Nations|UN|U.N.', 'UN Security Council|Security Council',
  'International Monetary Fund|IMF', 'World Bank', 'G7|G-7|Group of Seven', 'Group of Five|G-5', 'Group of Six|G-6', 'Group of Ten|Group of 10|G-10', 'G20|G-20|Group of Twenty', 'Red Cross', 'Wagner Group|Wagner',
  'U.S. Air Force|US Air Force|Air Force', 'Royal Air Force|RAF', 'U.S. Navy|US Navy', 'U.S. Army|US Army', 'Peace Corps',
  'CNN Business', 'CNN', 'NPR', 'ABC News', 'ABC', 'NBC News', 'CBS News', 'Fox News', 'NBC', 'CBS', 'MSNBC', 'CNBC', 'PBS', 'BBC World Service|BBC World|BBC World News', 'BBC Radio 4|Radio 4', 'BBC Radio 5 Live|Radio 5 Live', 'BBC', 'Reuters', 'Associated Press|AP',
  'Bloomberg', 'Politico', 'Axios', 'The Daily Beast|Daily Beast', 'Fox Nation',
  // Outlets quoted as sources in the region's news ("Nikkei Asia" only: "the Nikkei" is Tokyo's index).
  'Censor.net|Censor.NET', 'Zaxid.net', 'Detector Media', 'LIGA.net|Liga.net', 'Espreso TV|Espreso', 'ICTV', 'Do Rzeczy',
  'Super Express', 'RBC|RBK', 'Rossiyskaya Gazeta', 'TV Rain|Dozhd', 'Echo of Moscow|Ekho Moskvy|Echo Moskvy', 'Mediazona',
  'Nasha Niva', 'Zerkalo|Zerkalo.io', 'Charter 97', 'Belsat', 'Die Zeit', 'Frankfurter Allgemeine Zeitung|Frankfurter Allgemeine|FAZ',
  'La Repubblica', 'Neue Zürcher Zeitung|NZZ', 'Voice of America|VOA', 'Nikkei Asia', 'CGTN', 'Global Times', 'Al Arabiya',
  'Jerusalem Post', 'The Independent', 'ITV|ITV News', 'Washington Examiner', 'Fox Business', 'Zvezda', 'Rossiya 24', 'Lenta.ru',
  'Gazeta.ru', 'Fontanka', 'Current Time', 'Evening Standard', 'Der Standard', 'Helsingin Sanomat', 'Yle', 'Delfi', 'LRT',
  'Postimees', 'Dagens Nyheter', 'Jyllands-Posten', 'Ura.ru', 'Wall Street Journal|WSJ', 'New York Times',
  'Washington Post', 'Financial Times', 'The Telegraph|Telegraph|Daily Telegraph', 'The Guardian|Guardian', 'The Economist', 'Al Jazeera', 'TASS|Tass', 'BelTA', 'Ukrinform', 'Interfax', 'France 24|FRANCE 24',
  'RIA Novosti|Ria Novosti|RIA Nowosti|Ria Nowosti|RIA NOVOSTI|RIA NOWOSTI', 'El Pais|El País', 'Asia Times', 'Rand Corporation|RAND Corporation|RAND',
  'The National Interest|National Interest', 'Forbes|Forbes.com', 'Twitter', 'Facebook', 'Telegram', 'Gazprom',
  'HSBC', 'BNP Paribas', 'Goldman Sachs|Goldman Sachs and Co|Goldman, Sachs and Co', 'JPMorgan|JPMorgan Chase|JP Morgan', 'Deutsche Bank', 'Raiffeisen Bank|Raiffeisen',
  'Georgetown University', 'Harvard University', 'Fair Observer', 'University of Oxford|Oxford University',
  'University of Cambridge|Cambridge University', 'Yale University', 'Stanford University', 'Princeton University',
  'Columbia University', 'London School of Economics|LSE', 'State Duma|Duma', 'Verkhovna Rada|Rada',
  'Islamic State|ISIS|ISIL|Daesh', 'Taliban', 'Hamas', 'Hezbollah', 'Al-Qaeda|al-Qaeda|Al Qaeda',
  'Mercedes-Benz|Mercedes', 'BMW', 'Volkswagen', 'Siemens', 'Airbus', 'Boeing', 'Lockheed Martin', 'Raytheon',
  'Rosneft', 'Lukoil', 'Google', 'Microsoft', 'Tesla', 'SpaceX', 'Apple', 'YouTube', 'Instagram',
  'TikTok', 'WhatsApp', 'Sky News', 'Kyiv Independent', 'Kyiv Post', 'Meduza', 'Russia Today',
  'Fox News Digital', 'Agence France-Presse|AFP|Agence France Presse',
  // Germany's wire, which styles itself in lower case ("German news agency dpa").
  'Deutsche Presse-Agentur|dpa', 'TVN24', 'League of Nations',
  // Outlets the war coverage cites, often by a bare or quoted name ("at the request of "Rzeczpospolita"").
  'Rzeczpospolita', 'Gazeta Wyborcza|Wyborcza', 'Polsat News|Polsat', 'Wirtualna Polska', 'Dziennik Gazeta Prawna', 'Notes from Poland',
  'Ukrainska Pravda|Ukrayinska Pravda|Ukrainian Pravda', 'Hromadske', 'Suspilne', 'UA:PBC', 'Kommersant', 'Rossiya 1|Rossija 1|Russia-1', 'NTV', 'RT|Russia Today', 'Izvestia', 'Vedomosti', 'Novaya Gazeta',
  'Nexta|NEXTA', 'Radio Free Europe/Radio Liberty|Radio Free Europe|RFE/RL|Radio Liberty|Radio Svoboda', 'Der Spiegel|Spiegel', 'Die Welt',
  'Bild', 'Frankfurter Allgemeine Zeitung|FAZ', 'Süddeutsche Zeitung', 'Le Monde', 'Le Figaro', 'Corriere della Sera', 'Euractiv|EURACTIV',
  'Defense Intelligence Agency|DIA|U.S. DIA|US DIA',
  'Food and Agriculture Organization|FAO', 'World Food Programme|World Food Program|WFP',
  'Japan Maritime Self-Defense Force|Japan Maritime Self-Defence Force|JMSDF',
  'Justice Department|Department of Justice|DOJ|U.S. Justice Department|US Justice Department|U.S. Department of Justice|US Department of Justice',
  // Poland's parties, which the Polish outlets of the war's news name by their initials or Polish names.
  'Law and Justice|PiS|Law and justice', 'Civic Platform|Platforma Obywatelska', 'Civic Coalition|Koalicja Obywatelska',
  "Polish People's Party|Polish People’s Party|PSL|Polskie Stronnictwo Ludowe",
  // Intelligence agencies, treasuries and central banks, which stories name by acronym or short name.
  'GCHQ', 'MI5', 'MI6|Secret Intelligence Service', 'SBU|Security Service of Ukraine', 'FSB|Federal Security Service',
  'GRU', 'SVR', 'Mossad', 'Joint Chiefs of Staff|Joint Chiefs', 'Israel Defense Forces|Israeli Defense Forces|IDF|Israeli army', 'BND', 'U.S. Treasury|US Treasury|U.S. Treasury Department|US Treasury Department|Treasury Department|Department of the Treasury',
  'HM Treasury', 'Securities and Exchange Commission|SEC', 'Federal Reserve|U.S. Federal Reserve|US Federal Reserve|the Fed|Federal Reserve Board|Fed Board', 'Bundesbank', 'Bank of Japan', 'Nasdaq|NASDAQ', 'Pravda', 'European Central Bank|ECB', 'Bank of England',
  'National Bank of Ukraine|NBU', 'Australian Labor Party|Australian Labor',
  // Airlines, which travel news names bare ("flights by KLM").
  'KLM', 'Lufthansa', 'Ryanair', 'Aeroflot', 'Wizz Air', 'LOT Polish Airlines|LOT', 'SkyUp', 'Ukraine International Airlines|UIA',
  'Air France', 'easyJet',
  // The business copy of the 1980s wires: see gazetteerFirms.ts.
  ...WIRE_BUSINESS,
  // Wires, broadcasters and papers beyond the first rounds' ("in an interview with PAP", "told Onet").
  'Polish Press Agency|PAP', 'Onet', 'Interia', 'TVP|Telewizja Polska', 'Polish Radio|Polskie Radio', 'RMF FM', 'Gazeta.pl',
  'Euromaidan Press', 'UNIAN', 'RBC-Ukraine', 'Interfax-Ukraine', 'Xinhua|Xinhua News Agency', 'Anadolu Agency|Anadolu',
  'Kyodo News|Kyodo', 'Yonhap', 'ANSA', 'EFE', 'Sputnik', 'Deutsche Welle|DW', 'Newsweek', 'USA Today', 'New York Post',
  'Los Angeles Times', 'The Hill', 'Business Insider', 'Daily Mail', 'The Times', 'Sunday Times', 'Haaretz',
  'Times of Israel|The Times of Israel', 'Wen Wei Po', 'Times of India|The Times of India', 'Euronews', 'ZDF', 'ARD', 'Channel One',
  // International and European bodies, alliances and formats of states.
  'Eurostat', 'Europol', 'Frontex', 'Eurojust', 'European Investment Bank|EIB',
  'European Bank for Reconstruction and Development|EBRD', 'European External Action Service|EEAS', 'European Defence Agency',
  'European Court of Human Rights|ECHR', 'World Health Organization|WHO', 'UNICEF', 'UNHCR', 'UNESCO',
  'International Atomic Energy Agency|IAEA', 'World Trade Organization|WTO', 'OPEC|Organization of Petroleum Exporting Countries|Organisation of Petroleum Exporting Countries',
  'GATT|General Agreement on Tariffs and Trade', 'OECD|Organisation for Economic Co-operation and Development|Organisation for Economic Cooperation and Development|Organization for Economic Co-operation and Development|Organization for Economic Cooperation and Development', 'ASEAN', 'African Union',
  'Arab League', 'Shanghai Cooperation Organization|Shanghai Cooperation Organisation|SCO', 'BRICS|Brics',
  'Collective Security Treaty Organization|Collective Security Treaty Organisation|CSTO', 'Eurasian Economic Union',
  'Union State', 'Amnesty International', 'Human Rights Watch', 'Doctors Without Borders|Médecins Sans Frontières|MSF',
  "Samaritan's Purse|Samaritan’s Purse", 'Ukrzaliznytsia|Ukrainian Railways', 'PKP Intercity', 'Economist Intelligence Unit|The Economist Intelligence Unit|EIU', 'Axis powers',
  'International Committee of the Red Cross|ICRC', 'International Court of Justice|ICJ', 'Court of Justice of the European Union|CJEU|EU Court of Justice|European Court of Justice|ECJ', 'Interpol',
  'International Olympic Committee|IOC', 'UN Human Rights Council', 'Visegrad Group|Visegrad Four|V4', 'Weimar Triangle',
  'Lublin Triangle', 'Bucharest Nine|B9', 'Associated Trio', 'Five Eyes', 'Ukraine Defense Contact Group|Ramstein group',
  // Governments' departments and parties that stories name bare ("Liz Truss’s Foreign Office").
  'Foreign Office|Foreign and Commonwealth Office|Foreign, Commonwealth and Development Office|FCDO', 'Home Office',
  'Cabinet Office', 'Department of Homeland Security|DHS', 'USAID', 'Supreme Court', 'Republican Party|GOP',
  'Democratic Party', 'Federation Council', 'United Russia', 'Investigative Committee', 'Rosgvardia|Rosgvardiya|National Guard of Russia', 'Roskomnadzor',
  'Office of the President of Ukraine|Ukrainian Presidential Office', 'National Security and Defense Council of Ukraine|National Security and Defence Council of Ukraine|National Security and Defense Council|National Security and Defence Council|National Security Council and Defense of Ukraine|NSDC',
  // Think tanks and pollsters quoted on the war.
  'Institute for the Study of War|ISW', 'Atlantic Council', 'Brookings Institution|Brookings', 'Council on Foreign Relations|CFR',
  'Carnegie Endowment for International Peace|Carnegie Endowment', 'Heritage Foundation', 'Chatham House',
  'Royal United Services Institute|RUSI', 'Center for Strategic and International Studies|CSIS', 'Wilson Center',
  'Stockholm International Peace Research Institute|SIPRI', 'International Institute for Strategic Studies|IISS',
  'European Council on Foreign Relations|ECFR', 'Eurasia Group', 'Pew Research Center', 'Levada Center|Levada Centre',
  'Kyiv International Institute of Sociology|KIIS', 'Gallup', 'YouGov', 'VCIOM', 'Savanta ComRes', 'Ipsos',
  // Companies of the war's economy.
  'Naftogaz', 'Ukrenergo', 'Energoatom', 'Ukrzaliznytsia|Ukrainian Railways', 'Rosatom', 'Roscosmos', 'Sberbank', 'VTB',
  'Novatek', 'Rheinmetall', 'BAE Systems', 'Northrop Grumman', 'General Dynamics', 'ExxonMobil', 'TotalEnergies',
  'Huawei', 'Samsung', 'Nvidia',
  // Brands whose staying in or leaving Russia made news.
  'Renault', 'Decathlon', 'Auchan', 'Leroy Merlin', 'Nestlé|Nestle', 'Credit Suisse', 'OLX', 'Avito', 'IKEA|Ikea',
  "McDonald's|McDonalds", 'Coca-Cola', 'PepsiCo', 'Starbucks', 'Unilever', 'Carlsberg', 'Heineken', 'Danone', 'UniCredit',
  'Mastercard|MasterCard', 'Yandex', 'Japan Tobacco', 'Ericsson', 'Nokia', 'Citigroup', 'Burger King', 'KFC', 'Inditex',
  'H&M', 'Uber', 'Carrefour', 'Metro AG', 'Wikipedia', 'Wikimedia Foundation|Wikimedia', 'Wikimedia Polska',
  // Energy firms and social networks that business and disinformation stories name in passing.
  'Saudi Aramco|Aramco', 'Philip Morris|Philip Morris International', 'Shell', 'BP|British Petroleum|British Petroleum Co|British Petroleum Co Plc|British Petroleum Co PLC|British Petroleum Plc', 'Chevron', 'Equinor', 'Uniper', 'Wintershall', 'OMV', 'Orlen|PKN Orlen', 'Transneft',
  'VKontakte|Vkontakte|VK', 'Odnoklassniki', 'WhatsApp', 'Meta', 'Netflix', 'OpenAI', 'X Corp',
  // Bodies, parties, units and firms of the war's news that name no kind of body in their names.
  'AUKUS', 'Three Seas Initiative', 'Nordic Council', 'Defence Intelligence of Ukraine|GUR|HUR',
  'National Anti-Corruption Bureau|NABU', 'Ukroboronprom', 'Territorial Defence Forces|Territorial Defense Forces',
  'National Guard of Ukraine', 'Azov Regiment|Azov Battalion|Azov Brigade', 'State Emergency Service|State Emergency Service of Ukraine',
  'National Police of Ukraine', 'Ukrainian Orthodox Church', 'Orthodox Church of Ukraine', 'Russian Orthodox Church', 'Moscow Patriarchate',
  'Rostec', 'Almaz-Antey', 'LDPR', 'Moscow Times|The Moscow Times', 'Viasna', 'KGB', 'Senate Armed Services Committee',
  'House Foreign Affairs Committee', 'Senate Foreign Relations Committee', 'Palantir', 'Conservative Party|Tories|Tory party|Tory Party', 'Labour Party', 'Kuomintang|KMT',
  'Bundeswehr', 'CDU', 'SPD', 'FDP', 'AfD', "Quai d'Orsay|Quai d’Orsay", 'Euroclear', 'Bellingcat', 'Kiel Institute|Kiel Institute for the World Economy',
  'Oryx', 'Islamic Revolutionary Guard Corps|IRGC', 'Kyiv School of Economics', 'Razumkov Centre|Razumkov Center', 'Rating Group|Rating Sociological Group',
  'Black Sea Fleet', 'Baltic Fleet', 'Northern Fleet', 'Russian Aerospace Forces|VKS', 'Russian Airborne Forces|VDV',
  'Paris Club', 'VGTRK', 'Stavka', 'Bundesrat', 'Riksdag', 'Storting', 'Folketing', 'Eduskunta', 'Seimas', 'Saeima', 'Riigikogu',
  'Russian Volunteer Corps', 'Freedom of Russia Legion', 'Kalinouski Regiment|Kastus Kalinouski Regiment', 'Georgian Legion',
  'International Legion|International Legion of Territorial Defence of Ukraine',
  'World Central Kitchen', 'NATO StratCom COE|NATO Stratcom Coe|NATO StratCom CoE|StratCom COE|Stratcom Coe|NATO Strategic Communications Centre of Excellence',
  // Seats of office that stand for the office itself, as the White House does ("Downing Street said");
  // the Kremlin alone is written as a place.
  'Downing Street', 'Élysée|Elysée|Elysee|Élysée Palace|Elysée Palace|Elysee Palace', 'Buckingham Palace', 
  'Zhongnanhai', 'Blue House', 'Palazzo Chigi|Chigi Palace', 'Quirinale|Quirinal Palace', 'Matignon|Hôtel Matignon', 'Moncloa Palace',
  'German Chancellery', 'Bellevue Palace',
  // Alliances and groupings of states, banks and agencies of the wider world's news.
  'Warsaw Pact', 'Quad|Quadrilateral Security Dialogue', 'Commonwealth of Independent States|CIS', 'Organisation of Islamic Cooperation|Organization of Islamic Cooperation|OIC',
  'Gulf Cooperation Council|GCC', 'ECOWAS', 'Mercosur', 'Organization of American States', 'Non-Aligned Movement', 'Group of 77|G77',
  'International Energy Agency|IEA', 'International Labour Organization|International Labor Organization|ILO', 'International Organization for Migration|IOM',
  'UN Development Programme|United Nations Development Programme|UNDP', 'OHCHR', 'Asian Development Bank', 'Asian Infrastructure Investment Bank|AIIB',
  'New Development Bank', 'Bank for International Settlements', 'Financial Action Task Force|FATF', 'SWIFT',
  'Parliamentary Assembly of the Council of Europe|PACE', 'NATO Parliamentary Assembly', 'OSCE Parliamentary Assembly', "European People's Party|European People’s Party|EPP",
  // Wires, papers and broadcasters of the wider world, which stories cite by name alone ("said the Tanjug agency").
  'Tanjug', 'eNCA', 'News24', 'SABC', 'Daily Maverick', 'Agerpres', 'Mediafax', 'Digi24', 'Adevarul|Adevărul', 'MTI', 'Index.hu', 'Magyar Nemzet',
  'ČTK|CTK', 'Denník N', 'Hospodářské noviny', 'Kathimerini', 'Hurriyet|Hürriyet', 'Daily Sabah', 'TRT World|TRT', 'Al-Monitor', 'Middle East Eye',
  'Arab News', 'Press TV', 'IRNA', 'Tasnim|Tasnim News Agency', 'KCNA|Korean Central News Agency', 'NHK', 'Asahi Shimbun', 'Yomiuri Shimbun',
  'Jiji Press', 'South China Morning Post|SCMP', 'Straits Times|The Straits Times', 'Channel NewsAsia', 'Hindustan Times', 'Indian Express|The Indian Express',
  'NDTV', 'Press Trust of India', 'Asian News International', 'Bernama', 'Antara', 'Australian Associated Press', 'Sydney Morning Herald',
  'CBC|CBC News', 'CTV|CTV News', 'Globe and Mail|The Globe and Mail', 'Canadian Press', 'Toronto Star', 'PA Media|Press Association', 'RTÉ|RTE',
  'Irish Times', 'Le Parisien', 'Libération', 'Ouest-France', 'La Stampa', 'Il Sole 24 Ore', 'RAI', 'El Mundo', 'La Vanguardia', 'Europa Press',
  'Lusa', 'Belga', 'De Telegraaf', 'NOS', 'Le Soir', 'Die Presse', 'ORF', 'Handelsblatt', 'Der Tagesspiegel|Tagesspiegel', 'Deutschlandfunk', 'n-tv',
  'Aftonbladet', 'Expressen', 'Svenska Dagbladet', 'SVT', 'NRK', 'Aftenposten', 'Politiken', 'Berlingske', 'Ilta-Sanomat', 'Iltalehti', 'ERR', 'LSM',
  'Radio ZET|Radio Zet', 'Radio Maryja', 'TV Republika', 'wPolityce|wPolityce.pl', 'Defence24', 'Gazeta Polska', 'Newsweek Polska', 'Business Insider Polska',
  'Blic', 'Vecernji list|Večernji list', 'Jutarnji list', 'Komsomolskaya Pravda', 'Moskovsky Komsomolets', 'Argumenty i Fakty', 'Nezavisimaya Gazeta',
  'REN TV', 'Readovka', 'The Insider', 'Verstka', 'Novaya Gazeta Europe', 'Glavcom', 'Obozrevatel', 'TSN', 'Dzerkalo Tyzhnia|ZN.UA', 'New Voice of Ukraine',
  'Breitbart|Breitbart News', 'HuffPost|Huffington Post', 'BuzzFeed News', 'ProPublica', 'The Intercept', 'National Review', 'Washington Times',
  'Chicago Tribune', 'Boston Globe', 'Defense News', 'Breaking Defense', 'Military Times', 'Stars and Stripes', 'War on the Rocks', 
  'Newsmax', 'C-SPAN', 'Yahoo News', 'Semafor', 'Daily Express', 'Daily Mirror', 'GB News', 'LBC', 'Channel 4 News', 'The Spectator', 'New Statesman',
  'i24NEWS|i24 News', 'Ynet|Ynetnews',
  // Companies of the war's trade, arms and sanctions stories.
  'Mondelez International|Mondelez', 'Procter & Gamble', 'Cargill', 'Bunge', 'Glencore', 'Trafigura', 'Vitol', 'ArcelorMittal', 'Metinvest', 'DTEK',
  'Kyivstar', 'Nova Poshta', 'PrivatBank', 'Oschadbank', 'Alfa-Bank|Alfa Bank', 'Gazprombank', 'Rosoboronexport', 'Kalashnikov Concern', 'Uralvagonzavod',
  'Rusal', 'Norilsk Nickel|Nornickel', 'Severstal', 'Evraz', 'Alrosa', 'Sovcomflot', 'Starlink', 'Kongsberg', 'Nammo', 'KNDS',
  'Krauss-Maffei Wegmann', 'Hanwha|Hanwha Aerospace', 'Hyundai Rotem', 'Baykar', 'Aselsan', 'Roketsan', 'Elbit Systems|Elbit', 'Honeywell', 'Pfizer',
  'AstraZeneca', 'PayPal', 'Western Union', 'Maersk', 'Bayer', 'BASF', 'Toyota', 'Nissan', 'Hyundai', 'ConocoPhillips', 'Halliburton', 'Baker Hughes', 'Fortum',
];

// Well-known people, so a surname alone or a spelling variant finds its canonical name.
const PEOPLE = [
  'Vladimir Putin|Putin', 'Joe Biden|Biden', 'Volodymyr Zelenskyy|Zelenskyy|Zelensky|Zelenskiy|Zelenskyi|Volodymyr Zelensky',
  'Antony Blinken|Blinken', 'Lloyd Austin', 'Sergei Lavrov|Lavrov', 'Jens Stoltenberg|Stoltenberg',
  'Xi Jinping|Xi', 'Emmanuel Macron|Macron', 'Olaf Scholz|Scholz', 'Donald Trump|Trump', 'Barack Obama|Obama',
  'Kamala Harris', 'Alexander Lukashenko|Lukashenko', 'Recep Tayyip Erdogan|Erdogan|Erdoğan', 'Dmitry Peskov|Peskov',
  'Boris Johnson', 'Rishi Sunak', 'Ramzan Kadyrov|Kadyrov|Kadyrow|Kadyrów', 'Catherine the Great', 'Peter the Great', 'Ursula von der Leyen|von der Leyen|Von der Leyen', 'Pope Francis', 'Liz Truss', 'Dmitry Medvedev|Medvedev', 'Angela Merkel|Merkel', 'Josep Borrell|Borrell',
  'Tucker Carlson',
  // The war's recurring names, with the spellings translated copy gives them (Polish "Szojgu", "Zacharowa").
  'Sergei Shoigu|Shoigu|Szojgu|Siergiej Szojgu', 'Valery Gerasimov|Gerasimov|Gierasimow', 'Yevgeny Prigozhin|Prigozhin|Prigożin|Prigozhyn',
  'Maria Zakharova|Zakharova|Zacharowa|Maria Zacharowa', 'Dmytro Kuleba|Kuleba|Kułeba', 'Andriy Yermak|Yermak|Jermak|Andrij Jermak',
  'Mykhailo Podolyak|Podolyak|Podolak|Mychajło Podolak', 'Valerii Zaluzhnyi|Zaluzhnyi|Zaluzhny|Załużny|Walerij Załużny',
  'Oleksandr Syrskyi|Syrskyi|Syrsky|Syrski', 'Kyrylo Budanov|Budanov|Budanow', 'Denys Shmyhal|Shmyhal|Szmyhal', 'Oleksii Reznikov|Reznikov|Reznikow',
  'Rustem Umerov|Umerov|Umierow', 'Alexei Navalny|Navalny|Nawalny', 'Ali Khamenei|Khamenei|Chamenei', 'Ebrahim Raisi|Raisi',
  'Benjamin Netanyahu|Netanyahu', 'Narendra Modi|Modi', 'Giorgia Meloni|Meloni', 'Viktor Orban|Viktor Orbán|Orban|Orbán',
  'Andrzej Duda|Duda', 'Donald Tusk|Tusk', 'Mateusz Morawiecki|Morawiecki', 'Radosław Sikorski|Radoslaw Sikorski|Sikorski',
  'Annalena Baerbock|Baerbock', 'Boris Pistorius|Pistorius', 'Keir Starmer|Starmer', 'Mark Rutte|Rutte', 'António Guterres|Antonio Guterres|Guterres',
  'Rafael Grossi|Grossi', 'Kaja Kallas|Kallas', 'Gitanas Nausėda|Gitanas Nauseda|Nausėda|Nauseda', 'Fumio Kishida|Kishida',
  'Cyril Ramaphosa|Ramaphosa', 'Luiz Inácio Lula da Silva|Lula da Silva|Lula', 'Bashar al-Assad|Assad', 'Kim Jong Un|Kim Jong-un',
  'Victoria Nuland|Nuland', 'Mark Milley|Milley', 'Jake Sullivan', 'John Kirby', 'Charles Michel',
  // Historical figures that speeches and quotations name by surname alone.
  // A victim of the Kremlin's poisonings, named by surname alone. (Not Litvinenko: Ukraine's
  // Oleksandr Lytvynenko would be spelled into him.)
  'Sergei Skripal|Skripal|Skrypal', 'Yulia Skripal',
  'Adolf Hitler|Hitler', 'Joseph Stalin|Stalin', 'Vladimir Lenin|Lenin', 'Mikhail Gorbachev|Gorbachev', 'Boris Yeltsin|Yeltsin',
  // Leaders of the 1980s, whom wire copy of the time names by surname alone ("Reagan and Mulroney").
  'Ronald Reagan|Reagan', 'Margaret Thatcher|Thatcher', 'Helmut Kohl|Kohl', 'Yasuhiro Nakasone|Nakasone',
  'François Mitterrand|Francois Mitterrand|Mitterrand', 'Brian Mulroney|Mulroney', 'Paul Volcker|Volcker', 'Deng Xiaoping',
];

/** Entries built from the lists above; longest variants first so "Washington Post" beats "Washington". */
export const GAZETTEER: GazetteerEntry[] = buildGazetteer();

function buildGazetteer(): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  const add = (line: string, kind: ActorKind): void => {
    const [names, standsFor] = line.split('>');
    const variants = names.split('|');
    // "Volodymyr Zelenskiy": the first name goes with every spelling of the surname.
    const first = kind === 'person' && variants[0].includes(' ') ? variants[0].split(' ')[0] : '';
    if (first) for (const v of [...variants]) if (!v.includes(' ') && !variants.includes(`${first} ${v}`)) variants.push(`${first} ${v}`);
    entries.push({ name: variants[0].replace(/^the /, ''), kind, variants, standsFor });
  };
  COUNTRIES.forEach((line) => add(line, 'place'));
  GOVERNMENT_PLACES.forEach((line) => add(line, 'place'));
  ORGANIZATIONS.forEach((line) => add(line, 'organization'));
  PEOPLE.forEach((line) => add(line, 'person'));
  return entries;
}

/** Canonical entry by any variant, case-insensitive; for resolving names that tagger found. */
export const GAZETTEER_BY_VARIANT: Map<string, GazetteerEntry> = new Map(
  GAZETTEER.flatMap((e) => [e.name, ...e.variants].map((v) => [v.toLowerCase(), e] as const)),
);

/** Plural demonyms used as collective actors ("the Russians", "Ukrainians"). */
export const GROUP_DEMONYMS = new Set([
  'Russians', 'Ukrainians', 'Americans', 'Europeans', 'Britons', 'Germans', 'Poles', 'Belarusians', 'Chinese',
  'Israelis', 'Palestinians', 'Iranians', 'Syrians', 'Afghans', 'Georgians', 'Moldovans', 'Lithuanians', 'Canadians',
  'Serbs', 'Croats', 'Bosnians', 'Albanians', 'Hungarians', 'Romanians', 'Bulgarians', 'Czechs', 'Slovaks', 'Finns',
  'Swedes', 'Danes', 'Norwegians', 'Estonians', 'Latvians', 'Kazakhs', 'Chechens', 'Tatars', 'Turks', 'Arabs', 'Kurds',
  'Armenians', 'Azerbaijanis', 'Italians', 'Spaniards', 'Australians', 'Indians', 'Japanese', 'Koreans', 'Dutch',
]);

/**
 * Nationality adjective → the country it names ("German" → "Germany"), for "the German
 * government", "the Swiss economy ministry". Two-word ones are written out ("West German").
 */
export const NATIONALITY_COUNTRY: Record<string, string> = {
  American: 'United States', Russian: 'Russia', Ukrainian: 'Ukraine', British: 'United Kingdom', French: 'France',
  German: 'Germany', Chinese: 'China', Polish: 'Poland', Italian: 'Italy', Spanish: 'Spain', Turkish: 'Turkey',
  Belarusian: 'Belarus', Israeli: 'Israel', Iranian: 'Iran', Japanese: 'Japan', Canadian: 'Canada', Georgian: 'Georgia',
  Dutch: 'Netherlands', Norwegian: 'Norway', Swedish: 'Sweden', Finnish: 'Finland', Danish: 'Denmark', Lithuanian: 'Lithuania',
  Latvian: 'Latvia', Estonian: 'Estonia', Romanian: 'Romania', Hungarian: 'Hungary', Moldovan: 'Moldova', Soviet: 'Soviet Union',
  Indian: 'India', Australian: 'Australia', Saudi: 'Saudi Arabia', Syrian: 'Syria', Afghan: 'Afghanistan', Iraqi: 'Iraq',
  Czech: 'Czech Republic', Greek: 'Greece', Irish: 'Ireland', Haitian: 'Haiti', Austrian: 'Austria', Belgian: 'Belgium',
  Swiss: 'Switzerland', Portuguese: 'Portugal', Slovak: 'Slovakia', Bulgarian: 'Bulgaria', Serbian: 'Serbia', Croatian: 'Croatia',
  Mexican: 'Mexico', Brazilian: 'Brazil', Venezuelan: 'Venezuela', Cuban: 'Cuba', Egyptian: 'Egypt', Pakistani: 'Pakistan',
  Kazakh: 'Kazakhstan', Armenian: 'Armenia', Azerbaijani: 'Azerbaijan', Taiwanese: 'Taiwan', Korean: 'Korea',
  'South Korean': 'South Korea', 'North Korean': 'North Korea', 'New Zealand': 'New Zealand', Nigerian: 'Nigeria',
  // Older wires name states that are gone: "the Yugoslav government", "the West German government".
  Yugoslav: 'Yugoslavia', 'West German': 'West Germany', 'East German': 'East Germany',
  'Sri Lankan': 'Sri Lanka', Argentine: 'Argentina', Chilean: 'Chile', Colombian: 'Colombia', Peruvian: 'Peru',
  Ecuadorean: 'Ecuador', Ecuadorian: 'Ecuador', Philippine: 'Philippines', Indonesian: 'Indonesia', Malaysian: 'Malaysia',
  Thai: 'Thailand', Kuwaiti: 'Kuwait', Algerian: 'Algeria', Libyan: 'Libya', Moroccan: 'Morocco', Tunisian: 'Tunisia',
  Kenyan: 'Kenya', Zambian: 'Zambia', Zimbabwean: 'Zimbabwe', Icelandic: 'Iceland',
};

/** Country adjectives, which qualify titles ("Russian President") but are not mentions themselves. */
// ("New Zealand" is the country's own name, a mention wherever it stands.)
export const DEMONYMS = new Set(['Western', 'Eastern', 'European', 'Crimean', ...Object.keys(NATIONALITY_COUNTRY).filter((w) => w !== 'New Zealand')]);

/** {@link DEMONYMS} as a regular-expression alternation. */
// Longest first, so "West German" is read whole before "German".
export const DEMONYM_ALT = [...DEMONYMS].sort((a, b) => b.length - a.length).join('|');

/** Demonyms of more than one country: "Western armed forces" are many countries'. */
export const NOT_ONE_COUNTRY = new Set(['Western', 'Eastern', 'European']);
/** One country's initials, which stand where a demonym would ("US armed forces"). */
export const COUNTRY_INITIALS = ['U.S.', 'US', 'U.K.', 'UK'];
/** {@link COUNTRY_INITIALS} as a regular-expression alternation. */
export const COUNTRY_INITIALS_ALT = COUNTRY_INITIALS.map((w) => w.replace(/\./g, '\\.')).join('|');
/** "U.S." and "U.K." at the start of a name written "US" and "UK", so both spellings name one body. */
export const plainInitials = (name: string): string => name.replace(/^U\.([SK])\./, 'U$1');
