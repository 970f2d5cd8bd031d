"""Scraping debris: whole lines that page chrome leaves in scraped article text.

No logic lives here. Each entry is ``(name, pattern, source)``: ``name`` goes into the record
("debris: advertisement"), ``pattern`` must match a whole line (case-insensitively, after an
optional bullet or quote mark), and ``source`` says which real pages or house style made it
necessary. Every pattern starts with a letter, "(", "©" or "[" (``FIRST``): the debris step tries
them on no other line (patterns of your own, from ``Config.debris``, on every line), and
only on lines that open with one of the ``LEADS``. Every pattern is a fixed phrase or a
fixed phrase followed by a bounded tail (``[^\\n]{0,N}``), so matching is linear in the
line length. Users add their own patterns with ``Config.debris``.
"""

from __future__ import annotations

# What every built-in pattern starts with (tests/test_rules.py checks each one): a letter, "(",
# "©", "[" for the shortcodes of blog engines ("[ad_1]"), or Spanish "¿" and "¡".
FIRST = r"(?=[^\W\d_]|[(©\[¿¡])"
# The indent and bullet or quote mark a debris line may have ("  • Advertisement").
LINE_PREFIX = r"[ \t]*(?:[-*•>][ \t]*)?"
# The debris step looks for candidate lines with these patterns case-sensitively in lowercased
# text, so each is written in lowercase; IGNORECASE matches these characters to a letter of
# theirs ("ſ" to s, "ı" to i) but str.lower() leaves them alone, so text holding one is
# searched the slow way (tests/test_rules.py checks both).
LOWER_APART = "ſı"
# How every built-in debris line starts, in lowercase, after an optional bullet or quote mark
# and an opening parenthesis. The debris step matches the full patterns only on lines of the
# lowercased text that start with one of these, found in one pass with the leads as a prefix
# tree: testing every alternative of every pattern at each line would cost more than all the
# other cleaning of a short text. A new pattern needs its
# leads here; tests/test_rules.py derives the literal start of every pattern and fails on
# one that no lead begins. A short lead ("ad", "pin") lets prose lines through to the full
# match ("Adobe ...", "Pinochet ..."), which then rejects them: slower, never wrong.
LEADS = (
    # image placeholders and credits
    "representational ", "representative ", "file ", "stock ", "archive ", "archivbild",
    "archivfoto", "symbolbild", "symbolfoto", "illustration", "image", "photo", "pic", "bild",
    "foto", "crédit",
    # ad slots
    "ad", "sponsored", "story continues", "article continues", "scroll to continue", "contin",
    "annonce", "anuncio", "anzeige", "artikel ", "der artikel ", "la suite ", "publicid",
    "publicité", "werbung",
    # read-more and related-story links
    "also ", "see also", "don't miss", "listen", "more from ", "more on this", "must read",
    "read ", "recommended", "related", "watch", "most popular", "most read", "top stories",
    "trending now", "you may also", "a lire ", "à lire ", "lire ", "articles similaires",
    "auch interessant", "das könnte ", "le puede ", "te puede ", "lea ", "lee ", "leer ",
    "leia ", "lesen sie ", "mehr zum ", "noticias ", "notícias ", "saiba mais", "sur le même ",
    "veja também", "voir aussi", "weiterlesen", "leggi ", "lees ", "you might also",
    "click here", "tap here", "clique aqui",
    "cliquez ici", "haga clic ", "haz clic ", "hier klicken", "klicken sie ",
    # share, follow, newsletter and cookie prompts
    "comment", "copy link", "email", "facebook", "follow ", "linkedin", "pin", "print",
    "reddit", "share", "telegram", "tweet", "twitter", "whatsapp", "auf ", "compart",
    "folgen sie ", "partager", "siga-nos ", "suivez-nous ", "síguenos ", "teilen",
    "sign up", "subscribe", "register", "get our ", "get the ", "newsletter", "suscríb",
    "abonnez-vous ", "inscrivez-vous ", "assine", "inscreva-se ", "accept ", "by continuing ",
    "this site ", "this website ", "we use ", "nous utilisons ", "wir nutzen ",
    "wir verwenden ", "usamos ", "utilizamos ",
    # disclaimers, site widgets, contacts, copyright footers, syndication chrome
    "the views and ", "disclaimer", "disclosure", "to add symbols", "type a symbol",
    "these symbols ", "your symbols ", "edit watchlist", "add to watchlist", "((", "(c)",
    "copyright", "©", "written by ",
    # calls to follow a channel or get an app, paywalls, editors' notes, promos, navigation
    "we're ", "we’re ", "we are ", "join ", "download ", "install ", "click to ", "tap to ",
    "únete ", "descarga ", "rejoignez-", "téléchargez ", "laden sie ", "jetzt ", "baixe ",
    "entre no ", "editor's note", "editor’s note", "note from the editor", "a version of this ",
    "nota del editor", "note de la rédaction", "anmerkung der redaktion", "nota do editor",
    "nota da redação", "continue reading with ", "to continue reading", "already ",
    "premium", "subscriber", "this article is ", "this story is ", "this content is ",
    "e-paper", "epaper", "e paper", "daily e", "ya eres ", "contenido exclusivo",
    "déjà abonné", "article réservé", "la suite est ", "réservé aux ", "bereits ",
    "dieser artikel ", "já é ", "conteúdo exclusivo", "catch all ", "catch the ",
    "for more ", "para más ", "pour plus ", "für mehr ", "para mais ", "go back", "back to top",
    "skip to", "ir arriba", "volver arriba", "retour en haut", "nach oben", "voltar ao topo",
    "about the author", "sobre el autor", "sobre o autor", "à propos de l", "über den autor",
    "über die autorin", "media ", "picture ", "pie de foto", "légende", "legenda",
    "(for ", "(para ", "(pour ", "[", "x:", "instagram", "youtube",
    "e-mail", "correo", "courriel", "contact", "kontakt", "contato", "x", "threads",
    "get latest ", "get all ", "catch latest ", "¿ya ", "abonnez-vous", "recibe ", "recevez ",
    "erhalten sie ", "receba ", "log in ", "please ", "sign in ",
    "sobre ", "unete ",
)
# The longest line the built-in patterns are tried on, after its indent and trailing spaces:
# every built-in pattern is bounded well below it, so a longer line is never debris, and a
# long run of spaces ("© 2020" and 2,000 spaces) is never searched.
MAX_LINE = 500
# A bounded rest of the line: the headline after "Also read:", the credit after "Photo:".
_REST = r"[^\n]{0,200}"
_SHORT = r"[^\n]{1,120}"

