"""Dutch cue patterns.  Regex sources matched against a sentence's normalised key or core
(lower case, hesitations removed, formal "u" and Flemish "ge/gij" mapped to "je/jij", see
sentences.py).  Cue patterns, never memorised utterances: each entry generalises over a
family of phrasings.
"""

PRON = r"(?:je|jij|u|jullie|het|er|dat|dit|die|we|wij|ze|zij|hij|iemand|iets|alles|de\s+\w+|jouw\s+\w+|je\s+\w+)"
# finite verbs that open a yes/no question (Dutch V1 order)
VERB1 = (
    r"(?:heb|hebt|heeft|hadden|had|ben|bent|is|zijn|was|waren|kun|kan|kunt|kon|konden|zou|zouden|wil|wilt|wilde|ga|gaat|gaan|ging|"
    r"moet|moeten|mag|mogen|lukt|lukte|doe|doet|deed|weet|ken|vind|vindt|snap|begrijp|zie|ziet|denk|denkt|hoor|komt|kom|klopt|past|"
    r"werkt|staat|sta|loopt|zit|wordt|worden|blijft|red|redt|zal|zullen|zul|verwacht|voel|voelt|speelt|helpt|lijkt|heet|krijg|krijgt|"
    r"hoef|hoeft|durf|herken|merk|mis|gebruik|wist|vond|dacht|zag|hoorde|liep|kreeg|kijk|kijkt|loop|zat|stond|zeggen|"
    r"gaf|geef|maak|maakt|haal|werk|leer|leerde|zeg|zei|regel|bel|mail|spreek|vraag|moest|wou)"
)
DAY = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)"
MONTH = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)"

QUESTION = {
    # verb-first with a subject: a question even without "?" ("Doe dat." is an imperative)
    "aux_subject": rf"(?!maak\s+je\s+(?:daar\s+|er\s+)?(?:maar\s+)?geen\s+zorgen){VERB1}\s+(?:je|jij|u|jullie|we|wij|ze|zij|hij|er)\b|"
    r"(?:is|was|zijn|waren|heeft|hebben|had|kan|kon|moet|mag|zal|zou|wordt|werd|lukt|lukte|klopt|gaat|ging|past|werkt|staat|loopt|zit|blijft|komt|wil)\s+(?:het|dat|die|dit|er|alles|iemand|iets|de\s+\w+)\b",
    # a tag that asks even without a question mark (ASR drops it; "..., hè.")
    "bare_tag": r"(?:,|\s)\s*(?:toch|hè|he|hé|of\s+niet|klopt\s+dat)\s*[.]?\s*$",
    # verb + subject after a wh-word: "... hoe kijk jij ertegenaan", a question even mid-sentence
    "inverted": rf"{VERB1}\s+(?:je|jij|jullie|we)\b",
    # an indirect yes/no question ("Ik wil je vragen of je ...")
    "indirect_closed": r"\bik\s+(?:wil|wilde|zou)\s+(?:je|jou)?\s*(?:graag\s+)?vragen\s+of\b|\bik\s+vroeg\s+me\s+af\s+of\b",
    # a rating on a scale asks for a number: closed
    "scale": r"\b(?:op\s+een\s+schaal|schaal\s+van|(?:nul|een|één|\d+)\s+tot\s+(?:tien|\d+))\b",
    "wh_open": r"wat|hoe|waarom|hoezo|waardoor|in\s+hoeverre|wat\s+voor|welke\s+(?:ideeën|ideeen|opties|mogelijkheden|stappen|punten|dingen|kansen|risico's|problemen)|"
    r"waar|wie|waarover|waaraan|waarmee|waarin|waarvan|welke\s+(?:aanpak|oplossing|ondersteuning|hulp)|wat\s+nog\s+meer",
    "wh_closed": r"hoe\s*(?:veel|lang|vaak|laat|oud|ver|groot)|welke|(?:wie|waar)\s+(?:is|was|zijn|waren|ligt|staat)\s+(?:de|het|dat|die|dit|hij|zij|ze)\b|"
    r"wanneer|hoeveel|om\s+hoe\s+laat|per\s+wanneer|tegen\s+wanneer",
    "aux_first": rf"{VERB1}\s+{PRON}\b|{VERB1}\s+(?:\w+\s+)?(?:je|jij|u|het|er)\b|nog\s+(?:vragen|iets\s+(?:anders|nodig))\b",
    "indirect_open": r"^(?:vertel|vertel\s+maar|zeg\s+het\s+maar|ga\s+(?:maar\s+)?door|ga\s+verder|kom\s+maar)\s*[.!?]*$|"
    r"^(?:kun|kan|kunt|wil|zou)\s+(?:je|jij|u)\s+(?:\w+\s+){0,6}(?:vertellen|uitleggen|beschrijven|toelichten|schetsen|zeggen|samenvatten|herhalen)\s+(?:wat|hoe|waarom|welke|waar|wie)\b|in\s+(?:je|jouw)\s+eigen\s+woorden|"
    r"^(?:kun|kan|kunt|wil|zou)\s+(?:je|jij|u)\s+(?:me\s+|mij\s+|eens\s+|daar\s+|er\s+|nog\s+|iets\s+|wat\s+|meer\s+){0,3}"
    r"(?:vertellen|uitleggen|beschrijven|toelichten|meenemen|schetsen)|vertel\s+(?:eens|me|mij|maar|daar|er|iets|wat|over|nog)|"
    r"leg\s+(?:eens\s+|me\s+|mij\s+)?uit|neem\s+me\s+(?:eens\s+)?mee|ik\s+ben\s+(?:wel\s+)?(?:benieuwd|nieuwsgierig)\s+(?:hoe|waarom)|"
    r"ik\s+vraag\s+me\s+af\s+(?:hoe|wat|waarom)|zeg\s+(?:er\s+)?eens\s+(?:iets\s+)?(?:meer|over)|"
    r"(?:zie|heb)\s+(?:je|jij)\s+(?:nog\s+)?(?:andere\s+)?(?:mogelijkheden|opties|ideeën|ideeen|oplossingen)",
    "leading": r"\b(?:zou|is|was|wordt)\s+(?:het|dat|een\s+\w+)\s+(?:niet\s+|wel\s+)?(?:\w+\s+)?(?:verstandig|handig|slim|helpen|beter\s+geweest|een\s+idee)\b|"
    r"\bheeft\s+(?:je|jij)\s+(?:al\s+)?(?:eens\s+)?(?:overwogen|geprobeerd|gedacht)|\b(?:had|heb)\s+(?:je|jij)\s+niet\s+(?:beter|eerst)\b|\ben\s+als\s+(?:je|jij)\s+(?:\w+\s+){0,2}(?:nu\s+)?eens\b|"
    r"\bzou\s+(?:een|de|het)\s+\w+\s+niet\s+(?:helpen|beter|handiger)|"
    r"^(?:heb|had|ben|was|wist|ken|weet)\s+(?:je|jij)\s+(?:dat|dit|het)\s+niet\b|"
    r"heb\s+(?:je|jij)\s+(?:al\s+)?(?:eens\s+)?(?:eraan\s+|er\s+(?:al\s+)?(?:eens\s+)?aan\s+|aan\s+)?gedacht\s+(?:om|aan)|heb\s+(?:je|jij)\s+(?:al\s+)?(?:eens\s+)?(?:overwogen|geprobeerd)\s+om|"
    r"(?:zou|kun|kan|kunt|moet|wil)\s+(?:je|jij)\s+(?:\w+\s+)?niet\s+(?:eerst|even|gewoon|beter|liever|toch|\w+\s+(?:bellen|mailen|vragen))|"
    r"(?:zou|kun|kan|kunt|moet)\s+(?:je|jij)\s+niet\b|"
    r"(?:is|zou|wordt)\s+(?:het|dat)\s+niet\s+(?:\w+\s+)?(?:handiger|beter|slimmer|makkelijker|verstandiger|sneller|eenvoudiger)|"
    r"(?:zou|is)\s+het\s+(?:niet\s+)?(?:handiger|beter|slimmer|makkelijker|verstandiger|sneller)\s+(?:zijn\s+)?(?:om|als)|"
    r"waarom\s+(?:\w+\s+)?(?:je|jij)\s+(?:\w+\s+)?(?:dan\s+)?niet\b|waarom\s+niet\s+(?:gewoon|even|meteen)|"
    r"wat\s+als\s+(?:je|jij)\s+(?:gewoon|eens|even|eerst|nou)|wat\s+dacht\s+(?:je|jij)\s+van|is\s+het\s+(?:geen|een)\s+(?:idee|optie)\s+om|"
    r"(?:kun|kan|kunt|zou|wil)\s+(?:je|jij)\s+(?:niet\s+)?(?:gewoon|misschien|eventueel)\s+|"
    r"wat\s+(?:vind|denk|zeg)\s+(?:je|jij)\s+(?:er)?(?:van|ervan|daarvan)\s+(?:om|als\s+(?:je|jij|we))|"
    r"(?:denk|vind)\s+(?:je|jij)\s+(?:ook\s+)?niet\s+dat|lijkt\s+(?:het|dat)\s+(?:je|jou)\s+niet|"
    r"^(?:je|jij)\s+(?:kunt|kan|moet|zou)\s+(?:toch|gewoon|ook\s+gewoon|beter)\b|^misschien\s+(?:kun|kan|moet|zou)\s+(?:je|jij)\b",
    "tag": r"(?:,|\s)\s*(?:toch|hè|he|hé|niet|ja|oké|ok|okay|klopt\s+dat|klopt|of\s+niet|goed|right|nietwaar|zeker|akkoord|afgesproken|"
    r"heb\s+ik\s+dat\s+goed|begrijp\s+ik\s+dat\s+goed|zie\s+ik\s+dat\s+goed|is\s+dat\s+zo)\s*\?\s*$",
    "check": r"^(?:klopt\s+(?:dat|het)|klopt|heb\s+ik\s+(?:dat|het|je)\s+(?:zo\s+)?goed\s+(?:begrepen|gehoord)|begrijp\s+ik\s+(?:dat|het|je)\s+goed|"
    r"zie\s+ik\s+dat\s+goed|is\s+dat\s+(?:zo|juist|correct)|toch|ja|oké|ok|hè|he|juist|correct)\s*[?.]?$",
    "declarative": r"^(?:je|jij|u|jouw|het|dat|dit|er|ik|we|wij|ze|zij|hij|daar|zo|eigenlijk|volgens\s+jou|voor\s+jou|als\s+ik|"
    r"omdat|want|nog\s+steeds|niet|gewoon|misschien|de\s+\w+|een\s+\w+)\b",
}

