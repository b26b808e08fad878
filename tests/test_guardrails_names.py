"""Names and addresses that the redaction must take out in the shapes blind rounds guardrails-1, -2 and -5 showed
(issue 14): relatives and account holders, form fields, a title after "I am", "X here" on
the phone; and the clean questions those cues must leave alone. Developers' own
examples, none of them from a blind set."""

from __future__ import annotations

import pytest

from glowgen.ask import Assistant
from tests.guardrails import ask_as_visitor

NAMED = [
    # round 28: a doctor who is not the clinic's; aunts, uncles, cousins; a name before its
    # date of birth's or register number's cue; a full name before "here"
    ("fr", "mon dentiste, le Dr Lemaire, m'a conseillé de venir", "Lemaire"),
    ("en", "my dentist Dr Hughes recommended you", "Hughes"),
    ("nl", "mijn tandarts dr. Verbeke raadde jullie aan", "Verbeke"),
    ("de", "Mein Zahnarzt Dr. Kaiser hat Sie empfohlen", "Kaiser"),
    ("en", "booking for my aunt Fatou Diop, she visits in May", "Fatou Diop"),
    ("fr", "c'est pour ma tante Aïcha Benali, elle arrive jeudi", "Aïcha Benali"),
    ("de", "Für die Anmeldung: Janko Bien, geboren am 03.04.1980", "Janko Bien"),
    ("nl", "Voor de factuur: Frans Van Goethem, rijksregisternummer 85.07.30-033.28", "Frans Van Goethem"),
    ("en", "Hey, Sarah Lahlou here, can I book a peel?", "Sarah Lahlou"),
    # round 27: families by their names; a list of people after one; a first name with its
    # possessive; a first name in lower case after a relative; opening "X here", closing
    # after an emoji, before a kiss, after a request's comma; "attention"
    ("en", "I'm the au pair with the Wouters family in Uccle", "Wouters"),
    ("fr", "je suis au pair chez la famille Dubreucq depuis mars", "Dubreucq"),
    ("nl", "ik woon bij de familie De Smet, kan ik een bon kopen?", "De Smet"),
    ("de", "ich wohne bei Familie Schneider, gibt es Studentenrabatt?", "Schneider"),
    ("en", "with my bridesmaids Chloe, Megan and Ruth", "Megan"),
    ("fr", "mes témoins : Hugo, Théo et Maxime viennent aussi", "Théo"),
    ("en", "I'm texting from Nina's phone, can you call back?", "Nina"),
    ("nl", "mijn verloofde jens wil ook een peeling", "jens"),
    ("fr", "ma fiancée léa voudrait un soin aussi", "léa"),
    ("de", "mein Verlobter Balthasar kommt auch mit", "Balthasar"),
    ("en", "hey tara here 👋 any slots on Friday?", "tara"),
    ("en", "please send the quote to my email. Janice x", "Janice"),
    ("nl", "Tot zaterdag 😊 Femke", "Femke"),
    ("en", "Please update my address on file, Thabo", "Thabo"),
    ("en", "please send it to the office, attention Priya Shah", "Priya Shah"),
    # round 26: card holders; booking for someone; tenants, landlords, buddies, regular
    # clients; an initial without its dot after a strong cue; a first name alone signing
    ("de", "Karteninhaberin petra vogel, bitte belasten", "petra vogel"),
    ("nl", "naam op de kaart: joris van damme", "joris van damme"),
    ("fr", "titulaire de la carte Hugo Lambert, merci", "Hugo Lambert"),
    ("en", "cardholder Priya Shah, same card as last time", "Priya Shah"),
    ("fr", "je réserve pour Inès, c'est ma cliente de 15h", "Inès"),
    ("en", "I'd like to book for Callum, he's my flatmate", "Callum"),
    ("nl", "ik boek voor Lotte, mijn collega", "Lotte"),
    ("de", "Ich buche für Friederike, meine Stammkundin", "Friederike"),
    ("nl", "mijn huurder, ene brent vermeulen, belt morgen", "brent vermeulen"),
    ("en", "my landlord Gareth Price might call about the invoice", "Gareth Price"),
    ("fr", "ma locataire Zoé Masson passera le bon chercher", "Zoé Masson"),
    ("de", "mein Vermieter Holger Brandt holt den Gutschein ab", "Holger Brandt"),
    ("en", "name on card R MILLER please", "R MILLER"),
    ("en", "Could you send the invoice to the office? Thanks a lot. Emma", "Emma"),
    ("fr", "Vous pouvez m'envoyer la facture ? Merci beaucoup. Camille", "Camille"),
    # round 25: neighbours and flatmates; "signed:"; a surname before its first name; a
    # closing wish before a name; a first name and surname signing after the last sentence;
    # a name repeated with the surname the first mention lacked
    ("en", "the voucher is for my neighbour Hazel, she feeds my cats", "Hazel"),
    ("fr", "un bon pour mon voisin Gaston Lemaire, il m'aide au jardin", "Gaston Lemaire"),
    ("nl", "een bon voor mijn huisgenoot Jolien, ze verjaart", "Jolien"),
    ("de", "ein Gutschein für meinen Mitbewohner Lukas Brandt", "Lukas Brandt"),
    ("fr", "Merci ! signé : marc delvaux", "marc delvaux"),
    ("en", "signed: tom baker, 0470 12 34 56", "tom baker"),
    ("nl", "getekend: els verhoeven", "els verhoeven"),
    ("de", "gezeichnet: jonas weber", "jonas weber"),
    ("de", "Bitte auf mein Konto (Keller, Anna) überweisen", "Keller"),
    ("nl", "Terugstorten op rekening van (Peeters, Ann)", "Peeters"),
    ("fr", "Remboursement au titulaire (Dumont, Claire)", "Dumont"),
    ("en", "Refund to the card holder (Evans, Sarah)", "Evans"),
    ("nl", "Dank je, tot morgen, Wouter", "Wouter"),
    ("fr", "Merci beaucoup, à bientôt, Chloé", "Chloé"),
    ("de", "Danke, bis bald, Lena", "Lena"),
    ("en", "Thanks a lot, see you soon, Grace", "Grace"),
    ("en", "Could you move my slot to the afternoon? Max Holloway", "Max Holloway"),
    ("de", "Danke für die Info. Ben Keller", "Ben Keller"),
    ("fr", "c'est jade ici (jade moreau), on s'est parlé hier", "moreau"),
    ("en", "hi it's emma from the gym, can I book a peel?", "emma"),
    # round 24: "-ring" streets named after a person or a place; a town one moves or sends to
    ("nl", "Het pakketje mag naar de Lievenring 14, dank je", "Lievenring"),
    ("de", "Die Rechnung bitte an den Hohenzollernring 8 schicken", "Hohenzollernring"),
    ("nl", "We verhuizen naar 3500 Hasselt, pas dat aan aub", "3500 Hasselt"),
    ("fr", "Envoyez le bon cadeau à 5000 Namur, merci", "5000 Namur"),
    ("en", "I'm moving to 2000 Antwerp next month, please update it", "2000 Antwerp"),
    ("de", "Wir ziehen nach 4700 Eupen, bitte ändern", "4700 Eupen"),
    ("fr", "c'est pour mon fils Bilal Haddad, il a 19 ans", "Bilal Haddad"),
    ("nl", "Het voorschot komt van de rekening van mijn vrouw, Griet Wouters.", "Griet Wouters"),
    ("en", "The refund can go to my daughter Megan Price, she paid.", "Megan Price"),
    ("de", "Meine Mutter Ursula Brandt möchte einen Termin.", "Ursula Brandt"),
    ("fr", "Prénom : Yasmine / Nom : Aydin / Tél : 0478 12 34 56", "Yasmine"),
    ("nl", "Voornaam: Joke, achternaam: Verstraete", "Joke"),
    ("en", "The name on the card is Oliver Grant.", "Oliver Grant"),
    ("de", "Kontoinhaberin ist Petra Vogel, bitte dorthin überweisen.", "Petra Vogel"),
    ("fr", "Je suis Madame Ginette Lemaire, j'ai rendez-vous jeudi.", "Ginette Lemaire"),
    ("nl", "Virement op naam van Koen Baert aub", "Koen Baert"),
    ("en", "her name is maureen kelly and she is 74", "maureen kelly"),
    ("de", "Vorname Sabine Nachname Wolff, Telefon folgt", "Wolff"),
    ("en", "Card ending 4421, name on card Tom Fletcher", "Tom Fletcher"),
    ("nl", "Post naar Mariahof 12, 3512 KL Utrecht graag", "3512 KL"),
    ("en", "post it to 7 Mill Row, LS6 2AB Leeds please", "LS6 2AB"),
    # round 5 (first names the engine knows, titles, initials; names from Faker)
    ("en", "Timothy Young asked me to book his consultation for Thursday", "Timothy Young"),
    ("nl", "dochter christiane mertens wil een afspraak voor laser", "christiane mertens"),
    ("nl", "wouter vanhee hier, kunnen jullie me terugbellen?", "wouter vanhee"),
    ("fr", "Pourriez-vous envoyer la brochure à Mme Madeleine Henry ?", "Madeleine Henry"),
    ("fr", "Bonjour, ici l'assistante de M. Didier Jadot, il voudrait un devis.", "Didier Jadot"),
    ("nl", "Met vriendelijke groeten, F. Loos", "F. Loos"),
    ("fr", "jsuis damien delvaux, un rdv pour un peeling svp", "damien delvaux"),
    ("en", "hi its grace johnson here, text me back please", "grace johnson"),
    ("de", "Hallo, Ernst-Dieter Juncken hier, wann haben Sie samstags geöffnet?", "Ernst-Dieter Juncken"),
    ("de", "Bis bald, alma peukert 📱 0470 12 34 56", "alma peukert"),
    ("de", "Meine Adresse: Lindenstraße 4, 01067 Dresden", "01067 Dresden"),
    ("en", "Send it to 12 Willow Gardens, please", "12 Willow Gardens"),
    ("nl", "Mijn adres is Kerkstraat 9, 8420 De Haan", "8420 De Haan"),
    # round 6
    ("en", "On Tue, Sam Patel <sam.patel@example.org> wrote: can you ask about parking", "Sam Patel"),
    ("nl", "Ik woon in België: Dorpstraat 3, 3798 's-Gravenvoeren", "3798 's-Gravenvoeren"),
    ("fr", "nom de famille : lambert prénom : nadine", "lambert"),
    ("de", "Ich wohne in der Lindenallee 3 in Stuttgart", "Stuttgart"),
    ("en", "The account is in the names of Martyn and Pamela Bennett", "Martyn"),
    # round 7
    ("fr", "ici Didier, le compagnon de Charlotte, je réserve pour elle", "Charlotte"),
    ("de", "Hallo, hier ist Frieda Dobes, ich war letzte Woche bei Ihnen", "Frieda Dobes"),
    ("nl", "Factuur naar Molenweg 4, 8011TE Zwolle graag", "8011TE Zwolle"),
    ("en", "Regards, Sally Miah, 4 Willow Cliff, Leeds", "4 Willow Cliff"),
    # round 8
    ("nl", "ik ben de secretaresse van meneer vandamme, kan ik voor hem boeken?", "vandamme"),
    ("de", "ich bin die frieda dobes und hätte eine Frage", "frieda dobes"),
    ("de", "eine frage im namen von meinem chef herrn juncken", "juncken"),
    ("en", "Kind regards, Sally Miah 45 Bryant Haven, Leeds", "45 Bryant Haven"),
    # cues written with dots or with ß
    ("nl", "Factuur t.n.v. Quaghebeur aub", "Quaghebeur"),
    ("de", "meine Nachbarin heißt Quirina Xandt und kommt mit", "Quirina Xandt"),
    # a surname in capitals before the first name, as forms and bank transfers write it
    ("fr", "Virement envoyé, référence : WAUTERS Elise, acompte peeling", "WAUTERS Elise"),
    ("nl", "afspraak voor VERHAEGEN Lotte op dinsdag", "VERHAEGEN Lotte"),
    ("nl", "Met vriendelijke groet, P. van Achterberg", "P. van Achterberg"),
    # dictated: punctuation read aloud, a British town after its postcode in lower case
    ("en", "best regards comma tom ashby new line 0471 23 45 67", "tom ashby"),
    ("nl", "voornaam dubbele punt ilse achternaam dubbele punt maes", "maes"),
    ("de", "Vorname Doppelpunkt jana Nachname Doppelpunkt krüger", "krüger"),
    ("en", "post to 8 Harlow Causeway, CB4 1PL little shelford please", "little shelford"),
    ("en", "post to 8 Harlow Causeway, CB4 1PL little shelford please", "8 Harlow Causeway"),
    ("en", "The voucher goes to 12 Ben Alley, thanks", "12 Ben Alley"),
    ("en", "please write my name as Sinead O'Hara on the voucher", "Sinead O'Hara"),
    # chat shorthand, a first name that is a small word elsewhere, a field without its colon,
    # the phone's opening, a particle before a surname that is a word, a hyphenated town
    ("fr", "jsuis julien lachance, un rdv svp", "julien lachance"),
    ("en", "Call me back please. I'm Ben, thanks.", "Ben"),
    ("de", "Ich bin Ben und hätte eine Frage zum Peeling", "Ben"),
    ("fr", "nom Lambotte, prénom Céline, tél 0475 12 34 56", "Lambotte"),
    ("fr", "bonjour, ici oana radulescu, je suis en retard", "oana radulescu"),
    ("de", "hallo, hier ist ayşe kaya, ich komme später", "ayşe kaya"),
    ("nl", "hallo, hier is dragos munteanu, ik kom wat later", "dragos munteanu"),
    ("nl", "Groeten van Hilde De Mol en bedankt", "Hilde De Mol"),
    ("nl", "Adres: Kerkstraat 2, 3380 Glabbeek-Zuurbemde", "3380 Glabbeek-Zuurbemde"),
    # two people at once, "and I (…)", a message opening with a name, a call back to someone
    ("fr", "Nous sommes deux amies, Solène et Margaux Dupuis, un rdv ensemble ?", "Solène"),
    ("nl", "hallo, wij zijn eline en joris maes, kan het samen?", "eline"),
    ("en", "Thanks, Ruth and Colin Barker 0475 12 34 56", "Ruth"),
    ("de", "hallo wir sind lena und jonas kraus und kommen zu zweit", "jonas kraus"),
    ("en", "my husband and I (tom baker) want a consultation", "tom baker"),
    ("nl", "mijn zus en ik (greet de smet) willen samen komen", "greet de smet"),
    ("de", "karin sommer, geb. 1.2.1975, Termin am Montag?", "karin sommer"),
    ("en", "send it to 12 Oakfield Canyon, please", "12 Oakfield Canyon"),
    ("fr", "Vous pouvez rappeler Chloé au 0475 12 34 56 ?", "Chloé"),
    ("fr", "Bien à vous, Paul (papa d'Inès Lambert)", "Inès Lambert"),
    ("en", "call me on 0475 12 34 56, it's ronald, I rang earlier", "ronald"),
    ("en", "did you get my email? thanks!! megan ward", "megan"),
    ("en", "mail it to 12 Elm Street, Springfield, SC 29138", "SC 29138"),
    ("fr", "envoyez la facture au 488 rang Gagnon, Lavallée (Québec) J2C 8L8", "J2C 8L8"),
    ("fr", "je vous écris de la part de sandrine lemaire pour son rendez-vous", "sandrine lemaire"),
    ("en", "writing on behalf of oliver grant about the invoice", "oliver grant"),
    ("de", "ich schreibe im Auftrag von jana krüger wegen des Termins", "jana krüger"),
    ("en", "appointment for my son - liam kelly, 24", "liam kelly"),
    ("nl", "afspraak voor mijn dochter - noor claes", "noor claes"),
    ("en", "harry dean / 0475 12 34 56 / filler tuesday", "harry dean"),
    ("fr", "devis laser — chloé renard — 0478 22 33 44", "chloé renard"),
    ("de", "Rückruf bitte unter 0171 2345678 — jonas", "jonas"),
    ("nl", "0476 55 44 33 graag terugbellen — fien", "fien"),
    ("fr", "prénom nathalie nom willems", "willems"),
    ("fr", "prenom clara nom petit, tel 0470 11 22 33", "petit"),
    ("en", "Hi, I'm Kathryn Mills — sorry, Katryn, no h — can I book a peel?", "Katryn"),
    ("nl", "groetjes, Jeroen Willaert (Wilaert klopt niet)", "Wilaert"),
    ("de", "Kontoinhaber: Sebastian Keßler (nicht Kesler)", "Kesler"),
    ("fr", "Je m'appelle Amandine Leroux, pardon, Le Roux en deux mots", "Le Roux"),
    ("en", "this is sarah o'brien, 0475 11 22 33 — sorry, sara, no h", "sara"),
    ("de", "Ruf mich an unter 0171 2345678 und frag nach Henrike", "Henrike"),
    ("fr", "virement au nom d'Ève-Marie Lambotte", "Ève-Marie Lambotte"),
    ("nl", "ik ben de mantelzorger van jozef de smet, kan hij bellen?", "jozef de smet"),
    ("nl", "factuur aan mijn man: Karim El Idrissi", "El Idrissi"),
    ("en", "my name Agnieszka Nowak, please send the form", "Agnieszka Nowak"),
    ("de", "Vatersname: Iwanowitsch", "Iwanowitsch"),
    ("fr", "ma fille (Clémence, 19 ans) voudrait un rendez-vous", "Clémence"),
    ("fr", "Merci ! — Olivier D.", "Olivier D"),
    ("de", "Mit freundlichen Grüßen Jörg K. (mehr nicht)", "Jörg K"),
    ("nl", "Groetjes, Lien (familienaam laat ik weg)", "Lien"),
    ("nl", "Voornaam: Roos / Achternaam: Verbeke", "Roos"),
    ("nl", "noem me gewoon Bart, dat is makkelijker", "Bart"),
    ("fr", "j'habite au lieu-dit Malempré, 6960 Manhay", "lieu-dit Malempré"),
    ("fr", "notre ferme est Hameau de Lierneux 12, 4990 Lierneux", "Hameau de Lierneux 12"),
    ("nl", "we wonen op Hoeve De Linde 4, 8647 Lo-Reninge", "Hoeve De Linde 4"),
    ("de", "Viele Grüße, Mara (früher Markus)", "Markus"),
    ("nl", "groetjes, Femke goossens. ps bel me gerust", "goossens"),
    ("nl", "IK BEN SANNE DE WOLF, 0475 12 34 56", "SANNE DE WOLF"),
    ("fr", "Nom d'artiste : Zaza Moreau, pour la facture c'est autre chose", "Zaza Moreau"),
    ("nl", "Mijn naam is Lot Bakker en ik wil een afspraak", "Lot Bakker"),
    ("en", "stage name Ruby Starr, real name on my ID is Hannah Cole", "Ruby Starr"),
    ("en", "stage name Ruby Starr, real name on my ID is Hannah Cole", "Hannah Cole"),
    ("de", "Mein Künstlername ist Jana Blitz, bitte nur den verwenden", "Jana Blitz"),
    ("en", "Surname: Hale; Given names: Oliver James", "Oliver James"),
    ("fr", "Nom : Lambert ; Prénoms : Anne Sophie", "Anne Sophie"),
    ("nl", "Achternaam: Maes, voornamen: Jef Louis", "Jef Louis"),
    ("de", "Nachname: Kühn, Vornamen: Lena Marie", "Lena Marie"),
    ("fr", "bonjour, ici anne-lise dubois (pardon pour les minuscules), je dois annuler", "dubois"),
    ("de", "Gruß vom Campingplatz, Hartmut Klein, h.klein@mail.de", "Hartmut Klein"),
    ("nl", "Tot dan, Joris Zwart, 0470 12 34 56", "Joris Zwart"),
    ("en", "Cheers from the slopes, Harriet Snow, +44 7700 900123", "Harriet Snow"),
    ("nl", "Bedankt!\nGroetjes,\nLotte Maes\nGSM 0475 12 34 56", "Lotte Maes"),
    ("en", "Thanks,\nMax Walker\nEmail: max.walker@mail.com", "Max Walker"),
    ("fr", "Merci,\nRose Lambert\nTél. 0475 12 34 56", "Rose Lambert"),
    ("de", "Danke,\nMax Krause\nMail: max.k@web.de", "Max Krause"),
    ("en", "please post it to 12 Elm Run, Leeds LS1 4AB", "12 Elm Run"),
    ("en", "I live at 8 Baker Mill, Bristol", "8 Baker Mill"),
    ("fr", "Mon épouse Ingrid voudrait décaler son rendez-vous", "Ingrid"),
    ("nl", "groeten van sofie peeters, wat kost een peeling?", "sofie peeters"),
    ("en", "love from emma harper x, how much is lip filler?", "emma harper"),
    ("de", "Grüße von Jonas Weber, was kostet Botox?", "Jonas Weber"),
    ("nl", "zet er Hilde Op de Beeck als klant bij", "Op de Beeck"),
    ("en", "xoxo, emma walker, 0475 12 34 56", "emma walker"),
    ("nl", "liefs, sofie maes, 0475 12 34 56", "sofie maes"),
]
CLEAN = [
    ("fr", "Madame, Monsieur, Je voudrais connaître vos tarifs pour le peeling."),
    ("nl", "Mijn vriendin wil ook een afspraak, kan dat op dezelfde dag?"),
    ("en", "My husband is wondering whether men come for botox too."),
    ("de", "Meine Tochter ist 17, darf sie zur Laser-Haarentfernung kommen?"),
    # round 5: the clinic's own address in other words, names of things, German nouns
    ("nl", "Is er een tramhalte dicht bij Louizalaan 231?"),
    ("fr", "C'est bien au 231 avenue Louise, 1050 Bruxelles ?"),
    ("de", "PLZ 1050 fürs Navi, stimmt das?"),
    ("en", "Is Clinique Lumière open on Boxing Day?"),
    ("de", "Ich bin Rentnerin, gibt es einen Rabatt?"),
    ("fr", "Un bon cadeau pour Noël, c'est possible ?"),
    ("en", "parking near Avenue Louise"),
    ("fr", "j'ai vu le prix sur insta @lumiere.clinic c'est vrai ?"),
    ("en", "Is street parking on Avenue Louise free after 18:00?"),
    ("fr", "Madame, Monsieur, quels sont vos horaires ? Veuillez agréer mes salutations distinguées."),
    ("en", "Spreekt Sophie Martin ook Engels? Dr Claire Dubois?"),
    ("fr", "On m'a dit entre deux cent cinquante et quatre cent euros pour le botox, c'est juste ?"),
    ("en", "I'm Obsessed with the glass skin look, which facial is closest?"),
    ("nl", "Ik Ben Benieuwd naar het Kerstpakket"),
    ("fr", "Je Suis Fan de vos vidéos, c'est quel produit ?"),
    ("nl", "Ons bestelnummer is 4500 2291, staat dat op de factuur?"),
    ("fr", "Je serai là vers 10h30 avenue Louise, il y a un parking ?"),
    ("en", "Is LASER Hair removal cheaper in winter?"),
    ("de", "Clinique Lumière Erfahrungen"),
    ("en", "can I come on the twenty first of january?"),
    ("fr", "Je travaille rue Haute jusqu'à 18h15, vous êtes ouverts après ?"),
    ("fr", "quel est le nom du produit pour le peeling ?"),
    ("fr", "bonjour, ici tout le monde parle de vous, c'est combien ?"),
    ("en", "We'd love a Mother And Daughter Spa Day in December"),
    ("en", "My mum said most clinics close on Sundays, do you?"),
    ("en", "my husband will come with me, is there parking?"),
    ("nl", "Peeling en microneedling samen, kan dat?"),
    ("nl", "Graag inkoopordernummer PO-45002291 op de factuur"),
    ("de", "Gibt es an der Avenue Louise Parkplätze für 2 Autos?"),
    ("en", "Is the Louise Galerie car park open on Sunday?"),
    ("fr", "C'est Sophie Martin qui fait le laser ?"),
    ("en", "A friend of mine said the peel is great"),
    ("de", "Notfall Nase"),
    ("de", "Anfahrt von Gent"),
    ("de", "Meine Schwester hat am 3. Oktober Geburtstag, gibt es Gutscheine?"),
    ("en", "Is Claire Dubois free on Thursday afternoon?"),
    ("nl", "Is Pieter Janssens beschikbaar op vrijdag?"),
    ("fr", "botox — prix — samedi ?"),
    ("en", "I'm Deaf, can I book by e-mail instead of phone?"),
    ("en", "The MS Society told me you have a lift"),
    ("en", "I'm Blind and I'll come with my guide dog, is that ok?"),
    ("fr", "Le prénom d'usage peut-il figurer sur la facture ?"),
    ("de", "Kann mein gewählter Vorname auf der Rechnung stehen?"),
    ("fr", "Je suis Non-Binaire, est-ce que le questionnaire le prévoit ?"),
    ("nl", "Ik ben Vlaming en spreek geen Frans, is dat een probleem?"),
    ("nl", "Is dokter Janssens dermatoloog?"),
    ("en", "I'M INTERESTED IN LIP FILLER, HOW MUCH?"),
    ("en", "Prepping for the Arnold Classic Europe in September"),
    ("en", "we are going to the Anne Frank House after, can we park?"),
    ("en", "I take the Elizabeth Line from Heathrow, then the Eurostar"),
    ("en", "I have 2 kids that run around, can they come?"),
    ("en", "greetings from Antwerp, how much is botox?"),
    ("nl", "groetjes van de hele familie, tot zaterdag!"),
    # round 24: words that end like a "-ring" street; a postcode and town asked as a place
    ("en", "Is the Spring 2026 offer still on after comparing 3 clinics?"),
    ("nl", "In aflevering 4 van jullie podcast ging het over peelings, waar vind ik die?"),
    ("de", "Nach dem Sparring 3 Tage warten oder gleich Botox?"),
    ("fr", "Après le Sparring 2 fois par semaine, le peeling pique ?"),
    ("de", "Gibt es auch eine Praxis in 4700 Eupen oder nur in Brüssel?"),
    ("fr", "Vous avez un cabinet à 4000 Liège ou seulement à Bruxelles ?"),
    ("nl", "Zijn jullie ook in 9000 Gent of enkel in Brussel?"),
    ("en", "Is the clinic near 1040 Etterbeek?"),
    # round 25: an order's or an invoice's number; "it's" with no name after it
    ("en", "Our PO number is 4500123987, can you put it on the invoice?"),
    ("nl", "Factuurnummer 2025004417 klopt niet, kunnen jullie dat nakijken?"),
    ("fr", "Numéro de commande 1002938475 pour les crèmes, elles sont arrivées ?"),
    ("de", "Bestellnummer 4400918273 für den Gutschein, ist der schon unterwegs?"),
    ("en", "It's Black Friday soon, any offers on peels?"),
    # round 26: agencies' names; an order numbered after "n°"
    ("en", "Our agency, Immo Vandenberghe, closes at noon, can I come at 13:00?"),
    ("fr", "Notre agence Immo Lumière est fermée lundi, vous êtes ouverts ?"),
    ("fr", "Ma commande n° 1029384756 de crèmes est arrivée ?"),
    ("nl", "Ons kantoor, Immo Zuid, sluit vroeg, kan ik om 17u nog komen?"),
]