DEBRIS_LINES: tuple[tuple[str, str, str], ...] = (
    # --- image captions and placeholders ------------------------------------------------
    ("image placeholder",
     r"(?:representational|representative|file|stock|archive) (?:image|photo|picture|pic)"
     rf"(?:\s*[:|(-]{_SHORT})?",
     "Indian news sites under every photo ('### **Representational Image**'); "
     "'File photo' under agency pictures"),
    ("image credit",
     rf"\(?(?:photo|image|picture|pic|photograph|illustration|image source|photo credit|"
     rf"image credit)s?\s*[:|]{_SHORT}\)?",
     "credit lines under photos: 'Photo: AP', '(Image: Getty Images)', 'Image source: Twitter'"),
    ("image placeholder",
     r"(?:foto|imagen|imagem|photo|bild) (?:de archivo|de arquivo|d'archives|d'illustration|"
     r"ilustrativa|ilustrativo|de referencia|de referência)"
     rf"(?:\s*[:|(-]{_SHORT})?|symbolbild|archivbild|symbolfoto|archivfoto"
     rf"(?:\s*[:|(-]{_SHORT})?",
     "Spanish, Portuguese, French and German image placeholders ('Foto de archivo', "
     "'Imagem ilustrativa', 'Photo d'illustration', 'Symbolbild')"),
    ("image credit",
     rf"\(?(?:foto|imagen|imagem|bild|fotografía|fotografia|crédito|crédit photo)s?\s*[:|]"
     rf"{_SHORT}\)?",
     "caption credits on Spanish, Portuguese, French and German sites: 'Foto: EFE', "
     "'Imagem: Reprodução', 'Bild: dpa'"),
    # --- ad slots ---------------------------------------------------------------------------
    ("advertisement",
     r"advertisements?|advertising|sponsored(?: content| post| links?)?|\(?ad\)?|"
     r"story continues below(?: this)? advertisement|continue reading (?:below|the main story)|"
     r"scroll to continue with content|article continues below(?: this)? ad(?:vertisement)?",
     "ad slots that scrapers keep as text (Guardian, Globe and Mail, Forbes pages)"),
    ("advertisement",
     r"publicidad|anuncio|publicité|annonce|anzeige|werbung|publicidade|"
     r"contin[úu]a (?:leyendo|lendo|despu[ée]s de la publicidad)|"
     r"la suite (?:de l'article )?après (?:cette )?(?:la )?publicité|"
     r"(?:der )?artikel (?:geht|wird) (?:nach der werbung|unten) weiter|"
     r"continua (?:após a|depois da) publicidade",
     "the same ad slots on Spanish (El País), French (Le Monde), German (Spiegel) and "
     "Portuguese (Folha) pages"),
    # --- read-more and related-story links ---------------------------------------------------
    ("also read",
     rf"(?:also read|read also|also see|see also|must read|don't miss|recommended|"
     rf"related(?: stories| articles| news| coverage| content| links?| posts?)?|"
     rf"more from [^\n:]{{1,40}}|read more|read next|watch|watch video|listen)\s*[:|>»-]"
     rf"{_REST}",
     "link lines between paragraphs: 'Also Read: …' (Indian sites), 'READ MORE: …' "
     "(Daily Mail), 'Related: …' (US sites)"),
    ("also read",
     r"(?:read more(?: here)?|read the full (?:story|article)(?: here)?|continue reading)"
     r"\.{0,3}",
     "bare read-more links (the headings of related-story boxes are RELATED_HEADING below)"),
    ("also read",
     rf"(?:lee también|lea también|leer más|lee más|te puede interesar|le puede interesar|"
     rf"noticias relacionadas|lire aussi|à lire aussi|a lire aussi|lire la suite|voir aussi|"
     rf"sur le même sujet|articles similaires|lesen sie auch|auch interessant|mehr zum thema|"
     rf"weiterlesen|das könnte sie auch interessieren|leia também|leia mais|veja também|"
     rf"saiba mais|notícias relacionadas)(?:\s*[:|>»-]{_REST}|\.{{0,3}})",
     "'Lee también', 'Lire aussi', 'Lesen Sie auch', 'Leia também' link lines on Spanish, "
     "French, German and Portuguese sites"),
    ("click here",
     rf"(?:click|tap) here\b{_REST}|(?:haga|haz) clic aquí{_REST}|cliquez ici{_REST}|"
     rf"(?:hier klicken|klicken sie hier){_REST}|clique aqui{_REST}",
     "'Click here to read more', 'Click here for the latest news' link lines"),
    # --- share, follow, newsletter and cookie prompts -----------------------------------------
    ("share widget",
     r"(?:share|tweet|email|print|copy link|pin|whatsapp|facebook|twitter|linkedin|reddit|"
     r"telegram|comments?)(?:\s*[|•·/]\s*(?:share|tweet|email|print|copy link|pin|whatsapp|"
     r"facebook|twitter|linkedin|reddit|telegram|comments?)){0,10}|"
     r"share (?:this|the) (?:article|story|post|page)(?: on [a-z ]{1,20})?|"
     r"share (?:on|via) (?:facebook|twitter|x|whatsapp|linkedin|email|reddit|telegram)|"
     rf"(?:follow us|follow [^\n]{{1,40}}) on (?:facebook|twitter|x|instagram|"
     rf"linkedin|youtube|google news|telegram|whatsapp){_REST}",
     "share and follow buttons flattened into text (every news CMS)"),
    ("share widget",
     rf"compart(?:ir|e|ilhe|ilhar)(?: (?:esta noticia|en|no|esta notícia|"
     rf"[a-z ]{{1,20}}))?|partager(?: sur [a-z]{{1,20}}| cet article)?|teilen|"
     rf"(?:auf [a-z]{{1,20}}) teilen|síguenos en{_REST}|suivez-nous sur{_REST}|"
     rf"folgen sie uns auf{_REST}|siga-nos (?:no|nas|em){_REST}",
     "share and follow buttons on Spanish, French, German and Portuguese sites"),
    ("newsletter prompt",
     rf"(?:sign up|subscribe|register)(?: now)?(?: (?:for|to))? (?:our |the )?"
     rf"(?:free )?(?:daily |weekly |morning |evening )?(?:newsletters?|email|alerts?|"
     rf"briefing){_REST}|get (?:our|the) [^\n]{{0,40}}newsletter{_REST}|"
     rf"(?:suscríbete|suscríbase) (?:a|al) (?:nuestro |nuestra )?(?:boletín|newsletter)"
     rf"{_REST}|(?:abonnez-vous|inscrivez-vous) à (?:notre |la )?newsletter{_REST}|"
     rf"newsletter abonnieren{_REST}|(?:assine|inscreva-se n)a? (?:nossa )?newsletter{_REST}",
     "newsletter boxes inside article bodies (every language)"),
    ("cookie prompt",
     rf"(?:we use cookies|this (?:site|website) uses cookies|by continuing to (?:use|browse)"
     rf" (?:this|our) (?:site|website))\b{_REST}|accept(?: all)? cookies|"
     rf"(?:utilizamos|usamos) cookies{_REST}|nous utilisons des cookies{_REST}|"
     rf"wir (?:verwenden|nutzen) cookies{_REST}|(?:utilizamos|usamos) cookies{_REST}",
     "cookie banners captured with the page text"),
    # --- syndication chrome, disclaimers, copyright footers, site widgets ---------------------
    ("disclaimer",
     rf"the views and opinions expressed herein{_REST}|"
     rf"(?:disclaimer|disclosure)\s*:{_REST}",
     "syndicated articles on Nasdaq.com: 'The views and opinions expressed herein are the "
     "views and opinions of the author and do not necessarily reflect those of Nasdaq, Inc.'"),
    ("site widget",
     r"to add symbols:|type a symbol or company name\. when the symbol you want to add appears,"
     r"[^\n]{0,120}|these symbols will be available throughout the site during your session\.|"
     r"your symbols have been updated|edit watchlist|add to watchlist",
     "the quote-lookup box of Nasdaq.com article pages"),
    # --- calls to follow, join or download, and newsletters named in an editor's note -------
    ("follow prompt",
     rf"(?:we['’]re|we are) (?:now |also )?(?:on|available on) (?:whatsapp|telegram|"
     rf"instagram|threads|youtube|google news|x|twitter|facebook|linkedin)\b{_REST}|"
     rf"(?:join|follow) (?:us|our [^\n]{{1,40}}?) on (?:whatsapp|telegram|instagram|threads|"
     rf"youtube|google news|x|twitter|facebook|linkedin){_REST}|follow us (?:on|at) {_SHORT}|"
     rf"(?:click|tap) to (?:join|follow|subscribe|download){_REST}|"
     rf"(?:download|install|get) (?:the|our) (?:[a-z0-9&'’-]{{1,20}} ){{0,2}}app\b"
     rf"(?:[ \t]{{1,3}}(?:now|here|today|for free))?"
     rf"(?:[ \t]{{1,3}}(?:to|and) (?:get|stay|read|follow|access|watch|never miss)\b{_REST}|"
     rf"[ \t]{{0,3}}[:!.-]?[ \t]{{0,3}}(?:https?://|www\.)[^\n]{{0,120}})?[.!]?|"
     rf"(?:únete|unete) (?:a|al) (?:nuestro |nuestra )?(?:canal|grupo|comunidad)[^\n]{{0,40}}"
     rf"(?:whatsapp|telegram){_REST}|descarga (?:la |nuestra )?app{_REST}|"
     rf"rejoignez-(?:nous|notre chaîne) sur (?:whatsapp|telegram){_REST}|"
     rf"téléchargez (?:l'|l’)?(?:application|appli|app){_REST}|"
     rf"laden sie (?:sich )?(?:die|unsere) [^\n]{{0,30}}app{_REST}|"
     rf"jetzt (?:die |unsere )?[^\n]{{0,30}}app (?:herunterladen|laden){_REST}|"
     rf"baixe (?:o |nosso )?(?:app|aplicativo){_REST}|"
     rf"entre no (?:nosso )?(?:canal|grupo) (?:do|no) (?:whatsapp|telegram){_REST}",
     "channel and app prompts between paragraphs: \"We're now on WhatsApp. Click to join.\" "
     "(Hindustan Times), 'Follow us on #MintCharts on our social media handles', "
     "'Download the Mint app', 'Únete a nuestro canal de WhatsApp', "
     "'Rejoignez-nous sur WhatsApp', 'Laden Sie die App herunter', 'Baixe o app'"),
    ("newsletter prompt",
     rf"(?:editor['’]s note|note from the editor|nota del editor|note de la rédaction|"
     rf"anmerkung der redaktion|nota do editor|nota da redação)\s{{0,3}}:\s{{0,3}}"
     rf"(?:sign up|subscribe|this (?:story|article) (?:first )?appeared|a version of this|"
     rf"suscríbete|inscrivez-vous|abonnez-vous|melden sie sich|abonnieren sie|"
     rf"inscreva-se|assine){_REST}{_REST}|"
     rf"a version of this (?:story|article) (?:first )?appeared in [^\n]{{0,80}}?"
     rf"\bnewsletter\b{_REST}{_REST}|"
     rf"(?:click (?:here )?to |please )?(?:sign up|subscribe|register) (?:now )?(?:for|to) "
     rf"[^\n]{{0,60}}?\bnewsletters?\b{_REST}|"
     rf"\((?:for|para|pour) [^\n]{{1,100}}?(?:subscribe|sign up|suscríbete|abonnez-vous|"
     rf"inscrivez-vous|assine|inscreva-se) [^\n]{{1,100}}\)\.?",
     "newsletter notes at the top of CNN pieces ('Editor’s Note: Sign up for CNN’s Meanwhile "
     "in China newsletter…', 'A version of this story first appeared in CNN Business’ Before "
     "the Bell newsletter. Not a subscriber?…'), The Hindu's '(For top technology news of "
     "the day, subscribe to our tech newsletter…)' and 'Click to subscribe to our Data "
     "newsletter'"),
    # --- paywalls and publishers' own promos ---------------------------------------------------
    ("paywall",
     rf"continue reading with [^\n]{{0,40}}(?:subscription|premium|membership)[^\n]{{0,40}}|"
     rf"(?:subscribe|sign in|log in|register) (?:now )?to (?:continue|keep) reading{_REST}|"
     rf"to continue reading,? (?:please )?(?:subscribe|sign in|log in|register){_REST}|"
     rf"subscribe now(?:[ \t]*[@:|-][^\n]{{0,40}})?|"
     rf"already (?:subscribed|a subscriber|a member|have an account)\?[^\n]{{0,30}}"
     rf"(?:sign|log) ?in[^\n]{{0,20}}|"
     rf"premium(?: (?:article|story|content))?|(?:subscriber|subscribers)[- ]only(?: content|"
     rf" article| story)?|this (?:article|story|content) is (?:only )?(?:available )?(?:for|to) "
     rf"(?:subscribers|premium (?:members|subscribers))(?: only)?\.?|"
     rf"(?:daily )?e[- ]?paper\b[^\n]{{0,120}}|"
     rf"¿?ya eres (?:suscriptor|suscriptora|socio)\?[^\n]{{0,40}}|"
     rf"contenido exclusivo para (?:suscriptores|socios)\.?|"
     rf"suscríbete (?:para|y) (?:seguir|continuar) leyendo{_REST}|"
     rf"déjà abonné(?:e)? ?\?[^\n]{{0,40}}|article réservé aux abonnés\.?|"
     rf"la suite est réservée aux abonnés\.?|"
     rf"bereits (?:abonnent|abonnentin|registriert)\?[^\n]{{0,40}}|"
     rf"dieser artikel ist (?:nur )?für abonnenten[^\n]{{0,40}}|"
     rf"já é assinante\?[^\n]{{0,40}}|conteúdo exclusivo para assinantes\.?|"
     rf"suscríbete ahora[^\n]{{0,40}}|abonnez-vous(?: dès maintenant| maintenant)?[.!]?|"
     rf"jetzt (?:abonnieren|weiterlesen)[^\n]{{0,40}}|assine (?:já|agora)[^\n]{{0,40}}",
     "subscription walls kept with the text (Hindustan Times: 'PREMIUM', 'Continue reading "
     "with HT Premium Subscription', 'Daily E Paper I Premium Articles I …', 'Subscribe Now "
     "@1199/year', 'Already Subscribed? Sign In'), and their Spanish, French, German and "
     "Portuguese forms"),
    ("site promo",
     rf"(?:get|catch) (?:all )?(?:the )?latest [^\n]{{0,200}}(?:news|updates|headlines)"
     rf"{_REST}|catch all the [^\n]{{0,200}}\bnews\b{_REST}{_REST}|"
     rf"for more (?:details|information|updates|news),?[ \t]{{0,3}}(?:watch|click|visit|"
     rf"download|log on|tune in|follow)\b{_REST}|"
     rf"read all [^\n]{{0,60}}\bnews here\.?|"
     rf"(?:recibe|recevez|erhalten sie|receba) (?:las |les |die |as )?(?:últimas|dernières|"
     rf"neuesten) (?:noticias|actualités|informations|nachrichten|notícias){_REST}|"
     rf"(?:para más|pour plus|für mehr|para mais) (?:información|informations|informationen|"
     rf"informações|detalles|détails|details|detalhes),?[ \t]{{0,3}}(?:vea|mira|haga clic|"
     rf"regardez|cliquez|sehen sie|klicken sie|assista|clique)\b{_REST}",
     "sites' promos of themselves under the article: 'Get Latest India News … along with "
     "Latest News and Top Headlines from India and around the world' (Hindustan Times), "
     "'Catch all the Business News … on Live Mint', 'For more details, watch the "
     "accompanying video' (CNBC-TV18), 'Read all market-related news here'"),
    ("navigation",
     r"(?:go )?back to top\.?(?:[ \t]*skip to\b[^\n]{0,60})?|"
     r"skip to(?: the)?(?: main)?[ \t]{0,3}(?:content|navigation|start of article|:)"
     r"[^\n]{0,60}|"
     r"(?:ir|volver) arriba|retour en haut(?: de (?:la )?page)?|nach oben|voltar ao topo",
     "page navigation links kept with the text: 'Go Back to Top. Skip To: Start of Article.' "
     "(ABC News), 'Skip to main content', 'Volver arriba', 'Retour en haut', 'Nach oben'"),
    ("site widget",
     r"(?:share|stock) market (?:live|today)(?: (?:nse|bse|updates))?",
     "the market ticker over every article of Indian business sites ('Share Market Live "
     "NSE' on CNBC-TV18)"),
    ("ad shortcode",
     r"\[/?(?:ad|ads|advert|advertisement|adsense|ad_?\d{1,2}|ad_[a-z]{1,20}|"
     r"adinserter[^\]\n]{0,80}|caption[^\]\n]{0,200}|gallery[^\]\n]{0,200}|"
     r"embed[^\]\n]{0,200}|related[_-]?[a-z]{0,20}|newsletter[_-]?[a-z]{0,20})\]",
     "WordPress shortcodes that auto-blogs leave in the text ('[ad_1]' above and '[ad_2]' "
     "below every re-posted article, '[caption id=…]')"),
    ("contact",
     r"(?:twitter|x|instagram|facebook|telegram|threads)[ \t]*:[ \t]*@[a-z0-9_.]{1,40}|"
     r"(?:e-?mail|correo(?: electrónico)?|courriel|contact|contacto|kontakt|contato)[ \t]*:"
     r"[ \t]*[a-z0-9_.+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}\.?",
     "contact lines at the end of columns: 'twitter: @ElRefranero_ljz' (La Jornada "
     "Zacatecas), 'Email: desk@example.com'"),
    ("reporter contact",
     r"\(\([^()\n]{0,200}@[^()\n]{0,200}\)\)",
     "Reuters reporter contact blocks: '((jane.doe@thomsonreuters.com; +1 202 555 0100))'"),
)