ACTS = {
    "summary": [
        r"\bals\s+ik\s+(?:het|je|jou|dat)\s+(?:goed|juist)\s+(?:begrijp|hoor|zie|samenvat)|\bals\s+ik\s+het\s+samenvat|\bsamengevat\b|\bkortom\b|\bom\s+samen\s+te\s+vatten",
        r"\b(?:wat\s+ik\s+(?:hoor|begrijp|oppik)|ik\s+hoor\s+(?:je|jou|dat)|ik\s+begrijp\s+(?:dus\s+)?dat\s+(?:je|jij)|je\s+zegt\s+(?:dus|eigenlijk|net)|je\s+bedoelt)\b",
        r"^dus\s+(?:je|jij|u|het|de|jullie|eigenlijk|als|wat|er|die|dat|dit)\b|\bhet\s+klinkt\s+(?:als|alsof|dat)|\bklinkt\s+(?:als|alsof)\s+(?:je|jij|het)",
    ],
    # a second-person declarative about feelings, thoughts, situation: a summary after the other spoke
    "reflection": [
        r"^(?:je|jij)\s+(?:voelt\s+je|hebt\s+het\s+gevoel|maakt\s+je\s+(?:\w+\s+)?zorgen|bent\s+(?:bang|bezorgd|onzeker|teleurgesteld|boos|moe)|ziet\s+(?:er\s+)?(?:\w+\s+)?tegenop|zit\s+(?:er\s+)?(?:\w+\s+)?mee|baalt|twijfelt|vraagt\s+je\s+af)\b",
        r"^(?:ze|zij|hij|het|dat|die|iedereen|niemand)\s+(?:\w+\s+){1,2}dus\b",
        r"^(?:je|jij)\s+(?:zou|wil|wilt)\s+(?:graag|liever)\b|^(?:je|jij)\s+ziet\s+(?:het|dat|dit)\s+(?:niet\s+)?(?:zo\s+)?zitten\b",
        r"^(?:je|jij)\s+(?:had|vond|dacht|voelde|wilde|verwachtte|hoopte)\b",
        r"^(?:je|jij)\s+(?:voelt|vindt|denkt|ziet|wilt|wil|maakt|twijfelt|weet|hebt|zit|loopt|bent|wacht|merkt|hoopt|vreest|mist|kunt\s+(?:niet|dus))\b.*\b(?:dus|eigenlijk|nog\s+steeds|nog\s+niet|er\s+tegenop|tegenaan|vast|geen)\b",
        r"^(?:je|jij)\s+(?:\w+\s+)?(?:dus|eigenlijk)\b|^voor\s+jou\b|^(?:het|dat)\s+(?:probleem|knelpunt|lastige)\s+is\s+dus\b|^eigenlijk\s+(?:zeg|bedoel)\s+je",
    ],
    "about_other": [
        r"^(?:dus\s+)?(?:je|jij|jouw|u)\b|^dus\s+(?:het|dat|die|er|de|jouw|voor|zij|ze|hij)\b",
    ],
    # "Dus" + a statement about the other: a reflection after the other spoke
    "so_reflection": [
        r"^dus\s+(?!wat\b|hoe\b|waarom\b|wanneer\b|laten\b|ik\b|we\b|wij\b|zullen\b|kun\b|kan\b|ga\b|moet\b|heb\b)\w+\s+\w+",
        r"^dus\s+(?:je|jij|jouw|u|het|dat|er|die|dit|ze|zij|hij|voor\s+jou)\b",
    ],
    # "Dus"/"So" + any statement: a reflection only when the sentence carries no other act
    "so_statement": [
        r"^dus\s+(?!wat\b|hoe\b|waarom\b|laten\b|ik\b|we\b|wij\b)\w+",
    ],
    # citing the other: a summary when it echoes `previous`
    "cited": [
        r"\b(?:je|jij)\s+(?:zei|zegt|gaf\s+(?:net\s+)?aan|noemde|vertelde)\b",
    ],
    "second_person": [
        r"\b(?:je|jij|jouw|jezelf)\b",
    ],
    "about_situation": [
        r"^(?:dus\s+)?(?:het|dat|dit|er|daar|die|ze|zij|hij|niet|een\s+deel|veel)\b",
    ],
    "checkpoint": [
        r"\blaat\s+(?:je\s+|jij\s+|u\s+)?(?:\w+\s+){0,2}weten\s+hoe\s+(?:het|dat)\s+(?:ging|gaat|gegaan\s+is|is\s+gegaan)\b|\bhoudt?\s+(?:je\s+|jij\s+|u\s+)?(?:me|mij)\s+(?:even\s+)?op\s+de\s+hoogte\b",
        r"\b(?:geef|stuur|app|mail)\s+(?:je\s+|jij\s+)?(?:me|mij)\s+(?:\w+\s+){0,3}(?:seintje|berichtje|update|appje|mailtje)\b|\bhou\s+(?:je\s+)?(?:me|mij)\s+(?:\w+\s+)?(?:op\s+de\s+hoogte|in\s+de\s+loop|geïnformeerd)\b",
        r"\b(?:hoor|spreek|zie)\s+(?:ik|we)\s+(?:je\s+|jou\s+|elkaar\s+)?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|morgen|volgende\s+week)\b",
        rf"(?<!elke\s)(?<!iedere\s)\b(?:{DAY}|morgen|overmorgen|volgende\s+week|deze\s+week|eind\s+van\s+de\s+(?:week|maand|dag)|over\s+(?:een|twee|drie|vier|\d+)\s+(?:week|weken|dagen|maand)|(?:half|begin|eind|medio|midden)\s+{MONTH}|\d+\s+{MONTH}|na\s+(?:die|de|deze)\s+\w+)\b"
        r".*\b(?:bespreken|bespreek|opzet|versie|concept|laten\s+zien|weten|hoor|horen|sturen|stuur|afspraak|overleg|zitten|langs|checken|tussenstand|kijken|bekijken|af|klaar|deadline|inleveren|opleveren|lever|evalueren|spreken|spreek|terugkoppel\w*|update|presenteren|zien|hebben|staan|liggen|rond|binnen|draaiboek|planning)\b",
        rf"\b(?:opzet|versie|concept|tussenstand|tussenresultaat|tussenresultaten|update|schets|voorstel|draaiboek)\b.*\b(?:{DAY}|morgen|volgende\s+week|over\s+\w+\s+weken?|{MONTH}|uiterlijk)\b",
        r"\b(?:laten\s+we|zullen\s+we|kunnen\s+we|we\s+(?:spreken|zien|plannen))\b.*\b(?:afspreken|bespreken|bekijken|kijken|evalueren|samen\s+zitten|even\s+zitten|zitten|checken|doorlopen|doornemen|een\s+moment|afspraak|overleg|check|spreken)\b",
        r"\b(?:zitten|kijken|spreken)\s+we\s+(?:\w+\s+)?(?:even\s+)?(?:samen|weer|nog\s+even)\b|\bsamen\s+(?:bekijken|doornemen|evalueren)\b|\bmomenten?\s+om\s+(?:mee\s+te\s+kijken|te\s+bespreken)",
        rf"\btussentijds\w*\b|\btussenresulta\w+|\bhalverwege\b|\bmijlpa\w+|\b(?:elke|iedere)\s+(?:week|{DAY}|twee\s+weken)\s+(?:even\s+)?(?:zitten|bespreken|overleg|bellen|een\s+update|contact)|\bwekelijks\w*\s+(?:overleg|update|contact|gesprek)|\bde\s+deadline\s+(?:is|wordt|ligt)\b|\buiterlijk\s+\w+",
        rf"\b(?:voor|op)\s+{DAY}\b.*\b(?:af|klaar|binnen|opgeleverd|ingeleverd|rond|verstuurd|gedaan)\b|^(?:(?:op\s+|voor\s+|uiterlijk\s+)?(?:{DAY}|morgen)(?:\s+\w+)?|\d+\s+{MONTH})\s*[.!]*$",
        rf"\b(?:kun|kan|wil|zou)\s+(?:je|jij)\s+(?:\w+\s+){{0,5}}(?:deze\s+week|vandaag|morgen|voor\s+{DAY})\b",
        rf"\bhoud?\s+(?:me|mij)\s+(?:even\s+)?(?:op\s+de\s+hoogte|posted)\b|\b(?:uiterlijk|vóór|voor)\s+(?:(?:volgende|deze|eind)\s+)?(?:{DAY}|morgen|week|maand|de\s+\d+(?:e|ste|de)?)\b|\b(?:deze|volgende)\s+week\b.*\b(?:af|klaar|rond|binnen|sturen)\b",
        rf"\b(?:klaar|af|rond|gereed|ingeleverd|opgeleverd)\b.*\b(?:op|voor|tegen|uiterlijk)\s+(?:\d+\s+{MONTH}|{DAY}|de\s+\w+de|volgende\s+week|morgen)\b",
        rf"\b(?:samen\s*zitten|samenzitten|even\s+zitten|bijpraten|afspreken|bespreken|evalueren|checken)\b.*\b(?:{DAY}|morgen|volgende\s+week|over\s+\w+\s+weken?)\b|\b(?:appen|bellen|mailen|laten\s+weten|melden|seinen)\b.*\bals\s+(?:het|je|alles)\s+(?:\w+\s+)?(?:klaar|af|rond|binnen)\b",
    ],
    "result": [
        r"\bsucces\s+(?:is|betekent|zou\s+zijn)\b|\bis\s+het\s+(?:een\s+)?(?:succes|geslaagd)\b|\b(?:de\s+lat|de\s+afspraak|de\s+opdracht|de\s+(?:afgesproken\s+)?(?:scope|norm|target)|het\s+idee)\s+(?:is|was|ligt)\b|\bwe\s+zeiden\s+(?:dat\s+)?we\b|\bzou\s+(?:eigenlijk\s+)?(?:\w+\s+){0,3}(?:moeten|blijven)\b.*\b(?:binnen|onder|boven)\b|\bhet\s+(?:eind)?resultaat\b",
        r"\b(?:uiteindelijk|aan\s+het\s+eind\w*|op\s+het\s+eind\w*|straks)\s+wil\s+ik\b|\bhet\s+zou\s+(?:mooi|fijn|goed|ideaal|prachtig|top)\s+zijn\s+als\s+(?!je\b|jij\b)|\b(?:dat\s+is\s+)?het\s+(?:criterium|succescriterium|doel|streven)\b|\bhet\s+moet\s+(?:gewoon\s+|straks\s+)?(?:draaien|werken|staan|lopen)\b",
        r"\bik\s+wil\s+(?:graag\s+)?(?:\w+\s+){0,3}?een\s+(?:\w+\s+){1,3}?(?:die|dat|met|waar\w*|klaar|af)\b",
        r"\bhet\s+moet\s+(?:zo\s+zijn|(?:uiteindelijk|straks)\s+\w+)\s+dat\b|\ber\s+(?:moet|ligt|staat)\s+(?:straks|uiteindelijk|aan\s+het\s+eind\w*|op\s+het\s+eind\w*)\s+(?:een|het|de)\b|\bals\s+het\s+goed\s+is\s+(?:ligt|staat|is|hebben)\b",
        r"\bwat\s+(?:we|ik)\s+(?:nodig\s+hebben|nodig\s+heb|willen|zoeken)\s+is\b|\bhet\s+(?:moet|mag)\s+(?:\w+\s+){0,3}(?:opleveren|resulteren|uitmonden)\b",
        r"\bwat\s+we\s+(?:hadden\s+|hebben\s+)?afgesproken\b",
        r"\b(?:het\s+)?(?:eind)?resultaat\s+(?:is|moet|wordt|zou|dat\s+ik|waar\s+ik)\b|\bhet\s+(?:doel|einddoel|eindproduct|beoogde)\s+(?:is|moet|wordt)\b|^(?:het\s+)?eindpunt\s+is\b|\bwat\s+(?:moet|wil)\s+(?:het|er)\s+(?:uiteindelijk\s+)?(?:liggen|opleveren)",
        r"\bwat\s+ik\s+(?:aan\s+het\s+eind(?:e)?|uiteindelijk|straks)\s+(?:wil|nodig\s+heb|wil\s+hebben|wil\s+zien|verwacht)\b|\bwat\s+ik\s+(?:wil|nodig\s+heb|verwacht|wil\s+zien|wil\s+hebben)\s+is\b",
        r"\b(?:geslaagd|gelukt|succesvol|klaar)\s+(?:als|wanneer|is\s+als)\b|\bhet\s+moet\s+(?:uiteindelijk\s+)?(?:een|leiden\s+tot)\b|\baan\s+het\s+eind(?:e)?\s+(?:van\s+\w+\s+)?(?:wil|moet|heb|ligt|hebben|is\s+er)\b",
        r"\bik\s+wil\s+(?:graag\s+)?(?:een|dat\s+er\s+een)\s+\w+(?:\s+\w+)?\s+(?:die|dat|met|waar|waarmee|klaar|af)\b|\b(?:op\s*leveren|oplevert|oplevering|eindproduct|einddoel)\b",
        r"\bwat\s+(?:is|wordt)\s+(?:het|jouw|je)\s+(?:eind)?(?:resultaat|doel)\b|\bzorg(?:en|t)?\s+dat\s+(?:het|alles)\s+(?:er\s+)?(?:goed\s+)?(?:uitstaat|staat|klaar\s+is|af\s+is|werkt)\b",
        r"\b(?:we\s+hadden|hadden\s+we)\s+(?:\w+\s+)?(?:afgesproken|als\s+doel|als\s+streven)\b|\bhet\s+(?:doel|streven)\s+was\b",
        r"\bwe\s+(?:zeiden|spraken\s+af|hebben\s+afgesproken)\b.*\b(?:moest|zou|moesten|zouden)\b|\bhet\s+idee\s+was\s+(?:om|dat)\b",
        r"\bwat\s+er\s+(?:op|aan)\s+het\s+eind(?:e)?\s+(?:moet\s+)?(?:liggen|zijn|staan)\b|\bop\s+het\s+einde?\s+(?:moet|wil)\b",
    ],
    "instruction": [
        r"\bik\s+(?:wil|zou)\s+(?:je|jou)\s+(?:graag\s+)?(?:\w+\s+){0,4}(?:geven|overdragen|toevertrouwen)\b|\b(?:we|wij)\s+(?:zouden\s+het\s+)?(?:\w+\s+)?(?:waarderen|dankbaar\s+zijn)\s+als\s+(?:je|jij)\b|\bwe\s+hebben\s+iemand\s+nodig\s+die\b|\bhoe\s+(?:je|jij)\s+(?:dat|het)\s+(?:ook\s+)?(?:wilt|wil)\b|\bzoals\s+(?:je|jij)\s+(?:wilt|wil|het\s+wilt)\b",
        r"\b(?:dan|daar|daarvoor|eerst)\s+moet\s+(?:je|jij)\s+(?!(?:\w+\s+){0,3}niet\b)(?:\w+\s+){0,6}\w+en\b",
        r"\bik\s+(?:wil|wou|wilde)\s+(?:het\s+)?(?:even\s+)?met\s+(?:je|jou)\s+(?:\w+\s+)?(?:hebben|praten|spreken)\s+over\b|\bik\s+vraag\s+(?:je|jou)\s+(?:om|of)\b",
        r"\bwat\s+ik\s+(?:eigenlijk\s+|graag\s+)?wil\s*,?\s+is\s+dat\s+(?:je|jij)\b|\b(?:wil|zou)\s+ik\s+(?:\w+\s+)?(?:aan\s+)?(?:jou|je)\s+(?:geven|vragen|overdragen)\b|\b(?:je|jij)\s+krijgt\s+(?:er\s+)?(?:\w+\s+){0,2}(?:dagen|uur|uren|budget|hulp|ondersteuning|toegang|middagen)\b",
        r"\b(?:je|jij)\s+(?:bepaalt|beslist|kiest)\s+(?:\w+\s+)?zelf\b|\b(?:je|jij)\s+hebt\s+(?:het|een|alle)\s+mandaat\b|\b(?:dan|daar|daarvoor|hiervoor|verder)\s+(?:mag|krijg)\s+(?:je|jij)\b|\balles\s+moet\s+(?:volgens|via|binnen)\b|\bniet\s+onderhandelbaar\b",
        r"\bzou\s+(?:je|jij)\s+(?:\w+\s+){0,8}willen\s+\w+en\b|\bzou\s+(?:je|jij)\s+(?:\w+\s+){1,8}\w+en\s+willen\b",
        r"\b(?:laat|hoef)\s+(?:je|jij)\s+(?:\w+\s+){0,3}(?:zitten|liggen|buiten\s+beschouwing)\b|\bde\s+rest\s+(?:laat|hoef)\b|\bhet\s+gaat\s+(?:alleen\s+|puur\s+)?om\s+(?:de|het)\s+\w+\s+(?:voor|van)\b",
        r"\b(?:je|jij)\s+mag\b|\b(?:je|jij)\s+(?:hebt|krijgt)\s+(?:een\s+)?(?:budget|mandaat|\d+|\w+(?:duizend|honderd)|volledig|de\s+vrije\s+hand)",
        r"\bbudget\s+(?:is|van|ligt|bedraagt)\b|\btot\s+(?:€\s*)?\d[\d.,]*\s*(?:euro|k)?\b|\bmaximaal\s+\d|\bniet\s+meer\s+dan\s+\d|\bbinnen\s+(?:het|de|dat|dit)\s+(?:budget|kaders|grenzen)|\b(?:boven|onder)\s+(?:de\s+)?(?:\d+|\w+honderd|\w+duizend)\s+euro",
        r"^(?:wil\s+je\s+)?(?:gebruik|houd|hou|betrek|overleg|stem|neem|zorg|beperk|volg|richt\s+je|focus)\b|\bzorgt?\s+(?:\w+\s+)?(?:ervoor|er\s+voor)?\s*dat\b|\bstem\s+\w+(?:\s+\w+)?\s+af\b|\bhet\s+is\s+de\s+bedoeling\s+dat\b",
        r"\bik\s+(?:wil|zou\s+graag\s+willen|wil\s+graag)\s+dat\s+(?:je|jij)\b|\bik\s+(?:wil\s+)?(?:je|jou)\s+vragen\s+(?:om|te|of)\b|\bik\s+wil\s+vragen\s+of\s+(?:je|jij)\b|\b(?:jouw|je)\s+(?:taak|opdracht|rol)\s+(?:is|wordt)\b|\bde\s+opdracht\s+is\b",
        r"\b(?:je|jij)\s+(?:bent|wordt)\s+(?:eind)?verantwoordelijk|\b(?:je|jij)\s+hoeft\s+(?:niet|geen|alleen)\b|\b(?:je|jij)\s+(?:moet|gaat)\s+(?:\w+\s+){0,6}(?:maken|schrijven|regelen|organiseren|voorbereiden|trekken|overnemen|oppakken|leiden|coördineren|bestellen|uitzoeken)\b",
        r"\b(?:kun|kan|kunt|wil|wilt|zou)\s+(?:jij|je)\s+(?:\w+\s+){0,10}(?:oppakken|regelen|organiseren|voorbereiden|trekken|uitwerken|opstellen|schrijven|maken|verzorgen|coördineren|coordineren|overnemen|ontfermen)\b",
        # handing over a task by name: "Ik heb een klus voor je, de webshop-koppeling" (announcing one is
        # small talk), "Zou je het zien zitten om ... over te nemen"
        r"\bik\s+heb\s+(?:een\s+)?(?:klus|klusje|taak|opdracht|project)(?:je)?\s+voor\s+(?:je|jou)\s*[,:]\s*(?:de|het|een|die|dat)\s+\w|\bzou\s+(?:je|jij)\s+het\s+zien\s+zitten\s+om\b",
        r"^(?:je|jij)\s+(?:bestelt|regelt|maakt|stuurt|plant|belt|mailt|schrijft|organiseert|houdt|neemt|levert|werkt|zorgt|gebruikt|begint|volgt|overlegt|rapporteert|start|pakt|zet|stemt)\b",
        r"\bhet\s+moet\s+(?:wel\s+)?(?:binnen|onder|passen|blijven|voldoen)\b|\b(?:niet|nooit)\s+(?:zonder|buiten)\b|\bwel\s+een\s+paar\s+kaders\b",
        r"\b(?:je|jij)\s+moet\s+(?!gewoon|eens|even|maar)(?:\w+\s+){0,4}\w+en\b",
        r"^(?:je|jij)\s+doet\s+(?:eerst|dat|het)\b(?!\s+(?:goed|prima|geweldig|top))",
        r"\b(?:bij|aan)\s+(?:jou|je)\s+(?:neer)?leggen\b|\bik\s+(?:zou\s+)?graag\s+(?:zien|hebben)\s+dat\s+(?:je|jij)\b|\bzou\s+ik\s+graag\s+zien\s+dat\b|\b(?:doe|doet)\s+(?:je|jij)\s+zelf\b",
        r"\b(?:kun|kan|kunt|wil|zou)\s+(?:je|jij)\s+(?:\w+\s+){0,6}(?:kijken|checken|nakijken|doorrekenen|doorlezen|bellen|mailen|uitzoeken)\b",
        # a task handed over as a request with an infinitive: "Ik wil jou vragen de begroting te maken"
        r"\bik\s+(?:wil|wou|wilde|zou)\s+(?:je|jou|u)\s+(?:graag\s+)?(?:\w+\s+)?vragen\s+(?:om\s+)?(?:[\w'’-]+\s+){1,10}te\s+\w+en\b",
    ],
    "advice": [
        r"^ik\s+denk\s+(?:dat\s+)?(?:je|jij)\s+(?:beter|gewoon|het\s+beste|eens|echt\s+moet|zou\s+moeten)\b|\bwat\s+(?:je|jij)\s+(?:ook\s+)?(?:zou\s+kunnen|kunt|kan)\s+(?:doen|proberen|zeggen)\s+is\b",
        r"\bwat\s+ik\s+zou\s+doen\s+is\b|\bwat\s+ik\s+(?:deed|gedaan\s+heb)\s+(?:toen|is|was)\b|\bzo\s+heb\s+ik\s+het\s+(?:ook\s+)?(?:gedaan|opgelost|aangepakt)\b|\bdat\s+deed\s+ik\s+(?:ook|toen)\b",
        r"(?:^|[,;]\s*|\bdan\s+)ik\s+zou\s+(?!graag\b|willen\b|het\s+fijn\b|je\b|jou\b)(?:\w+\s+){0,5}\w+en\b(?!\s+willen)|\b(?:toen|dan)\s+(?:heb\s+ik|belde\s+ik|deed\s+ik|stuurde\s+ik|vroeg\s+ik)\s+(?:\w+\s+){0,3}gewoon\b|\bik\s+(?:belde|deed|stuurde|vroeg|maakte)\s+(?:\w+\s+){0,3}gewoon\b",
        r"\b(?:die|dat|hem|haar|dit|ze|\w+)\s+moet\s+(?:je|jij)\s+(?:niet\s+)?(?:\w+\s+){0,3}(?:bellen|mailen|vragen|sturen|aanspreken|parkeren|overslaan|langslopen)\b|\b(?:die|dat|dit|ze)\s+(?:parkeer|bel|mail|vraag)\s+(?:je|jij)\b|\bgeef\s+het\s+(?:wat\s+)?tijd\b",
        r"\b(?:je|jij)\s+moet\s+(?:gewoon|eens|even|maar|eerst\s+gewoon)\b|\bals\s+ik\s+(?:jou|jij)\s+(?:was|ben)\b|\bmijn\s+(?:advies|tip|suggestie)\b|\bik\s+(?:raad|adviseer)\s+(?:je|jou|aan)\b|\bik\s+zou\s+(?:zeggen|adviseren|aanraden)\b",
        r"(?:^|[,;]\s*|\bdan\s+)ik\s+zou\s+(?:gewoon|eerst|het|hem|haar|ze|even|maar|dat|die|dit|zelf|wel|de|een|meteen|echt|sowieso|in|met|naar)\b|\bzelf\s+zou\s+ik\b",
        r"\b(?:je|jij)\s+(?:kunt|kan|zou)\s+(?:het\s+beste|beter|gewoon|ook\s+gewoon|misschien|eventueel|ook\s+(?:even|eens))\b|\b(?:je|jij)\s+zou\s+(?:\w+\s+){0,5}?(?:kunnen|moeten|eens)\b|\bmisschien\s+(?:moet|kun|kan|zou)\s+(?:je|jij)\b",
        r"^probeer\s+(?:eens|het|om|te|gewoon|even|dan)\b|\bhet\s+(?:beste|handigste|makkelijkste|slimste|verstandigste)\s+(?:is|lijkt\s+me|kun\s+je)\b|\bhet\s+is\s+(?:slim|handig|verstandig|beter)\s+om\b|\bwat\s+je\s+(?:kunt|kan)\s+doen\s+is\b",
        r"\bgewoon\s+(?:even\s+)?(?:bellen|mailen|vragen|doen|sturen|appen|laten|aanspreken|overslaan|opnieuw)\b|\b(?:bel|mail|vraag|stuur|app|spreek|pak|neem)\s+(?:\w+\s+){0,2}gewoon\b|^gewoon\s+\w+|^wacht\s+(?:nou\s+|maar\s+|even\s+)+",
        r"\bmoet\s+(?:je|jij)\s+(?:\w+\s+){0,3}gewoon\b|\bvolgende\s+keer\s+(?:gewoon|beter|liever|eerst|even|maar)\b",
        r"\bhad\s+(?:je|jij)\s+(?:\w+\s+){0,4}(?:beter|gewoon|moeten)\b|\bje\s+had\s+(?:beter|gewoon|ook)\b",
        r"\bhet\s+is\s+(?:echt\s+|heel\s+|wel\s+)?belangrijk\s+(?:dat\s+(?:je|jij)|om)\b|\bik\s+hoop\s+(?:echt\s+)?dat\s+(?:je|jij)\s+(?:\w+\s+)?(?:overweegt|probeert|nadenkt)\b",
        r"\b(?:wij|we|ik)\s+(?:deden|deed)\s+(?:dat|het|de\s+\w+)\s+(?:toen\s+)?(?:altijd\s+|gewoon\s+)|\bzo\s+deed\s+ik\s+het\s+(?:\w+\s+){0,4}(?:ook|altijd)\b",
    ],
    "motivation": [
        r"\bhoe\s+(?:zou|wil)\s+(?:jij|je)\s+(?:\w+\s+){0,4}willen\s+\w+en\b|\b(?:vind|vond)\s+(?:je|jij)\s+(?:het\s+)?(?:zelf\s+)?(?:een\s+)?(?:leuk|fijn|prettig|spannend|eng|leuke|fijne|spannende)\b|\bben\s+(?:je|jij)\s+(?:er\s+)?(?:\w+\s+){0,2}(?:blij|tevreden|trots)\s+(?:mee|op)\b|\bhoe\s+voelt\s+(?:het|dat)\b|\bzie\s+(?:je|jij)\s+(?:het|dat)\s+zitten\s+om\b",
        r"\b(?:jij|je)\s+(?:bent|hebt|weet|kent)\b.*\b(?:van\s+iedereen|als\s+geen\s+ander|het\s+meeste?|het\s+best\w*|beter\s+dan)\b|\b(?:jouw|je|uw)\s+(?:kennis|ervaring|netwerk|inzicht|oog)\b.*\b(?:onmisbaar|waardevol|goud\s+waard|precies\s+wat)\b|\bdaarom\s+vraag\s+ik\b|^omdat\s+(?:jij|je)\b",
        r"\bik\s+(?:heb\s+)?(?:er\s+)?(?:alle|het\s+volste|veel|echt|groot|het)?\s*vertrouwen\s+(?:in|dat)\b|\bik\s+heb\s+er\s+(?:alle|het\s+volste|veel|echt)\s+vertrouwen\b|\bik\s+vertrouw\s+(?:erop|je|jou|op)\b|\bik\s+weet\s+(?:zeker\s+)?dat\s+(?:je|jij)\s+(?:dit|het|dat)\s+(?:kunt|kan)\b|\b(?:jij|je)\s+kunt\s+(?:dit|dat|het)\s+(?:echt|prima|heel\s+goed|zeker)\b",
        r"\bik\s+(?:vraag|geef)\s+(?:het|dit|dat)\s+(?:aan\s+)?(?:jou|je)\s+(?:omdat|want)\b|\bomdat\s+(?:jij|je)\s+(?:\w+\s+){0,4}(?:best|goed|ervaring|verstand|kent|weet|kunt|sterk|handig)|\bik\s+heb\s+aan\s+jou\s+gedacht\b|\bjij\s+bent\s+(?:de|degene|precies)\b|\b(?:precies\s+)?daarom\s+(?:jij|vraag\s+ik\s+(?:het\s+)?(?:aan\s+)?(?:jou|je))\b",
        r"\b(?:dit|het)\s+is\s+(?:echt\s+)?(?:belangrijk|een\s+(?:mooie|goede|grote)\s+kans)\b|\bbelangrijk\s+(?:omdat|voor\s+(?:ons|het\s+team|de\s+klant|jou))\b|\bkans\s+om\s+(?:te\s+)?(?:leren|groeien|laten\s+zien|je)\b|\bdaar\s+leer\s+je\b|\b(?:jij|je)\s+(?:denkt|kunt|bent)\s+(?:heel\s+|echt\s+|erg\s+)?(?:goed|sterk)\s+(?:na|in|met)\b",
        r"\bhoe\s+(?:zou|wil|ga|zie)\s+(?:jij|je)\s+(?:\w+\s+){0,3}(?:aanpakken|doen|aanvliegen|oppakken|inrichten|organiseren|zelf|voor\s+je|graag)\b|\bhoe\s+(?:sta|staat|voel|voelt)\s+(?:je|jij)\s+(?:je\s+)?(?:er\s+)?(?:nu\s+)?(?:erin|in|erbij|bij|daarbij|hierbij|ertegenover|tegenover|hierover|daarover)\b|\bhoe\s+voelt?\s+(?:je|jij)\s+je\b",
        r"\bzie\s+(?:je|jij)\s+(?:het|dat|dit)\s+zitten\b|\bheb\s+(?:je|jij)\s+er\s+zin\s+in\b|\bwat\s+(?:zou|wil)\s+(?:jij|je)\s+(?:zelf|graag|het\s+liefst)\b|\bwat\s+zijn\s+(?:jouw|je)\s+(?:eigen\s+)?(?:ideeën|ideeen|wensen|gedachten)\b|\bwat\s+heb\s+(?:je|jij)\s+van\s+mij\s+nodig\b",
        r"\bik\s+help\s+(?:je|jou)\s+(?:graag|daar|er)\b|\b(?:je|jij)\s+kunt\s+altijd\s+(?:bij\s+mij|even|langs)|\bik\s+(?:waardeer|vind)\s+(?:jouw|je)\s+(?:inbreng|mening|kijk|ideeën)\b|\bhoe\s+(?:zeker|zelfverzekerd)\s+voel\b",
        r"\bwat\s+heb\s+(?:je|jij)\s+(?:daar\s+|hier\s+)?(?:al\s+|zelf\s+|eerder\s+|allemaal\s+|vroeger\s+|wel\s+)+(?:\w+\s+){0,4}(?:gedaan|ervaring)|\b(?:heb|had)\s+(?:je|jij)\s+(?:hier|daar|er)?\s*(?:al\s+)?(?:eerder\s+)?ervaring\b|\bhoeveel\s+ervaring\b|\bheb\s+(?:je|jij)\s+(?:dit|zoiets|dat)\s+(?:al\s+)?(?:eens\s+|eerder\s+|vaker\s+)+gedaan\b",
        r"\bhoe\s+(?:was|is)\s+het\s+(?:voor\s+jou|zelf)\b|\bhoe\s+(?:vind|vond|ervaar|ervoer)\s+(?:je|jij)\s+het\s+(?:zelf|eigenlijk)?\b|\bik\s+ben\s+(?:echt\s+)?blij\s+dat\s+(?:jij|je)\s+(?:dit|het)\b|\bik\s+dacht\s+(?:meteen\s+)?aan\s+jou\b",
        r"\bhoe\s+(?:bevalt|ervaar\s+je)\s+(?:het|dit)\b|\bwat\s+zou\s+(?:het|je)\s+(?:\w+\s+){0,3}(?:makkelijker|prettiger|leuker)\s+maken\b|\bik\s+denk\s+dat\s+(?:jij|je)\s+(?:\w+\s+){0,4}(?:verder\s+komt|beter|goed|prima)\b",
        r"\b(?:je|jij)\s+(?:gaat|zal|zult)\s+(?:dit|dat|het)\s+(?:echt\s+|heel\s+|super\s+)?(?:goed|prima|top|fantastisch)\s+doen\b|\b(?:je|jij)\s+kent\s+(?:\w+\s+){1,3}beter\s+dan\b|\bdacht\s+ik\s+aan\s+(?:jou|je)\b|\b(?:ik\s+ben|ben\s+ik)\s+(?:echt\s+|heel\s+)?benieuwd\s+(?:naar|wat\s+(?:je|jij))\b",
        r"\b(?:heb|hebt)\s+(?:je|jij)\s+(?:echt\s+|al\s+)?laten\s+zien\s+dat\s+(?:je|jij)\b|\bbeter\s+dan\s+(?:ik|wie\s+ook|de\s+rest)\b",
    ],
    "positive_feedback": [
        r"\bdat\s+is\s+(?:een\s+)?(?:enorme|flinke|grote|echte|mooie)\s+(?:verbetering|prestatie|stap\s+vooruit|resultaat)\b|\b(?:grotendeels|helemaal)\s+(?:aan\s+)?(?:jou|jouw)\s+(?:te\s+danken|verdienste)\b|\bdat\s+is\s+(?:echt\s+)?(?:jouw\s+werk|aan\s+jou\s+te\s+danken)\b",
        r"^(?:dat|dit)\s+(?:is|was|klinkt)\s+(?:echt\s+|heel\s+|erg\s+|super\s+|wel\s+)?(?:slim|knap|netjes|sterk|creatief|vindingrijk|goed\s+bedacht|goed\s+gevonden|goed\s+gezien)\b|\b(?:heb|hebt|heeft)\s+(?:jij|je)\s+(?:\w+\s+){0,3}(?:goed|netjes|knap|mooi|sterk|keurig|prima|slim)\s+\w+(?:d|t|en)\b",
        r"\b(?:die|dat|het)\s+(?:was|waren|zag\s+er|liep)\s+(?:echt\s+|heel\s+|erg\s+|ook\s+)?(?:keurig|netjes|top|perfect|uitstekend|strak|soepel|vlekkeloos)\b|\b(?:hebben|heeft)\s+(?:echt\s+|wel\s+)?(?:het|een)\s+(?:\w+\s+)?verschil\s+gemaakt\b|\bjouw\s+verdienste\b|\b(?:je|jij)\s+hebt\s+(?:\w+\s+){0,5}(?:foutloos|vlekkeloos|perfect|op\s+tijd|zonder\s+fouten)\s+\w+(?:d|t|en)\b",
        r"\b(?:dat|het)\s+(?:werkte|hielp|scheelde)\b|\b(?:sinds|omdat|nu)\s+(?:je|jij)\s+(?:\w+\s+){1,6}(?:hebt|had)\s+\w+\b",
        r"\b(?:je|jouw|de|het|die|dit)\s+\w{4,}(?:\s+\w+){0,6}\s+(?:is|was|zijn|waren|ziet\s+er|zag\s+er|staat|stond|oogt|leest)\s+(?:\w+\s+){0,2}(?:helder|duidelijk|goed|sterk|mooi|overzichtelijk|grondig|compleet|scherp|netjes|uitgebreid|professioneel|degelijk|strak|knap|top|uitstekend|zorgvuldig|verzorgd)\b",
        r"^(?:fijn|goed|mooi|knap|top|super|prima|sterk|(?:heel|echt)\s+fijn)\s+(?:om\s+te\s+zien\s+)?dat\s+(?:de|het|je|jouw|die|dat)\s+\w+\s+(?:\w+\s+){0,3}(?:al\s+|nu\s+)?(?:staat|staan|klaar\s+is|af\s+is|rond\s+is|binnen\s+is|gelukt\s+is|geregeld\s+is|ligt|loopt|draait)\b",
        r"\b(?:goed|knap|mooi|sterk|slim|top|handig|super)\s+(?:dat|hoe)\s+(?:je|jij)\b|\bik\s+(?:zie|merk)\s+dat\s+(?:je|jij)\s+(?:al|goed|echt|heel)\b|\bwat\s+(?:goed|knap|mooi|sterk)\s+dat\s+(?:je|jij)\b",
        r"\b(?:je|jij)\s+hebt\s+(?:[\w']+\s+){0,5}(?:goed|netjes|knap|prima|grondig|helder|mooi|zorgvuldig|sterk|snel|keurig)\s+(?:\w+\s+){0,3}(?:gedaan|aangepakt|opgelost|uitgewerkt|opgezet|geregeld|verwerkt|neergezet|gemaakt|in\s+kaart\s+gebracht|uitgezocht|voorbereid|gelegd|beschreven)\b",
        r"\b(?:goed|knap|mooi|sterk|netjes|slim|keurig)\s+(?:gedaan|werk|opgelost|aangepakt|geregeld|gevonden|bedacht)\s*(?:,\s*|\s+)(?:met|van|aan|dat|hoe|die|de|het|je|jouw)\b|\b(?:de|het)\s+manier\s+waarop\s+(?:je|jij)\b",
        r"\b(?:je|jouw)\s+\w+\s+(?:bevat|dekt|laat\s+zien|geeft|beantwoordt|noemt)\s+(?:al\s+)?\w+",
        r"\bwat\s+ik\s+(?:echt\s+|heel\s+|erg\s+)?(?:knap|goed|sterk|mooi|slim)\s+vond\b|\bik\s+vond\b[^.?!]{3,140}?\b(?:echt\s+|heel\s+|erg\s+|super\s+)*(?:goed|knap|sterk|mooi|slim|helder|creatief)\b",
        r"\b(?:jij|je)\s+hebt\s+(?:er\s+)?(?:aan|eraan)\s+gedacht\b|\b(?:jij|je)\s+had\s+(?:het\s+)?(?:goed\s+)?door\b|\bgoed\s+(?:gezien|opgemerkt|gevonden)\b|\bhet\s+feit\s+dat\s+(?:je|jij)\b|\b(?:je|jij)\s+(?:zag|ontdekte|vond)\s+(?:meteen\s+|als\s+enige\s+)?(?:dat|de|het)\b",
        r"\bdat\s+(?:je|jij)\b.*\b(?:hebt|had)\b.*\b(?:dat|het)\s+(?:is|was)\s+(?:echt\s+|heel\s+|erg\s+)?(?:slim|goed|knap|sterk|handig|mooi|top)\b|\b(?:daar|hier)\s+(?:ben|was|zijn|waren|is)\s+(?:\w+\s+){1,2}(?:echt\s+|heel\s+|erg\s+|super\s+)?(?:blij|tevreden|happy)\s+mee\b|\b(?:was|is)\s+(?:jouw|je)\s+idee\b",
    ],
    "appreciation": [
        r"\bdank\b|\bbedankt\b|\bdankjewel\b|\bdank\s*je\s*wel\b|\bdankuwel\b|\bik\s+waardeer\b|\bwaardeer\s+ik\b|\bdankbaar\b|\bga\s+zo\s+door\b|\bwaardering\b|\bfijn\s+dat\s+(?:je|jij)\s+(?!er\s+(?:bent|was)\b|(?:even\s+)?(?:langs)?komt\b|(?:even\s+)?binnen)",
        r"^(?:echt\s+|heel\s+|erg\s+)?(?:top|super|goed|knap|mooi|prima|fantastisch|geweldig|perfect|uitstekend|klasse|chapeau|petje\s+af|lekker|keurig)(?:\s+(?:gedaan|bezig|werk|zo|hoor|van\s+je))*\s*!+$",
        r"\b(?:goed|top|knap|lekker|super|mooi|geweldig|fantastisch)\s+(?:gedaan|bezig|werk)\b|\bik\s+ben\s+(?:echt\s+)?(?:trots|blij\s+met\s+(?:jou|je|je\s+inzet))\b|\bcomplimenten?\b|\bchapeau\b|\bpetje\s+af\b|\bje\s+inzet\b",
        r"\b(?:je|jij)\s+bent\s+een\s+(?:schat|topper|kanjer|held|toppertje|ster|aanwinst)\b|\b(?:je|jij)\s+doet\s+het\s+(?:echt\s+|heel\s+|erg\s+|super\s+)?(?:goed|prima|fantastisch|geweldig|top)\b",
        r"\bgefeliciteerd\b|\bproficiat\b|\b(?:tijd|moeite|energie|uren)\s+(?:in|aan|voor)\s+(?:\w+\s+)?(?:hebt\s+)?(?:gestoken|besteed)|\b(?:zoveel|veel)\s+(?:tijd|moeite|energie)\b|\bhard\s+(?:aan\s+)?(?:gewerkt|getrokken)\b|\baan\s+getrokken\b",
    ],
    "monkey_take": [
        r"\bstuur\s+(?:het|ze|die|dat|dit)\s+(?:maar\s+)?(?:naar\s+)?(?:me|mij)\b|\blaat\s+(?:mij|me)\s+(?:\w+\s+){0,3}maar\s+(?:doen|regelen|oppakken|afhandelen|bellen|voeren)\b|\bik\s+(?:maak|schrijf|stuur|zet|fiks|bel|mail|regel|doe)\s+(?!je\b|jou\b)(?:\w+\s+){1,5}(?:wel\s+even|wel|zelf)\b",
        r"\blaat\s+(?:het\s+|dat\s+|dit\s+)?maar(?:\s+zitten|\s+liggen)?\s*[,.]?\s*ik\b|\blaat\s+(?:\w+\s+){0,3}maar\s+(?:aan|bij)\s+mij\b|\bgeef\s+(?:het|dat|dit|die|maar)\s+(?:maar\s+)?(?:aan\s+)?mij\b",
        r"\bstuur\s+(?:\w+\s+){0,3}(?:maar|even)\s+(?:\w+\s+){0,2}(?:naar\s+mij|door|mijn\s+kant)|\bstuur\s+(?:\w+\s+){0,3}naar\s+mij\b",
        r"\bik\s+(?:bel|mail|spreek|vraag|regel|doe|pak|fix|los|zoek|kijk|check|neem|app|benader|stem|bespreek|leg|praat)\s+(?!je\b|jou\b)(?:\w+\s+){0,4}(?:wel|zelf)\b|\b(?:dat|dit|die|het)\s+(?:regel|doe|pak|los|fix|kijk|zoek|neem|bel)\s+ik\s+(?:wel|zelf|even|uit|na|op|over)\b",
        r"\b(?:spreek|bel|mail|regel|doe|pak|vraag|los|stem|leg|zoek|kijk|bespreek)\s+ik\s+(?!je\b|jou\b)(?:\w+\s+){0,3}(?:zelf|wel)\b|^(?:dan\s+)?(?:spreek|bel|mail|bespreek|vraag|neem|doe|pak|regel|los|maak)\s+ik\s+(?!je\b|jou\b)\w+",
        r"\bdaar\s+(?:zorg|kijk|ga)\s+ik\s+(?:\w+\s+){0,2}(?:wel|zelf|even|naar)\b|\bik\s+(?:denk|kijk)\s+(?:erover|er\s+(?:\w+\s+)?over|er\s+(?:\w+\s+)?|daar\s+(?:\w+\s+)?(?:over\s+)?)na\b|\bik\s+kom\s+(?:er|daar|hier)\s*(?:later\s+|nog\s+|morgen\s+)?(?:op\s+)?(?:bij\s+je\s+)?terug\b|\bik\s+kom\s+(?:bij\s+je\s+)?terug\b",
        r"\bik\s+neem\s+(?:het|dit|dat|die)\s+(?:wel\s+|even\s+)?over\b|\bik\s+zoek\s+(?:dat\s+|het\s+)?(?:wel\s+)?(?:even\s+)?uit\b|\bloop\s+ik\s+(?:er\s+)?(?:\w+\s+){0,2}?(?:wel\s+)?(?:even\s+)?langs\b|\bik\s+(?:zoek|pak|los|ga)\s+(?:het|dat|dit)\s+(?:wel\s+)?(?:even\s+)?(?:uit|op|oplossen|regelen)\b|\bik\s+ga\s+(?:wel\s+)?(?:even\s+)?(?:zelf\s+)?(?:met\s+\w+\s+)?(?:bellen|praten|mailen|regelen|uitzoeken)\b",
        r"\b(?:dan|dat)\s+hoor\s+(?:je|jij)\s+(?:het\s+|nog\s+|wel\s+)*van\s+(?:me|mij)\b|\b(?:dat|het)\s+laat\s+ik\s+(?:je|jou)\s+(?:\w+\s+)?weten\b|\bik\s+laat\s+(?:het\s+)?(?:je|jou)\s+(?:\w+\s+){0,2}weten\b|\bwacht\s+(?:\w+\s+){0,3}tot\s+ik\b",
        r"\btot\s+ik\s+(?:eruit\s+ben|het\s+weet|meer\s+weet|(?:\w+\s+){0,4}(?:gesproken|gebeld|gehoord|geregeld|uitgezocht)\s+heb)\b|\b(?:het\s+is|dat\s+is|het\s+gaat)\s+(?:\w+\s+)?(?:sneller|makkelijker|handiger)\s+als\s+ik\b",
        r"\b(?:stuur|geef|mail)\s+(?:het\s+|alles\s+|dat\s+)?(?:maar\s+)?(?:aan\s+|naar\s+)?(?:mij|me)\b.*\bdan\s+\w+\s+ik\b|\bik\s+kom\s+(?:\w+\s+){0,3}(?:wel\s+)?zelf\b",
    ],
    "monkey_back": [
        r"\bwat\s+is\s+(?:het|de)\s+(?:eerste|ene|volgende)\s+(?:ding|stap)\s+(?:dat|die)\s+(?:je|jij)\b|\bwaar\s+neig\s+(?:je|jij)\b|\bwat\s+(?:zou|helpt)\s+(?:je|jou)\s+(?:helpen\s+)?(?:om\s+)?(?:te\s+)?(?:kiezen|beslissen)\b|\bwie\s+(?:zou|kun|kan|ga)\s+(?:je|jij)\s+(?:\w+\s+){0,3}(?:benaderen|bellen|mailen|contacten)\b|\bwat\s+is\s+(?:je|jouw)\s+plan\s+b\b",
        r"\bprobeer\s+(?:dat|het|dit)\b.*\b(?:laat\s+(?:me|mij)|vertel\s+(?:me|mij))\b|\bik\s+(?:heb\s+)?liever\s+dat\s+(?:jij|je)\s+(?:het|dat|dit)\s+(?:houdt|doet|oppakt)\b|\b(?:is|blijft)\s+(?:helemaal\s+)?van\s+(?:jou|je)\b|\bwanneer\s+(?:kun|kan|heb)\s+(?:je|jij)\s+(?:dat|het|dit)\s+(?:af|klaar|rond)\b",
        r"\b(?:het|dat|die|dit)\s+blijft\s+(?:bij|van)\s+(?:jou|je)\b|\blaat\s+ik\s+(?:\w+\s+){0,2}(?:aan|bij)\s+(?:jou|je)\b",
        r"\bhoe\s+(?:zou|kun|kan|kunt|ga|wil)\s+(?:je|jij)\s+(?:\w+\s+){0,4}(?:kunnen\s+)?(?:overtuigen|oplossen|voorkomen|opvangen|ompraten)\b",
        r"^(?:bel|mail|regel|zet|leg|stuur|plan|pak|maak|vraag|spreek|neem|app|schrijf|zoek|check|informeer|benader|laat)\s+(?:je|jij)\s+(?:\w+\s+){0,5}(?:zelf|morgen|vandaag|straks|maandag|dinsdag|woensdag|donderdag|vrijdag|volgende\s+week|zien|voor)\b",
        r"\b(?:dan\s+)?hoor\s+ik\s+(?:\w+\s+){0,2}(?:of|hoe|wat|wanneer)\b|\b(?:is|ligt)\s+(?:het|dat)\s+(?:\w+\s+)?(?:aan|bij)\s+(?:jou|jullie)\s+(?:hoe|wat|of|welke)\b|\bwie\s+(?:zou|kun|kan|kunt)\s+(?:je|jij)\s+(?:\w+\s+){0,5}(?:benaderen|vragen|inschakelen|bellen)\b",
        r"(?<!ik\s)\blaat\s+(?:het\s+|dat\s+)?(?:me|mij)\s+(?:\w+\s+){0,5}weten\b|^bedenk\s+(?:jij|je|zelf)\b|\b(?:bedenk|zoek|kies)\s+(?:jij|je)\s+(?:\w+\s+){0,3}(?:uit|wat|welke|hoe)\b",
        r"\bwat\s+(?:is|wordt)\s+(?:de|jouw|je)\s+(?:volgende|eerste)\s+stap\b|\bwat\s+ga\s+(?:je|jij)\s+(?:nu\s+|dan\s+|als\s+eerste\s+)?(?:proberen|ondernemen)\b|\bhoe\s+ga\s+(?:je|jij)\s+(?:nu\s+|dan\s+)?verder\b",
        r"\bdan\s+weet\s+ik\s+(?:hoe|of|wat|waar)\b",
        r"\bwie\s+(?:zou|kun|kan|kunt|ga)\s+(?:je|jij)\s+(?:\w+\s+){0,2}(?:vragen|helpen|inschakelen|benaderen)\b|\bwie\s+zou\s+(?:je|jij)\s+(?:daarbij|hierbij)\s+kunnen\s+helpen\b|\bwat\s+doe\s+(?:je|jij)\s+(?:daar|ermee|met)\b|\bhoe\s+wil\s+(?:je|jij)\s+(?:dat|dit|het)\s+(?:\w+\s+)?(?:opvangen|oplossen|regelen)\b|\bregel\s+(?:jij|je)\s+(?:dat|het)\b|\bwat\s+ga\s+(?:je|jij)\s+(?:\w+\s+)?voorstellen\b",
        r"\bwat\s+ga\s+(?:jij|je)\s+(?:nu\s+|dan\s+)?(?:als\s+eerste|daarna|eerst|concreet)\s*(?:\w+\s+)?doen\b|\bwat\s+(?:is|wordt|zijn|worden)\s+(?:jouw|je)\s+(?:volgende|eerste)\s+stap(?:pen)?\b",
        r"\blaat\s+(?:je|jij)\s+(?:me|mij)\b.*\bweten\b|\b(?:jij|je)\s+laat\s+(?:me|mij)\b.*\bweten\b|^laat\s+(?:me|mij)\s+(?:\w+\s+){0,5}weten\b|(?<!ik\s)\bkom\s+(?:er|daar|hier|bij\s+mij)?\s*(?:\w+\s+){0,5}(?:op\s+)?terug\s*(?:met|op|als|voor|zodra|wanneer|[.!?]|$)",
        r"\bdenk\s+(?:erover|daarover|er\s+(?:\w+\s+){0,2}over|daar\s+(?:\w+\s+){0,2}over)\s+na\b|\b(?:dat|die|het|dit)\s+laat\s+ik\s+(?:bij|aan)\s+(?:jou|je)\b|\bik\s+laat\s+(?:het|dat|dit|de\s+\w+)\s+(?:bij|aan)\s+(?:jou|je)\b",
        r"\bjouw\s+(?:beslissing|keuze|call|verantwoordelijkheid|probleem)\b|\bwat\s+stel\s+(?:jij|je)\s+voor\b|\bwie\s+ga\s+(?:jij|je)\s+(?:\w+\s+)?(?:bellen|vragen|benaderen|inschakelen)\b",
        r"\bik\s+hoor\s+(?:het\s+)?(?:graag\s+)?(?:wel\s+)?(?:van\s+je|wat\s+je)\b|\bjij\s+(?:hebt|houdt)\s+de\s+(?:bal|regie|aap)\b|\bde\s+bal\s+ligt\s+bij\s+(?:jou|je)\b",
        r"\bdan\s+(?:bel|mail|vraag|doe|regel|pak|spreek|app)\s+(?:jij|je)\b|\bwat\s+(?:heb|zou)\s+(?:je|jij)\s+nodig\s+(?:hebben\s+)?om\b.*\bzelf\b",
        r"\bwat\s+ga\s+(?:jij|je)\s+(?:er|daar)\s*aan\s+doen\b|\bhoe\s+ga\s+(?:jij|je)\s+(?:dat|dit|het)\s+oplossen\b|\bhoor\s+ik\s+(?:\w+\s+){0,2}van\s+(?:je|jou)\b|\bik\s+hoor\s+(?:\w+\s+){0,3}van\s+(?:je|jou)\b",
    ],
    # asks the other for their next move: monkey_back after a problem, otherwise motivation (own approach)
    "next_move": [
        r"\bwat\s+ga\s+(?:jij|je)\s+(?:nu\s+|dan\s+)?(?:nu|ermee|daarmee|eraan|daaraan|hiermee)\s*(?:\w+\s+)?doen\b|\bwat\s+(?:is|wordt)\s+(?:jouw|je)\s+(?:plan|voorstel|idee)\b|\bwat\s+wil\s+(?:je|jij)\s+(?:ermee|eraan|daarmee|daaraan)\s+doen\b",
        r"\bhoe\s+ga\s+(?:jij|je)\s+(?:dat|dit|het)\s+(?:\w+\s+)?(?:oplossen|aanpakken|regelen|tackelen)\b",
    ],
    # hands ownership to the other: monkey_back after a problem, otherwise a mandate (instruction)
    "ownership": [
        r"\bhet\s+is\s+aan\s+(?:jou|jullie)\b|\bis\s+aan\s+(?:jou|jullie)\b|\bjij\s+(?:beslist|kiest|bepaalt)\b|\b(?:beslis|bepaal|kies)\s+(?:jij|je)\b|\bde\s+(?:beslissingen|keuzes?)\s+(?:zijn|is|ligt|liggen)\s+(?:van|bij|aan)\s+(?:jou|je)\b",
    ],
}