@pytest.fixture(scope="module")
def assistant(example_build) -> Assistant:
    return Assistant(example_build)


@pytest.mark.parametrize("lang, text, name", NAMED, ids=[f"{lang}-{i}" for i, (lang, _, _) in enumerate(NAMED)])
def test_a_name_or_address_given_in_these_shapes_is_redacted(assistant, lang, text, name):
    answer = ask_as_visitor(assistant, text, lang)
    assert name not in answer["text"] and {"name", "address"} & set(answer["redactions"]), answer["text"]


@pytest.mark.parametrize("lang, text", CLEAN, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(CLEAN)])
def test_the_same_cues_without_a_name_redact_nothing(assistant, lang, text):
    answer = ask_as_visitor(assistant, text, lang)
    assert answer["redactions"] == [], answer["text"]


SPOKEN_AND_CUED = [
    ("fr", "rappelez-moi au zéro quatre septante-six douze trente-quatre cinquante-six", "septante-six"),
    ("nl", "mijn gsm is nul vier acht zeven twaalf vierendertig zesenvijftig", "vierendertig"),
    ("en", "ring me on oh four nine one two three four five six seven", "oh four nine"),
    ("de", "meine Nummer ist null vier sieben drei zwölf vierunddreißig", "vierunddreißig"),
    ("en", "my passport number is X1234567K", "X1234567K"),
    ("nl", "geboortedatum 3 9 1981", "3 9 1981"),
    ("en", "Membership number for my health insurance is 55120984-C", "55120984-C"),
    ("de", "Mitgliedsnummer im Berufsverband: BV-448201", "BV-448201"),
    ("en", "Thanks! Sally, NMC PIN 12A3456B", "12A3456B"),
    ("de", "Geboren am 14. Jänner 1981, reicht das?", "1981"),
    # dates of birth read aloud
    ("en", "date of birth the third of may nineteen seventy nine", "seventy nine"),
    ("fr", "née le vingt-deux juin 1975, c'est pour le dossier", "vingt-deux juin"),
    ("nl", "geboortedatum achttien oktober negentienhonderd tachtig", "achttien oktober"),
    ("de", "geboren am elften November 1969", "elften November"),
    ("nl", "Ons ondernemingsnummer is 0456.789.123, kan het op de factuur?", "0456.789.123"),
    ("de", "Versicherungsnummer meiner Zusatzkrankenversicherung: ZK-4471-2290", "ZK-4471-2290"),
    ("fr", "mon fixe au Luxembourg : 27 11 22 33", "27 11 22 33"),
    ("fr", "mon mail : un.deux.trois.quatre.cinq.six@gmail.com", "un.deux.trois.quatre.cinq.six@gmail.com"),
    ("fr", "mon numéro d'affilié auprès de la mutuelle c'est 12345678", "12345678"),
    ("en", "IBAN for the refund: BE71 0961 2345\n6769", "BE71 0961 2345\n6769"),
    ("en", "my patient number at the other clinic was 2023-AB-77120", "2023-AB-77120"),
    ("fr", "mon numéro de carte client est CLX558201, il me reste des points ?", "CLX558201"),
    ("nl", "mijn klantenkaart nummer KK44107B, hoeveel punten heb ik nog?", "KK44107B"),
    ("en", "loyalty card no. LY 7730192, can I use my points on a peel?", "7730192"),
    ("de", "Kundennummer: KD-99X134, gilt mein Gutschein noch?", "KD-99X134"),
    ("en", "for my employer's form: staff number 88213-B, please stamp the certificate", "88213-B"),
    ("nl", "werkgever vraagt attest, personeelsnummer PN12093A", "PN12093A"),
    ("fr", "attestation pour mon employeur, matricule 44-8812", "44-8812"),
    ("de", "Bescheinigung für den Arbeitgeber, Personalnummer MA-77812X", "MA-77812X"),
    # round 25: identity cards and driving licences by their own names
    ("de", "Ausweisnummer L01X00T47, reicht das für die Anmeldung?", "L01X00T47"),
    ("de", "meine Personalausweisnummer ist T220001293", "T220001293"),
    ("nl", "mijn rijbewijsnummer is 5123456789, nodig voor het dossier?", "5123456789"),
    ("en", "driving licence number MORGA753116SM9IJ if you need ID", "MORGA753116SM9IJ"),
    ("fr", "numéro de permis de conduire 150375200123, ça suffit ?", "150375200123"),
    # round 26: crew, staff, member, licence numbers; short passport numbers; a second number
    ("en", "crew ID BA4471, is there a discount?", "BA4471"),
    ("de", "Mitarbeiter-ID: MX-441902 für den Firmentarif", "MX-441902"),
    ("fr", "mon numéro de licence 21-448201, pour le tarif club", "21-448201"),
    ("nl", "lidmaatschap 7730192 en 7730193, voor de korting", "7730193"),
    ("de", "Reisepassnummer C8K2XP47J, falls nötig", "C8K2XP47J"),
    ("fr", "tous les deux inscrits, n° 0612V08842 et 0612V08843", "0612V08843"),
    # round 27: student cards, prescriptions, bookings' and patients' references
    ("en", "my student card nr is 0578124, is there a discount?", "0578124"),
    ("nl", "mijn studentenkaart nummer is 5502187", "5502187"),
    ("fr", "Numéro de prescription : BEP0K4T7Z9QM", "BEP0K4T7Z9QM"),
    ("de", "Rezeptnummer BEP9R3T6Y1LP für die Salbe", "BEP9R3T6Y1LP"),
    ("en", "Booking reference LUM-22817, charged twice", "LUM-22817"),
    # round 28: insurance policies, contracts and claims
    ("en", "covered under policy no. P-88412075, is the peel included?", "P-88412075"),
    ("nl", "mijn polisnummer is 60.771.238, komt dat terug?", "60.771.238"),
    ("fr", "mon contrat AG-HP-0092716 couvre la consultation ?", "AG-HP-0092716"),
    ("de", "Schadennummer BA-24-993102 bei der Versicherung", "BA-24-993102"),
]