# Debris lines that open with no fixed words but always hold a fixed phrase, the hint (a
# promo ending "Click here to know more.", a line that is only an e-mail address). The debris
# step finds the lines that hold a hint (``HINTS``, lowercase) as well as those that open with
# a lead, so every match of a pattern must hold one of its hints.
HINTED_LINES: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("site promo", ("click here to", "haga clic aquí para", "cliquez ici pour",
                    "klicken sie hier", "clique aqui para"),
     r"[^\n]{0,160}?(?:click here to (?:know|read|learn|find out|see) more|"
     r"haga clic aquí para (?:saber|leer) más|cliquez ici pour en savoir plus|"
     r"klicken sie hier,? um mehr zu erfahren|clique aqui para saber mais)[.!]?",
     "one-line promos of a site or its app that end in a link: 'Milestone Alert!Livemint tops "
     "charts as the fastest growing news website in the world 🌏 Click here to know more.'"),
    ("contact", ("@",),
     r"[a-z0-9_.+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}\.?",
     "a columnist's e-mail address alone on a line at the end of a column (La Jornada "
     "Zacatecas: 'jiribilla@pormexico.com')"),
)
# A "show more" expander flattened into the text: the cut-off start of a description, "...
# more", then the whole description ("Impact Of Israel-Hamas War On Indian Sectors, Busi...
# moreImpact Of Israel-Hamas War On Indian Sectors, Business & Trade…" under Mint's videos).
# Only the cut-off copy and "... more" go; the backreference makes sure the text after it
# repeats the cut-off copy. Tried at the start of the lines that hold one of its hints.
TEASER = r"(?P<cut>[^\n]{10,80}?)[ \t]?(?:\.\.\.|…)[ \t]?more(?=(?P=cut))"
TEASER_HINTS = ("...more", "... more", "…more", "… more")
HINTS = tuple(sorted({hint for _, hints, _, _ in HINTED_LINES for hint in hints}
                     | set(TEASER_HINTS)))

