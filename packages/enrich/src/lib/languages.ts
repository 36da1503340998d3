import { re } from './boundaries.js';

/**
 * Entity cues of German, French, Spanish, Italian, Portuguese and Dutch: the
 * capitalised words that open sentences without being names, the titles and
 * roles written before a name, the verbs of speech after one, and the words
 * before a place or a team. Kinds of words, not the entities themselves.
 */
export interface LanguageCues {
  /** Capitalised words that never start a name in this language (articles, pronouns, prepositions, weekdays, months). */
  notNames: ReadonlySet<string>;
  /** Words written before a person's name that say what they are ("Bundeskanzler", "Minister", "Papa"). */
  titles: ReadonlySet<string>;
  /** Lower-case role words right before a name ("le ministre", "la alcaldesa"). */
  roles: ReadonlySet<string>;
  /** After a name: the person is speaking. */
  speechAfter: RegExp;
  /** Before a name: the name is a place. */
  locative: RegExp;
  /** Before a name: the name is a team or another organisation playing or dealing. */
  opponent: RegExp;
}

const words = (text: string): Set<string> => new Set(text.split(/\s+/).filter((word) => word !== ''));

const WEEKDAYS_AND_MONTHS = {
  de: 'Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Januar Februar März April Mai Juni Juli August September Oktober November Dezember',
  fr: 'Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre Décembre',
  es: 'Lunes Martes Miércoles Jueves Viernes Sábado Domingo Enero Febrero Marzo Abril Mayo Junio Julio Agosto Septiembre Octubre Noviembre Diciembre',
  it: 'Lunedì Martedì Mercoledì Giovedì Venerdì Sabato Domenica Gennaio Febbraio Marzo Aprile Maggio Giugno Luglio Agosto Settembre Ottobre Novembre Dicembre',
  pt: 'Segunda-feira Terça-feira Quarta-feira Quinta-feira Sexta-feira Sábado Domingo Janeiro Fevereiro Março Abril Maio Junho Julho Agosto Setembro Outubro Novembro Dezembro',
  nl: 'Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag Januari Februari Maart April Mei Juni Juli Augustus September Oktober November December',
};