# A directive that starts with a bare verb (imperative); reassurance and permission are none
IMPERATIVE = (
    r"^(?!maak\s+je\s+(?:daar\s+|er\s+)?(?:maar\s+)?geen\s+zorgen|doe\s+maar\b|ga\s+je\s+gang|spreek\s+(?:je|we)\s+(?:snel|later|morgen|straks|maandag|dinsdag|woensdag|donderdag|vrijdag)|geef\s+het\s+(?:wat\s+)?tijd)"
    r"(?:wil\s+je\s+|graag\s+|even\s+|dan\s+|eerst\s+|misschien\s+)?(?:bel|mail|stuur|gebruik|vraag|neem|zet|maak|pak|overleg|houd|hou|plan|schrijf|check|kijk|zorg|betrek|"
    r"probeer|begin|splits|leg|geef|regel|doe|lever|app|spreek|nodig|voeg|haal|verstuur|deel|werk|bereid|laat\s+(?:\w+\s+)?(?:weten|zien)|stem|informeer|schakel|start|benader|schrap|verschuif|verplaats|huur|kies|boek|bestel|verdeel|schuif|ga\s+(?:eerst|langs|naar))\b(?!\s+ik\b)"
)

PROBLEM = (
    r"\b(?:probleem|problemen|lastig|moeilijk|vast|eng|spannend|zie\s+er\s+tegenop|zenuwachtig|onzeker|gaat\s+(?:echt\s+)?niet|"
    r"loop\s+(?:ik\s+)?(?:vast|tegenaan)|lukt\s+(?:\w+\s+)?niet|weet\s+(?:ik\s+)?(?:niet|het\s+niet)|geen\s+(?:idee|reactie|antwoord|tijd)|"
    r"reageert\s+niet|werkte?\s+niet|niet\s+(?:gelukt|op\s+tijd)|achter|vertraging|vertraagd|zorgen|twijfel\w*|knelpunt|obstakel|gedoe|ingewikkeld|te\s+veel|druk|weigert|wacht|wachten|"
    r"mis|mist|ontbreekt|niet\s+zeker|stuk|fout|mislukt|help|hulp|kan\s+niet|kun\s+niet|krijg\s+(?:\w+\s+)?niet)\b"
)

STOP = frozenset(
    "niet maar want omdat zijn heeft hebben eigenlijk gewoon even ook nog wel heel echt toch allemaal iets alles wordt worden "
    "kunnen moeten zouden willen deze die dat dit daar hier waar wanneer welke hoe wat wie jouw mijn onze hun zich naar over "
    "voor door tegen tussen zonder onder boven bent ben was waren had hadden doen doet gedaan gaat gaan ging zeggen zegt "
    "weet weten denk denkt vind vindt beetje soms vaak altijd misschien dus dan toen zoals echt nou zeker".split()
)


# A proposal or request to the other: a moment named in it is agreed (a checkpoint)
PROPOSAL = (
    r"^(?:zullen|kunnen|spreken|zien|zitten|plannen)\s+we\b|\blaten\s+we\b|^(?:kun|kan|kunt|wil|zou|geef|laat|stuur|mail|app|bel)\s+(?:je|jij)\b|"
    r"^(?:stuur|geef|laat|mail|app|bel|lever|hou|houd)\b|\bik\s+(?:wil|zou|hoor|zie|verwacht)\b"
)