# Copyright footers that are page chrome. A footer naming a news agency is left alone: it is
# the article's credit ("Copyright 2016 The Associated Press. All rights reserved."), which the
# structure finders take.
COPYRIGHT = (r"(?:©|\(c\)|copyright(?: ©| \(c\))?)[ \t]*"
             r"(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?(?:[ \t]*,)?[ \t]*)?"
             r"[^\n]{0,120}?(?:all rights reserved|todos los derechos reservados|"
             r"tous droits réservés|alle rechte vorbehalten|todos os direitos reservados)"
             r"[^\n]{0,200}")

# "Written by X for Y ->" (Nasdaq's syndication chrome): the author stays as a plain byline.
WRITTEN_BY = r"written by (?P<who>[^\n]{1,80}?) for [^\n]{1,80}?(?:->|→|»)"

# The heading of an author box ("ABOUT THE AUTHOR" over the name, on Hindustan Times opinion
# pieces): the short lines under it (the name) go with it, as under RELATED_HEADING.
AUTHOR_HEADING = (r"(?:about the author|sobre el autor|sobre la autora|sobre o autor|"
                  r"sobre a autora|à propos de l['’]auteur(?:e)?|über den autor|"
                  r"über die autorin)\s{0,3}:?")

# The label of a picture's credit or caption alone on a line, with the credit or the caption on
# the lines under it (BBC pages: "Image copyright" / "AFP" / "Image caption" / "…"): the short
# lines under it go with it, as under RELATED_HEADING; a caption that is a sentence stays.
IMAGE_LABEL = (r"(?:image|photo|picture|media) (?:copyright|caption|credit)|pie de foto|"
               r"légende(?: photo)?|bildunterschrift|legenda(?: da foto)?")

# Headings of related-story boxes ("Related stories", "You may also like", "Mehr zum Thema"):
# the short link lines under them go with them (US, British, Spanish, French, German and
# Portuguese news sites). A "read also" line with nothing after it heads such a box too
# ("Lesen Sie auch" / "Neue Brücke über den Neckar eröffnet", "Lee también" / …).
RELATED_HEADING = (r"(?:related(?: stories| articles| news| coverage| content| posts)?|"
                   r"more on this story|recommended(?: for you| stories)?|you may also like|"
                   r"you might also like|"
                   r"trending now|top stories|most read|most popular|more from [^\n:]{1,40}|"
                   r"noticias relacionadas|articles similaires|sur le même sujet|"
                   r"mehr zum thema|notícias relacionadas|lesen sie auch|lee también|"
                   r"lea también|leia também|lire aussi|à lire aussi|a lire aussi|voir aussi|"
                   r"leggi anche|lees ook)\s*:?")
