"""Scraping debris: whole lines that page chrome leaves in scraped article text.

No logic lives here. Each entry is ``(name, pattern, source)``: ``name`` goes into the record
("debris: advertisement"), ``pattern`` must match a whole line (case-insensitively, after an
optional bullet or quote mark), and ``source`` says which real pages or house style made it
necessary. Every pattern starts with a letter, "(" or "©" (``FIRST``): the debris step tries
them on no other line (patterns of your own, from ``Config.debris``, on every line), and
only on lines that open with one of the ``LEADS``. Every pattern is a fixed phrase or a
fixed phrase followed by a bounded tail (``[^\\n]{0,N}``), so matching is linear in the
line length. Users add their own patterns with ``Config.debris``.
"""

from __future__ import annotations

# What every built-in pattern starts with (tests/test_markup.py checks each one).
FIRST = r"(?=[^\W\d_]|[(©])"
# The debris step looks for candidate lines with these patterns case-sensitively in lowercased
# text, so each is written in lowercase; IGNORECASE matches these characters to a letter of
# theirs ("ſ" to s, "ı" to i) but str.lower() leaves them alone, so text holding one is
# searched the slow way (tests/test_markup.py checks both).
LOWER_APART = "ſı"
# How every built-in debris line starts, in lowercase, after an optional bullet or quote mark
# and an opening parenthesis. The debris step matches the full patterns only on lines of the
# lowercased text that start with one of these, found in one pass with the leads as a prefix
# tree: testing every alternative of every pattern at each line cost about 1.5 µs a line,
# more than all the other cleaning of a 250-character AG News lead. A new pattern needs its
# leads here; tests/test_markup.py derives the literal start of every pattern and fails on
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
    "veja também", "voir aussi", "weiterlesen", "click here", "tap here", "clique aqui",
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
     "Indian news sites under every photo (the seed: '### **Representational Image**'); "
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
     r"(?:read more|read the full (?:story|article)(?: here)?|continue reading)\.{0,3}",
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
    ("reporter contact",
     r"\(\([^()\n]{0,200}@[^()\n]{0,200}\)\)",
     "Reuters reporter contact blocks: '((jane.doe@thomsonreuters.com; +1 202 555 0100))'"),
)

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

# Headings of related-story boxes ("Related stories", "You may also like", "Mehr zum Thema"):
# the short link lines under them go with them (US, British, Spanish, French, German and
# Portuguese news sites).
RELATED_HEADING = (r"(?:related(?: stories| articles| news| coverage| content)?|"
                   r"more on this story|recommended(?: for you| stories)?|you may also like|"
                   r"trending now|top stories|most read|most popular|more from [^\n:]{1,40}|"
                   r"noticias relacionadas|articles similaires|sur le même sujet|"
                   r"mehr zum thema|notícias relacionadas)\s*:?")