@pytest.mark.parametrize("lang, text, value", SPOKEN_AND_CUED, ids=[f"{lang}-{i}" for i, (lang, _, _) in enumerate(SPOKEN_AND_CUED)])
def test_numbers_spoken_as_words_and_cued_identifiers_are_redacted(assistant, lang, text, value):
    answer = ask_as_visitor(assistant, text, lang)
    assert value.lower() not in answer["text"].lower() and answer["redactions"], answer["text"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Do I need one, two or three sessions for my underarms?"),
    ("fr", "deux ou trois séances, à quatre semaines d'intervalle ?"),
    ("nl", "een of twee behandelingen, met vier tot zes weken ertussen?"),
    ("de", "Reichen zwei oder drei Sitzungen im Abstand von vier Wochen?"),
])
def test_a_few_number_words_in_a_question_stay(assistant, lang, text):
    assert ask_as_visitor(assistant, text, lang)["redactions"] == []


def test_the_first_names_list_reads_back_as_the_engine_reads_it():
    """lexicon/first-names.txt (scripts/first-names, from Faker) is front-coded: each line is
    how many letters it shares with the line before, then the rest. Read back, it is a
    sorted list of thousands of plain folded names, none of them also a word of the safety
    concepts (a name redacted there would hide a sign) or of the names that are also words."""
    from glowgen.bundle import ENGINE

    lexicon = ENGINE.parent / "lexicon"
    names, previous = [], ""
    for line in (lexicon / "first-names.txt").read_text(encoding="utf-8").splitlines():
        assert line[:1].isdigit() and int(line[0]) <= len(previous), line
        previous = previous[:int(line[0])] + line[1:]
        names.append(previous)
    assert len(names) >= 2000 and names == sorted(set(names))
    assert all(name.isascii() and name.isalpha() and name.islower() and len(name) >= 3 for name in names)
    safety_words = {form.strip("*") for lang in ("fr", "nl", "en", "de")
                    for line in (lexicon / f"{lang}.txt").read_text(encoding="utf-8").splitlines()
                    for form in line.partition(":")[2].split() if "_" not in form}
    assert not safety_words & set(names)
    also_words = set((lexicon / "first-names-also-words.txt").read_text(encoding="utf-8").split())
    assert {"max", "rose", "grace"} <= also_words and not also_words & set(names)