const CUES: Record<string, LanguageCues> = {
  de: {
    notNames: words(
      `Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines Kein Keine Er Sie Es Wir Ihr Ich Man Sein Seine Ihre Unser Ab Am Im Ins An Auf Aus Bei Beim Mit Nach Seit Von Vom Vor Zu Zum Zur Für Über Unter Gegen Ohne Um Bis Durch Laut Trotz Wegen Während Auch Aber Und Oder Doch Denn Wie Als Wenn Dass Ob Dies Diese Dieser Dieses Jetzt Heute Gestern Morgen Nun Noch Nur Schon Zudem Außerdem Allerdings Dabei Damit Dann Daher Deshalb Dort Hier Insgesamt Bereits Zuvor Erst Mehr Weitere Weiteren Prozent Euro Millionen Milliarden Uhr Jahr Jahre Jahren Woche Monat Ende Anfang Mitte Beginn Frau Herr ${WEEKDAYS_AND_MONTHS.de}`,
    ),
    titles: words(
      'Bundeskanzler Bundeskanzlerin Kanzler Kanzlerin Bundespräsident Bundespräsidentin Präsident Präsidentin Vizepräsident Vizepräsidentin Minister Ministerin Finanzminister Finanzministerin Wirtschaftsminister Wirtschaftsministerin Außenminister Außenministerin Innenminister Innenministerin Verteidigungsminister Gesundheitsminister Bundesumweltministerin Umweltministerin Umweltminister Ministerpräsident Ministerpräsidentin Bürgermeister Bürgermeisterin Oberbürgermeister Oberbürgermeisterin Vorstandschef Vorstandschefin Vorstand Vorstandsvorsitzender Chef Chefin Trainer Trainerin Sportvorstand Sportdirektor Kapitän Sprecher Sprecherin Vorsitzender Vorsitzende Parteichef Parteichefin Abgeordnete Abgeordneter Richter Richterin Staatsanwalt Professor Professorin Dr. Prof. Herr Frau Papst König Königin Fürst Bischof Kardinal Pfarrer Generalsekretär Botschafter Kommissar Kommissarin Landrat Senator Senatorin Stürmer Torwart Verteidiger Mittelfeldspieler',
    ),
    // Note: German writes roles with a capital; they are titles.
    roles: new Set(),
    speechAfter: re(
      String.raw`^,?\s*(?:sagte|sagt|erklärte|erklärt|betonte|meinte|kritisierte|forderte|ergänzte|warnte|kündigte|teilte|berichtete|nannte|räumte|sprach)\b`,
      'u',
    ),
    // Note: every German noun is capitalised, and after "im", "am", "vor", "in der"
    // stands mostly a common noun ("im Vorfeld", "in der Kritik"); a place the word
    // lists know is found without this cue.
    locative: re(String.raw`\b(?:in|nach|aus|bei)\s+$`, 'u'),
    opponent: re(
      String.raw`\b(?:gegen|beim|bei|empfängt|empfing|besiegte|schlug|verlor gegen|gewann gegen|unterlag|trifft auf|spielt gegen)\s+(?:den\s+|die\s+|das\s+|dem\s+)?$`,
      'u',
    ),
  },
  fr: {
    notNames: words(
      `Le La Les L Un Une Des Du De Au Aux Il Elle Ils Elles On Nous Vous Je Ce Cet Cette Ces Son Sa Ses Leur Leurs Selon Pour Par Dans Avec Sans Sur Sous Entre Vers Chez Mais Et Ou Donc Or Ni Car Après Avant Depuis Pendant Lors Dès Malgré Contre Si Quand Comme Tout Tous Toute Toutes Plus Moins Aussi Déjà Encore Enfin Ainsi Alors Puis Cependant Pourtant Désormais Aujourd Hier Demain Mené Menée Avec Grâce Face ${WEEKDAYS_AND_MONTHS.fr}`,
    ),
    titles: words(
      'M. MM. Mme Mlle Me Dr Pr Président Présidente Ministre Premier Maire Député Députée Sénateur Sénatrice Général Pape Roi Reine Prince Monseigneur Mgr Maître',
    ),
    roles: words(
      'président présidente ministre maire député députée sénateur sénatrice avocat avocate entraîneur entraîneuse porte-parole directeur directrice patron patronne secrétaire chef juge procureur procureure attaquant milieu défenseur gardien capitaine sélectionneur économiste analyste chercheur chercheuse professeur professeure commissaire préfet préfète ambassadeur adjoint adjointe leader dirigeant dirigeante fondateur fondatrice',
    ),
    speechAfter: re(
      String.raw`^,?\s*(?:a (?:déclaré|dit|affirmé|estimé|expliqué|souligné|ajouté|annoncé|indiqué|assuré|dénoncé|précisé|averti|rappelé|salué|jugé)|déclare|dit|affirme|estime|explique|souligne|ajoute|annonce|indique|assure)\b`,
      'u',
    ),
    locative: re(
      String.raw`\b(?:à|en|au|aux|dans|près de|vers|depuis|sur|entre|à la|à l['’]|dans la|dans le)\s+$`,
      'u',
    ),
    opponent: re(
      String.raw`\b(?:contre|face à|face au|battu|battre|bat|recevoir|reçoit|recevra|affrontera|affronte|affronter|s['’]impose face à)\s+$`,
      'u',
    ),
  },
  es: {
    notNames: words(
      `El La Los Las Lo Un Una Unos Unas Al Del De Según Para Por Con Sin Sobre Tras Desde Hasta Entre Hacia Contra Durante Mediante Pero Y O Ni Que Si Como Cuando Donde Este Esta Estos Estas Ese Esa Su Sus Nuestro Él Ella Ellos Ellas Nosotros También Además Ya Aún Así Hoy Ayer Mañana Ahora Luego Después Antes Todo Todos Toda Todas Más Menos Muy Sr. Sra. Srta. Don Doña ${WEEKDAYS_AND_MONTHS.es}`,
    ),
    titles: words(
      'Sr. Sra. Srta. Don Doña Dr. Dra. Papa Rey Reina Príncipe Princesa Presidente Presidenta Ministro Ministra',
    ),
    roles: words(
      'presidente presidenta ministro ministra alcalde alcaldesa consejero consejera delegado delegada portavoz director directora entrenador entrenadora jefe jefa juez jueza fiscal diputado diputada senador senadora secretario secretaria rey reina delantero defensa portero centrocampista capitán capitana analista economista investigador investigadora profesor profesora árbitro líder fundador fundadora dueño dueña',
    ),
    speechAfter: re(
      String.raw`^,?\s*(?:dijo|afirmó|explicó|aseguró|señaló|declaró|añadió|indicó|advirtió|destacó|subrayó|lamentó|criticó|anunció|informó|manifestó|apuntó)\b`,
      'u',
    ),
    locative: re(String.raw`\b(?:en|a|desde|hacia|cerca de|entre|en el|en la)\s+$`, 'u'),
    opponent: re(
      String.raw`\b(?:contra|ante|frente a|venció a|ganó a|perdió ante|perdió contra|empató con|recibe al?|visita al?|visitará al?|recibirá al?|se enfrenta al?)\s+$`,
      'u',
    ),
  },
  it: {
    notNames: words(
      `Il Lo La I Gli Le L Un Uno Una Nel Nella Nei Nelle Al Alla Ai Alle Dal Dalla Dai Del Della Dei Delle Di Da In Con Su Per Tra Fra Secondo Ma E O Anche Però Quindi Questo Questa Questi Queste Quel Quella Suo Sua Suoi Lui Lei Loro Noi Voi Oggi Ieri Domani Ora Già Ancora Poi Dopo Prima Tutto Tutti Tutta Più Meno Centinaia Migliaia Una ${WEEKDAYS_AND_MONTHS.it}`,
    ),
    titles: words(
      'Papa Re Regina Principe Presidente Ministro Ministra Sindaco Sindaca Dott. Dottor Dottoressa Prof. Professor Professore Avv. Ing. On. Sig. Sig.ra Don Monsignor Cardinale',
    ),
    roles: words(
      'presidente ministro ministra sindaco sindaca segretario segretaria amministratore delegato direttore direttrice allenatore capo portavoce giudice procuratore procuratrice deputato deputata senatore senatrice attaccante difensore portiere centrocampista capitano economista analista ricercatore ricercatrice professore professoressa leader fondatore fondatrice',
    ),
    speechAfter: re(
      String.raw`^,?\s*(?:ha (?:detto|dichiarato|spiegato|affermato|sottolineato|aggiunto|annunciato|ricordato|parlato|confermato|assicurato|avvertito|criticato)|dice|afferma|spiega|sottolinea|aggiunge)\b`,
      'u',
    ),
    locative: re(String.raw`\b(?:a|in|verso|presso|nel|nella|tra|fra)\s+$`, 'u'),
    opponent: re(
      String.raw`\b(?:contro|battuto|batte|sconfitto|sconfigge|ospita|affronta|affronterà|contro il|contro la)\s+$`,
      'u',
    ),
  },
  pt: {
    notNames: words(
      `O A Os As Um Uma Uns Umas No Na Nos Nas Do Da Dos Das Ao À Aos Às De Em Para Por Com Sem Sobre Entre Até Desde Contra Segundo Mas E Ou Que Se Como Quando Onde Este Esta Estes Estas Esse Essa Seu Sua Seus Suas Ele Ela Eles Elas Nós Também Ainda Já Hoje Ontem Amanhã Agora Depois Antes Todo Todos Toda Todas Mais Menos Muito Sr. Sra. Dom Dona É ${WEEKDAYS_AND_MONTHS.pt}`,
    ),
    titles: words('Sr. Sra. Dom Dona Dr. Dra. Papa Rei Rainha Príncipe Presidente Ministro Ministra Primeiro-Ministro'),
    roles: words(
      'presidente ministro ministra primeiro-ministro prefeito prefeita autarca secretário secretária secretário-geral diretor diretora treinador treinadora chefe porta-voz juiz juíza procurador procuradora deputado deputada senador senadora avançado defesa guarda-redes goleiro capitão economista analista investigador investigadora professor professora líder fundador fundadora',
    ),
    speechAfter: re(
      String.raw`^,?\s*(?:disse|afirmou|explicou|garantiu|declarou|acrescentou|indicou|advertiu|destacou|sublinhou|admitiu|criticou|anunciou|informou|elogiou|acusou|referiu)\b`,
      'u',
    ),
    locative: re(String.raw`\b(?:em|no|na|para|desde|até|entre|perto de)\s+$`, 'u'),
    opponent: re(
      String.raw`\b(?:contra|venceu o|venceu a|derrotou o|derrotou a|perdeu com|empatou com|recebe o|visita o)\s+$`,
      'u',
    ),
  },
  nl: {
    notNames: words(
      `De Het Een Van In Op Met Voor Na Bij Uit Naar Door Over Onder Tegen Tussen Tot Sinds Volgens Zonder Maar En Of Want Dus Ook Nog Al Toen Als Dan Deze Dit Die Dat Hij Zij Ze We Wij Jij Je Ik Zijn Haar Hun Ons Er Nu Vandaag Gisteren Morgen Daarna Eerder Later Alle Meer Minder Dhr. Mevr. Nieuwe ${WEEKDAYS_AND_MONTHS.nl}`,
    ),
    titles: words(
      'Premier Minister Minister-president Staatssecretaris Burgemeester Koning Koningin Prins Prinses Paus Dhr. Mevr. Mr. Dr. Prof. Ir. Drs. Bondscoach Trainer Invaller Aanvoerder Woordvoerder Voorzitter Directeur Topman Topvrouw Kamerlid Fractievoorzitter Wethouder Commissaris Scheidsrechter',
    ),
    roles: words(
      'minister premier staatssecretaris burgemeester koning koningin prins prinses voorzitter directeur woordvoerder trainer bondscoach aanvoerder invaller spits verdediger keeper doelman scheidsrechter topman topvrouw wethouder kamerlid fractievoorzitter econoom analist onderzoeker hoogleraar rechter officier leider oprichter',
    ),
    speechAfter: re(
      String.raw`^,?\s*(?:zei|zegt|verklaarde|stelde|benadrukte|waarschuwde|liet weten|meldde|noemde|schreef|reageerde|vond|vindt)\b`,
      'u',
    ),
    locative: re(String.raw`\b(?:in|naar|uit|bij|te|nabij|rond)\s+$`, 'u'),
    opponent: re(
      String.raw`\b(?:tegen|versloeg|verloor van|won van|gewonnen van|speelde tegen|ontvangt|treft)\s+$`,
      'u',
    ),
  },
};

const NONE: LanguageCues = {
  notNames: new Set(),
  titles: new Set(),
  roles: new Set(),
  speechAfter: /(?!)/u,
  locative: /(?!)/u,
  opponent: /(?!)/u,
};

/** The cues for `language` (a BCP 47 tag); English and unknown languages get none beyond the English rules. */
export function cuesFor(language: string): LanguageCues {
  return CUES[language.split('-')[0]?.toLowerCase() ?? ''] ?? NONE;
}

/** The article is in English (or a language the English rules are the best guess for). */
export function isEnglish(language: string): boolean {
  const primary = language.split('-')[0]?.toLowerCase() ?? '';
  return !(primary in CUES);
}
