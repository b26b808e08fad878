"""Writes tests/guardrails/personal-data.yaml: messages with personal data, as visitors of a
Belgian med spa write them (fr, nl, en, de), each with the values that must not survive.

    .venv/bin/python -m tests.guardrails.generate

Deterministic (fixed seed): tests/test_guardrails_redaction.py runs it again in memory and
fails when the file is out of date. Identifiers are made valid with their checksums here
and checked by the oracles (python-stdnum, phonenumbers) before they are written.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Callable

if __package__ in (None, ""):  # run as a file: make `tests` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import yaml  # noqa: E402

from tests.guardrails import (  # noqa: E402
    BELGIAN_BANKS, CLINIC_PHONES, LANGUAGES, PERSONAL_DATA, TYPES, belgian_bban, belgian_national_number,
    clinic_phone, french_bban, iban_from, ideal_redaction, luhn_complete, named_by_checksum,
    oracle_problem, spanish_bban, unlabelled_personal_data, valid_phone,
)

SEED = 20261123
Piece = tuple[str, "str | None"]  # text, and the entity type when it is personal data

HEADER = """\
# glowgen - personal data the assistant's engine must redact (written by
# tests/guardrails/generate.py; do not edit by hand: change the generator and run
#     .venv/bin/python -m tests.guardrails.generate
# tests/test_guardrails_redaction.py fails when this file is not what the generator writes).
#
# Each message is something a visitor could type, in fr, nl, en or de, with:
#   text:      the message as typed (escapes such as \\u200b are invisible characters:
#              zero-width spaces, non-breaking spaces, soft hyphens, word joiners).
#   lang:      the language it is written in; the test passes it as the page language
#              when the example site has it (fr, nl, en), otherwise none.
#   entities:  the personal data in it, in order: type (email, phone, iban, national_id,
#              card, date_of_birth, address, name, id_number) and value, the exact
#              substring of text that must not survive in the engine's kept text.
#              A street and its postcode + city are two address values.
# Identifiers are valid: IBANs (mod 97, with the national check where the country has
# one), Belgian national register and BIS numbers (checksum with the '2' prefix for
# people born from 2000), card numbers (Luhn) and phone numbers, each checked with
# python-stdnum or phonenumbers; id_number values are runs of 9 digits or more that no
# checksum names. Dates of birth are adults' (born in 2007 at the latest).
"""

# --- words -------------------------------------------------------------------------

GREETINGS = {
    "nl": ["", "", "", "Hallo, ", "Dag, ", "Goeiemiddag, ", "hoi ", "Beste, ", "Goedemorgen, ", "hallo "],
    "fr": ["", "", "", "Bonjour, ", "Bonsoir, ", "bjr ", "Salut, ", "Madame, Monsieur, ", "Bonjour "],
    "en": ["", "", "", "Hi, ", "Hello, ", "hey ", "Good morning, ", "Hi there, "],
    "de": ["", "", "", "Hallo, ", "Guten Tag, ", "Hi, ", "Sehr geehrte Damen und Herren, ", "Moin, "],
}

QUESTIONS = {
    "nl": [
        "wat kost botox voor het voorhoofd?", "hoeveel kost 1 ml lipfiller?", "zijn jullie open op zaterdag?",
        "kan ik een afspraak maken voor laserontharing?", "hoeveel sessies heb ik nodig met de CO2 laser?",
        "doen jullie ook Profhilo?", "wat is de prijs van een HydraFacial?", "is er parking in de buurt?",
        "kan ik bij Dr Janssens terecht voor pigmentvlekken?", "hoe lang duurt een peeling? 30 min?",
        "is een consultatie gratis?", "hebben jullie nog plaats deze week na 17u?",
        "liefst een afspraak dinsdag rond 10u30", "wat is het verschil tussen Juvéderm en Restylane?",
        "hoeveel eenheden botox heb ik nodig voor kraaienpootjes?", "hoelang blijft een filler zitten, 6 of 12 maanden?",
        "kan ik betalen met Bancontact?", "doen jullie microneedling met PRP?", "hoeveel kost een draadlift ong.?",
        "kan ik mijn afspraak van donderdag verzetten?", "hebben jullie een prijslijst?",
        "hoevel kost lip filler", "zijn jullie open zatedag", "is 250 euro voor botox normaal?",
        "wanneer is de eerstvolgende vrije plaats?", "mag ik na botox sporten?",
    ],
    "fr": [
        "combien coûte le botox pour le front ?", "quel est le prix d'une seringue de Juvéderm 1 ml ?",
        "vous êtes ouverts le samedi matin ?", "je voudrais prendre rdv pour une épilation laser",
        "c'est combien le Profhilo ? il faut 2 séances ?", "est-ce que vous faites le HydraFacial ?",
        "est ce que la consultation est payante ?", "il y a un parking près de la clinique ?",
        "le Dr Dubois consulte le jeudi soir ?", "combien de temps dure un peeling, 30 minutes ?",
        "vous avez de la place cette semaine après 17h ?", "combien pour les pattes d'oie ? 250 € ?",
        "je peux payer par Bancontact ?", "vous faites des fils tenseurs ?", "dispo mardi vers 10h30 ?",
        "combien coute un filler levres", "c'est quoi la différence entre Profhilo et skinbooster ?",
        "il faut combien de séances de laser pour les aisselles ?", "vous faites le PRP cheveux ?",
        "est-ce que je peux déplacer mon rdv de jeudi ?", "vous avez une liste de prix ?",
        "le botox ça tient combien de temps, 4 mois ?", "quel est le délai pour un rdv ?",
        "je peux faire du sport après les injections ?",
    ],
    "en": [
        "how much is botox for the forehead?", "what's the price of 1 ml of lip filler?",
        "are you open on Saturday morning?", "can I book laser hair removal?",
        "do you do Profhilo? how many sessions?", "is the consultation free?", "is there parking near the clinic?",
        "does Dr Janssens treat pigmentation?", "how long does a HydraFacial take, 45 min?",
        "any slots left this week after 5pm?", "how much for 20 units of botox?", "do you take card payments?",
        "what's the downtime after a CO2 laser?", "can I move my appointment on Thursday to 2:30?",
        "how much is a thread lift roughly?", "do you speak English at the clinic?",
        "how long does filler last, 6 or 12 months?", "do you have a price list?",
        "how much for botox 3 areas", "whats the earliest appointment?", "can I exercise after botox?",
    ],
    "de": [
        "was kostet Botox für die Stirn?", "wie viel kostet 1 ml Lippenfiller?", "haben Sie am Samstag geöffnet?",
        "kann ich einen Termin für Laser-Haarentfernung machen?", "bieten Sie Profhilo an? wie viele Sitzungen?",
        "ist die Beratung kostenlos?", "gibt es Parkplätze in der Nähe?", "spricht Dr. Janssens Deutsch?",
        "wie lange dauert ein Peeling, ca. 30 Minuten?", "haben Sie diese Woche noch einen Termin nach 17 Uhr?",
        "was kostet ein Fadenlifting?", "kann ich mit Karte zahlen?", "wie lange hält Hyaluron, 6 oder 12 Monate?",
        "haben Sie eine Preisliste?", "kann ich meinen Termin am Donnerstag verschieben?",
        "was kostet botox zornesfalte", "wann ist der nächste freie Termin?", "darf ich nach Botox Sport machen?",
    ],
}

TREATMENTS = {
    "nl": ["botox", "Profhilo", "lipfiller", "een HydraFacial", "een peeling", "laserontharing", "microneedling",
           "PRP", "de CO2 laser", "Juvéderm Volbella", "een draadlift", "skinboosters"],
    "fr": ["du botox", "le Profhilo", "un filler lèvres", "un HydraFacial", "un peeling", "l'épilation laser",
           "le microneedling", "le PRP", "le laser CO2", "Juvéderm Volbella", "des fils tenseurs", "un skinbooster"],
    "en": ["botox", "Profhilo", "lip filler", "a HydraFacial", "a chemical peel", "laser hair removal",
           "microneedling", "PRP", "the CO2 laser", "Juvéderm Volbella", "a thread lift", "skin boosters"],
    "de": ["Botox", "Profhilo", "Lippenfiller", "ein HydraFacial", "ein Peeling", "Laser-Haarentfernung",
           "Microneedling", "PRP", "den CO2-Laser", "Juvéderm Volbella", "ein Fadenlifting", "Skinbooster"],
}

FIRST_NAMES = {
    "nl": ["An", "Jan", "Els", "Koen", "Lien", "Katrien", "Wim", "Inge", "Bart", "Nathalie", "Joke", "Ilse",
           "Hanne", "Lotte", "Tine", "Griet", "Nele", "Femke", "Kristof", "Jens", "Sofie", "Annelies", "Evi"],
    "fr": ["Marie", "Sarah", "Camille", "Julie", "Nadia", "Fatima", "Léa", "Chloé", "Aurélie", "Valérie",
           "Isabelle", "Stéphanie", "Manon", "Inès", "Yasmina", "Mélanie", "Céline", "Nicolas", "Anne-Sophie",
           "Marie-Hélène"],
    "en": ["Emma", "Olivia", "Jessica", "Hannah", "Kate", "Laura", "James", "Daniel", "Rachel", "Amy", "Priya",
           "Megan", "Chloe", "Siobhan"],
    "de": ["Anna", "Lena", "Julia", "Katharina", "Sabine", "Petra", "Jana", "Miriam", "Stefan", "Andrea",
           "Monika", "Birgit", "Jürgen", "Ute"],
}
LAST_NAMES = {
    "nl": ["Peeters", "Maes", "Claes", "Goossens", "Wouters", "De Smet", "Van den Broeck", "Vermeulen", "Willems",
           "Mertens", "Jacobs", "Vandenberghe", "Van Damme", "De Clercq", "Verhoeven", "Hermans", "Coppens",
           "Lambrechts", "Van Acker", "D'Hondt"],
    "fr": ["Dupont", "Lambert", "Dumont", "Leclercq", "Lejeune", "Renard", "Laurent", "Lemaire", "Gérard",
           "Collignon", "Fontaine", "El Amrani", "Benali", "Bouzid", "Rousseau", "Lefèvre", "Delvaux", "Piron",
           "Nguyen", "Da Silva"],
    "en": ["Smith", "Taylor", "Brown", "Wilson", "O'Brien", "Patel", "Walker", "Hughes", "Murphy", "Kowalski",
           "Novak", "Campbell"],
    "de": ["Müller", "Schmitz", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Krings", "Schröder",
           "Wagner", "Kessler", "Özdemir", "Lentz"],
}

STREETS = {
    "nl": ["Kerkstraat", "Stationsstraat", "Molenstraat", "Dorpsstraat", "Nieuwstraat", "Veldstraat", "Bredabaan",
           "Turnhoutsebaan", "Koning Albertlaan", "Lange Kievitstraat", "Brusselsesteenweg", "Sint-Pietersnieuwstraat",
           "Overpoortstraat", "Tiensestraat", "Oudenaardsesteenweg", "Kortrijksesteenweg", "Kapelsestraat"],
    "fr": ["rue de la Loi", "rue des Carmes", "avenue des Arts", "chaussée de Waterloo", "rue Haute",
           "avenue de Tervueren", "boulevard Anspach", "place Flagey", "rue du Marché", "rue de Namur",
           "avenue Brugmann", "rue Saint-Gilles", "chaussée de Charleroi", "rue des Wallons", "clos des Lilas"],
    "en": ["Main Street", "Elm Road", "Church Lane", "Queen's Road", "Station Road", "Park Avenue", "Mill Lane"],
    "de": ["Hauptstraße", "Bahnhofstraße", "Kirchstraße", "Aachener Straße", "Gospertstraße", "Am Markt",
           "Lindenallee", "Bergstraße", "Schulstraße", "Neustraße"],
}
PLACES = {
    "nl": ["9000 Gent", "2000 Antwerpen", "2018 Antwerpen", "3000 Leuven", "8000 Brugge", "2800 Mechelen",
           "3500 Hasselt", "9300 Aalst", "1800 Vilvoorde", "1730 Asse", "9100 Sint-Niklaas", "8500 Kortrijk",
           "1000 Brussel", "1090 Jette", "1180 Ukkel", "B-9000 Gent", "3001 Heverlee"],
    "fr": ["1000 Bruxelles", "1050 Ixelles", "1060 Saint-Gilles", "1180 Uccle", "1200 Woluwe-Saint-Lambert",
           "1300 Wavre", "1348 Louvain-la-Neuve", "4000 Liège", "5000 Namur", "6000 Charleroi", "7000 Mons",
           "1410 Waterloo", "1400 Nivelles", "59000 Lille", "L-1741 Luxembourg", "B-1030 Schaerbeek"],
    "en": ["1000 Brussels", "1050 Ixelles", "1150 Woluwe-Saint-Pierre", "3080 Tervuren", "1410 Waterloo",
           "2000 Antwerp", "9000 Ghent", "1040 Etterbeek"],
    "de": ["4700 Eupen", "4780 Sankt Vith", "4730 Raeren", "52062 Aachen", "50667 Köln", "4720 Kelmis",
           "L-9053 Ettelbruck", "4760 Büllingen"],
}

MONTH_NAMES = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
}

EMAIL_DOMAINS = {
    "nl": ["telenet.be", "gmail.com", "hotmail.com", "skynet.be", "proximus.be", "outlook.be", "live.be", "icloud.com"],
    "fr": ["gmail.com", "hotmail.com", "hotmail.fr", "skynet.be", "yahoo.fr", "outlook.fr", "voo.be", "orange.fr", "live.be"],
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "protonmail.com", "hotmail.co.uk"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "gmx.net", "outlook.de", "pt.lu"],
}
AT_WORDS = {"nl": ["at", "apenstaartje", "(at)", "[at]"], "fr": ["arobase", "at", "(at)", "[at]"],
            "en": ["at", "AT", "(at)", "[at]"], "de": ["ät", "at", "(at)", "Klammeraffe"]}
DOT_WORDS = {"nl": ["punt"], "fr": ["point"], "en": ["dot"], "de": ["punkt"]}

# --- templates ----------------------------------------------------------------------
# {hi} a greeting or nothing, {q} a question, {treat} a treatment; the other slots are
# personal data: {email} {phone} {iban} {nid} {card} {idn} {dob} (with a birth cue in the
# template) {bare} (a date of birth without cue) {street} {place} {name} {first}. {idn:kind}
# is an identifier of that kind (mutuality, eid, policy, customer, company, passport,
# insurance-de); {dob:young} {bare:old} a date of birth of someone young or old (a
# daughter, a mother); {idn:bad-nn} a national number mistyped (its checksum wrong: no longer a
# national_id); a bare {idn} is a reference number.

TEMPLATES: dict[str, dict[str, list[str]]] = {
    "nl": {
        "email": [
            "{hi}mijn e-mailadres is {email}, kunnen jullie mij de prijslijst sturen?",
            "{q} u mag mij mailen op {email}",
            "stuur de info maar naar {email} aub",
            "mail: {email}",
            "{hi}graag meer info over {treat}. mijn mail is {email}",
            "kan je de bevestiging naar {email} sturen ipv naar mijn oude adres?",
            "{q} antwoord liefst via mail ({email}), ik werk overdag",
            "ik heb geen mail ontvangen op {email}, is mijn afspraak wel doorgegaan?",
            "mijn emailadres is veranderd, het is nu {email}",
            "{email} - {q}",
        ],
        "phone": [
            "{hi}kunnen jullie mij terugbellen op {phone}? {q}",
            "mijn gsm nummer is {phone}",
            "{q} bel me gerust op {phone}, liefst na 17u",
            "gsm {phone}",
            "ik probeerde te bellen naar +32 2 555 01 23 maar kreeg niemand. mijn nr: {phone}",
            "wil iemand mij bellen ivm {treat}? {phone}",
            "u kan me bereiken op {phone} tussen 12u en 13u30",
            "{q}\n\ntel: {phone}",
            "kan ik een sms krijgen als er een plaatsje vrijkomt? {phone}",
            "mijn vast nummer is {phone}, mijn gsm is kapot",
            "whatsapp mij op {phone} aub, {q}",
            "bel {phone} voor mijn afspraak van 3 december om 14u",
        ],
        "iban": [
            "{hi}ik heb het voorschot van 50 euro overgeschreven van {iban}, is dat goed aangekomen?",
            "mijn rekeningnummer is {iban}, kan de terugbetaling daarop?",
            "{q} ik wil ook graag mijn voorschot terug op {iban}",
            "iban: {iban}",
            "terugstorten op {iban} aub, de afspraak van 12 januari gaat niet door",
            "ik heb twee keer betaald! rekening {iban}",
            "kan ik met een overschrijving betalen? mijn rekening is {iban}",
            "rekeningnr {iban} staat op naam van mijn man, is dat ok?",
        ],
        "national_id": [
            "mijn rijksregisternummer is {nid}, hebben jullie dat nodig voor het dossier?",
            "{hi}voor de inschrijving: rijksregisternr {nid}",
            "INSZ {nid} - {q}",
            "moet ik mijn rijksregisternummer geven? het is {nid}",
            "{q} mijn RRN is {nid} als jullie mij moeten opzoeken",
            "op het formulier staat rijksregister: {nid}, klopt dat zo?",
            "{nid} is mijn nummer, kunnen jullie zien wanneer mijn laatste afspraak was?",
            "hier mijn rijksregisternummer {nid} voor de factuur",
            "rijksregisternummer {idn:bad-nn} maar ik weet niet of ik het juist overgetypt heb",
        ],
        "card": [
            "kan ik het voorschot met mijn kaart betalen? {card}",
            "mijn kaartnummer is {card}, vervaldatum 09/27",
            "{q} betaal graag met visa: {card}",
            "kredietkaart {card}",
            "{hi}mijn mastercard {card} werd 2 keer gedebiteerd voor de behandeling van 14 oktober",
            "hier is mijn kaart: {card}, kunnen jullie de 150 euro afhouden?",
            "de betaling met {card} lukte niet online, wat nu?",
        ],
        "id_number": [
            "mijn lidnummer bij de mutualiteit is {idn:mutuality}, wordt er iets terugbetaald?",
            "{q} mijn klantnummer is {idn:customer}",
            "identiteitskaart nr {idn:eid}, moet ik die meebrengen?",
            "polisnummer hospitalisatieverzekering: {idn:policy}",
            "dossiernummer {idn} - {q}",
            "mijn ondernemingsnummer voor de factuur is {idn:company}",
            "aansluitingsnummer ziekenfonds {idn:mutuality}, kan ik een attest krijgen?",
            "referentie {idn}, ik wacht nog op mijn terugbetaling van 80 euro",
        ],
        "date_of_birth": [
            "ik ben geboren op {dob:young}, is dat oud genoeg voor botox?",
            "{hi}geboortedatum: {dob}. {q}",
            "mijn geboortedatum is {dob}",
            "° {dob}, {q}",
            "voor mijn dochter, geboren op {dob:young}, mag zij al laserontharing?",
            "geb. {dob} - {q}",
            "mijn man (°{dob}) wil ook botox, kan dat samen met mijn afspraak?",
            "afspraak voor mijn moeder ({bare:old}), kan zij terecht voor een peeling?",
            "{bare:old} - ben ik te oud voor een draadlift?",
            "mijn partner, {bare}, wil ook komen voor {treat}",
        ],
        "address": [
            "ik woon in de {street}, is dat ver van jullie?",
            "mijn adres is {street}, {place}",
            "{hi}kunnen jullie de factuur sturen naar {street}, {place}?",
            "adres: {street} {place}",
            "gelieve de cadeaubon op te sturen naar {street}, {place}",
            "{q} ik woon op de {street}, dus niet zo ver",
            "nieuw adres: {street}\n{place}",
            "woonplaats {place}, straat {street}. {q}",
        ],
        "name": [
            "{hi}mijn naam is {name}, {q}",
            "ik ben {name} en ik had graag een afspraak voor {treat}",
            "{q}\n\ngroetjes,\n{first}",
            "{q} mvg {name}",
            "hallo, ik ben {first}. {q}",
            "{q} groetjes {first}",
            "naam: {name}\n{q}",
            "{q}\nMet vriendelijke groeten,\n{name}",
            "ik ben {first}, ik had vorige week {treat} bij jullie. {q}",
        ],
        "mix": [
            "{hi}ik ben {name}, geboren op {dob}. kunnen jullie mij bellen op {phone} voor een afspraak voor {treat}?",
            "mijn gegevens: {name}, {street}, {place}, gsm {phone}",
            "{hi}{q} mijn email is {email} en mijn gsm {phone}",
            "voorschot betaald met rekening {iban}, mijn rijksregisternummer is {nid}. groetjes, {first}",
            "naam: {name}\ngeboortedatum: {dob}\nadres: {street}, {place}\ntel: {phone}\n{q}",
            "ik wil graag een afspraak voor {treat}. bel me op {phone} of mail naar {email}. mvg {name}",
            "{q} mijn kaart {card} werkt niet online, kan ik overschrijven van {iban}?",
            "mutualiteit lidnummer {idn:mutuality}, rijksregister {nid}, kunnen jullie een attest maken?",
            "{q} ik ben {first}, {phone}",
            "mijn mail {email} werkt niet meer, stuur naar {street}, {place} aub. groeten, {first}",
        ],
    },
    "fr": {
        "email": [
            "{hi}mon adresse mail est {email}, vous pouvez m'envoyer les tarifs ?",
            "{q} vous pouvez m'écrire à {email}",
            "envoyez-moi les infos sur {email} svp",
            "mail : {email}",
            "{hi}je voudrais des infos sur {treat}. mon mail c'est {email}",
            "pouvez-vous envoyer la confirmation à {email} et pas à mon ancienne adresse ?",
            "{q} répondez plutôt par mail ({email}), je travaille la journée",
            "je n'ai rien reçu sur {email}, mon rdv est bien confirmé ?",
            "mon e-mail a changé, c'est maintenant {email}",
            "{email} — {q}",
        ],
        "phone": [
            "{hi}pouvez-vous me rappeler au {phone} ? {q}",
            "mon numéro de gsm est le {phone}",
            "{q} appelez-moi au {phone} de préférence après 17h",
            "tel {phone}",
            "j'ai essayé d'appeler le +32 2 555 01 23 sans réponse, mon numéro : {phone}",
            "quelqu'un peut m'appeler pour {treat} ? {phone}",
            "vous pouvez me joindre au {phone} entre 12h et 13h30",
            "{q}\n\nTél. : {phone}",
            "vous pouvez m'envoyer un sms si une place se libère ? {phone}",
            "mon fixe c'est le {phone}",
            "whatsapp au {phone} svp, {q}",
            "rappelez le {phone} pour mon rdv du 3 décembre à 14h",
        ],
        "iban": [
            "{hi}j'ai viré l'acompte de 50 € depuis {iban}, vous l'avez bien reçu ?",
            "mon numéro de compte est {iban}, le remboursement peut se faire dessus ?",
            "{q} je voudrais aussi récupérer mon acompte sur {iban}",
            "IBAN : {iban}",
            "remboursement sur {iban} svp, le rdv du 12 janvier est annulé",
            "j'ai payé deux fois ! compte {iban}",
            "je peux payer par virement ? mon compte : {iban}",
            "le compte {iban} est au nom de mon mari, ça pose problème ?",
        ],
        "national_id": [
            "mon numéro de registre national est {nid}, vous en avez besoin pour le dossier ?",
            "{hi}pour l'inscription : NISS {nid}",
            "numéro national {nid} - {q}",
            "je dois donner mon numéro national ? c'est {nid}",
            "{q} mon n° national est {nid} si vous devez me retrouver",
            "sur le formulaire j'ai mis registre national : {nid}, c'est correct ?",
            "{nid} c'est mon numéro, vous voyez quand était mon dernier rdv ?",
            "voici mon numéro de registre national {nid} pour la facture",
            "mon numéro national c'est {idn:bad-nn} je crois, je n'ai pas ma carte sous la main",
        ],
        "card": [
            "je peux payer l'acompte par carte ? {card}",
            "mon numéro de carte est {card}, date d'expiration 09/27",
            "{q} je paie avec ma visa : {card}",
            "carte de crédit {card}",
            "{hi}ma mastercard {card} a été débitée 2 fois pour le soin du 14 octobre",
            "voici ma carte : {card}, vous pouvez prélever les 150 € ?",
            "le paiement avec la carte {card} n'a pas marché en ligne, je fais comment ?",
        ],
        "id_number": [
            "mon numéro d'affiliation à la mutuelle est {idn:mutuality}, il y a un remboursement ?",
            "{q} mon numéro client est le {idn:customer}",
            "carte d'identité n° {idn:eid}, je dois l'apporter ?",
            "numéro de police assurance hospitalisation : {idn:policy}",
            "dossier {idn} - {q}",
            "mon numéro d'entreprise pour la facture : {idn:company}",
            "n° de passeport {idn:passport}, c'est nécessaire pour le rdv ?",
            "référence {idn}, j'attends toujours mon remboursement de 80 €",
        ],
        "date_of_birth": [
            "je suis née le {dob}, c'est possible le botox à mon âge ?",
            "{hi}date de naissance : {dob}. {q}",
            "ma date de naissance est le {dob}",
            "né le {dob}, {q}",
            "pour ma fille, née le {dob}, elle peut faire l'épilation laser ?",
            "DDN {dob} - {q}",
            "mon mari (né le {dob}) voudrait aussi du botox, possible le même jour ?",
            "rdv pour ma mère ({bare:old}), c'est possible un peeling à son âge ?",
            "{bare:old}, je suis trop vieille pour le Profhilo ?",
            "pour mon compagnon, {bare}, il aimerait {treat}",
        ],
        "address": [
            "j'habite {street}, c'est loin de chez vous ?",
            "mon adresse : {street}, {place}",
            "{hi}pouvez-vous envoyer la facture au {street}, {place} ?",
            "adresse {street} {place}",
            "le bon cadeau peut être envoyé chez moi : {street}, {place}",
            "{q} j'habite {street}, donc pas très loin",
            "nouvelle adresse : {street}\n{place}",
            "domicile : {place}, {street}. {q}",
        ],
        "name": [
            "{hi}je m'appelle {name}, {q}",
            "je suis {name} et je voudrais un rdv pour {treat}",
            "{q}\n\nCordialement,\n{name}",
            "{q} merci d'avance, {name}",
            "moi c'est {first}, {q}",
            "{q} bonne journée, {first}",
            "nom : {name}\n{q}",
            "{q}\nBien à vous,\n{name}",
            "je suis {first}, j'ai fait {treat} chez vous la semaine passée. {q}",
        ],
        "mix": [
            "bonjour, je m'appelle {name}, née le {dob}, j'habite {street}, {place}. pouvez-vous me rappeler au {phone} ?",
            "{q} mon mail : {email}, mon tél : {phone}",
            "remboursement svp sur {iban}, mon numéro national est {nid}. merci, {name}",
            "voici mes coordonnées : {name}, {phone}, {email}",
            "j'ai payé avec ma carte {card} mais je préfère un virement depuis {iban}, c'est possible ?",
            "{q} je suis {first}, tel {phone}",
            "nom : {name}\ndate de naissance : {dob}\nadresse : {street}, {place}\ngsm : {phone}",
            "mutuelle n° {idn:mutuality}, registre national {nid}, vous faites une attestation ?",
            "{hi}je voudrais {treat}. rappelez-moi au {phone} ou écrivez à {email}. cordialement, {name}",
            "{q} bisous {first} ({phone})",
        ],
    },
    "en": {
        "email": [
            "{hi}my email is {email}, could you send me the price list?",
            "{q} you can email me at {email}",
            "please send the info to {email}",
            "email: {email}",
            "{hi}I'd like more info about {treat}. my email is {email}",
            "can you send the confirmation to {email} instead of my old address?",
            "{q} reply by email please ({email}), I work during the day",
            "I didn't get anything at {email}, is my appointment confirmed?",
        ],
        "phone": [
            "{hi}could you call me back on {phone}? {q}",
            "my mobile number is {phone}",
            "{q} feel free to call me on {phone}, ideally after 5pm",
            "tel {phone}",
            "I tried calling +32 2 555 01 23 but nobody answered. my number: {phone}",
            "can someone call me about {treat}? {phone}",
            "you can reach me on {phone} between 12 and 1:30",
            "{q}\n\nphone: {phone}",
            "text me at {phone} if a slot opens up",
            "whatsapp me on {phone} pls, {q}",
        ],
        "iban": [
            "{hi}I transferred the 50 euro deposit from {iban}, did you receive it?",
            "my account number is {iban}, can the refund go there?",
            "{q} I'd also like my deposit back to {iban}",
            "IBAN: {iban}",
            "refund to {iban} please, I have to cancel on 12 January",
            "I paid twice! account {iban}",
        ],
        "national_id": [
            "my national register number is {nid}, do you need it for my file?",
            "{hi}for registration: national number {nid}",
            "Belgian ID number {nid} - {q}",
            "do I need to give my national number? it's {nid}",
            "{q} my NRN is {nid} if you need to look me up",
            "{nid} is my national number, can you see when my last appointment was?",
            "national number {idn:bad-nn}, or something like that, I don't have my eID with me",
        ],
        "card": [
            "can I pay the deposit by card? {card}",
            "my card number is {card}, expiry 09/27",
            "{q} I'll pay with visa: {card}",
            "credit card {card}",
            "{hi}my mastercard {card} was charged twice for the treatment on 14 October",
            "here's my card: {card}, can you take the 150 euros?",
        ],
        "id_number": [
            "my health insurance member number is {idn:mutuality}, is anything reimbursed?",
            "{q} my customer number is {idn:customer}",
            "passport number {idn:passport}, do I need to bring it?",
            "insurance policy number: {idn:policy}",
            "case number {idn} - {q}",
            "reference {idn}, I'm still waiting for my 80 euro refund",
        ],
        "date_of_birth": [
            "I was born on {dob:young}, am I old enough for botox?",
            "{hi}date of birth: {dob}. {q}",
            "my DOB is {dob}",
            "born {dob}, {q}",
            "for my daughter, born {dob:young}, can she have laser hair removal?",
            "booking for my mum ({bare:old}), is she too old for fillers?",
            "me: {bare:young}. am I too young for botox?",
        ],
        "address": [
            "I live at {street}, is that far from you?",
            "my address is {street}, {place}",
            "{hi}could you post the invoice to {street}, {place}?",
            "address: {street} {place}",
            "please send the gift voucher to {street}, {place}",
            "{q} I'm at {street}, so quite close",
        ],
        "name": [
            "{hi}my name is {name}, {q}",
            "I'm {name} and I'd like to book {treat}",
            "{q}\n\nKind regards,\n{name}",
            "{q} thanks, {first}",
            "hi, I'm {first}. {q}",
            "{q} cheers {first}",
            "name: {name}\n{q}",
            "this is {name}, I had {treat} with you last week. {q}",
        ],
        "mix": [
            "hi, I'm {name}, born {dob}. {q} you can reach me on {phone}",
            "my details: {name}, {email}, {phone}",
            "{q} please refund to {iban}, the card I used was {card}",
            "name: {name}\nDOB: {dob}\naddress: {street}, {place}\n{q}",
            "{hi}I'd like to book {treat}. call me on {phone} or email {email}. thanks, {first}",
            "national number {nid}, insurance number {idn:policy}, can you send me a certificate?",
            "{q} I'm {first}, {phone}",
        ],
    },
    "de": {
        "email": [
            "{hi}meine E-Mail-Adresse ist {email}, können Sie mir die Preisliste schicken?",
            "{q} Sie können mir an {email} schreiben",
            "bitte die Infos an {email} senden",
            "E-Mail: {email}",
            "{hi}ich hätte gern Infos zu {treat}. meine Mail ist {email}",
            "ich habe keine Bestätigung an {email} bekommen, ist mein Termin gebucht?",
        ],
        "phone": [
            "{hi}können Sie mich unter {phone} zurückrufen? {q}",
            "meine Handynummer ist {phone}",
            "{q} rufen Sie mich gern an: {phone}, am besten nach 17 Uhr",
            "Tel. {phone}",
            "ich habe +32 2 555 01 23 angerufen, aber niemand ging ran. meine Nummer: {phone}",
            "kann mich jemand wegen {treat} anrufen? {phone}",
            "Sie erreichen mich unter {phone} zwischen 12 und 13:30 Uhr",
            "{q}\n\nMobil: {phone}",
        ],
        "iban": [
            "{hi}ich habe die Anzahlung von 50 € von {iban} überwiesen, ist sie angekommen?",
            "meine Kontonummer ist {iban}, kann die Rückerstattung dorthin?",
            "{q} bitte die Anzahlung zurück auf {iban}",
            "IBAN: {iban}",
            "Erstattung bitte auf {iban}, ich muss den Termin am 12. Januar absagen",
        ],
        "national_id": [
            "meine Nationalregisternummer ist {nid}, brauchen Sie die für die Akte?",
            "{hi}für die Anmeldung: Nationalnummer {nid}",
            "muss ich meine Nationalregisternummer angeben? sie lautet {nid}",
            "{q} meine belgische Nationalnummer ist {nid}",
            "Nationalregister {nid} - {q}",
        ],
        "card": [
            "kann ich die Anzahlung mit Karte zahlen? {card}",
            "meine Kartennummer ist {card}, gültig bis 09/27",
            "{q} ich zahle mit Visa: {card}",
            "Kreditkarte {card}",
            "{hi}meine Mastercard {card} wurde für die Behandlung am 14. Oktober 2 mal belastet",
        ],
        "id_number": [
            "meine Versichertennummer ist {idn:insurance-de}, wird etwas erstattet?",
            "{q} meine Kundennummer ist {idn:customer}",
            "Reisepassnummer {idn:passport}, muss ich den Pass mitbringen?",
            "Versicherungsnummer: {idn:policy}",
            "Aktenzeichen {idn} - {q}",
        ],
        "date_of_birth": [
            "ich bin am {dob} geboren, ist Botox in meinem Alter möglich?",
            "{hi}Geburtsdatum: {dob}. {q}",
            "mein Geburtsdatum ist der {dob}",
            "geb. {dob}, {q}",
            "für meine Tochter, geboren am {dob:young}, ist Laser-Haarentfernung schon möglich?",
            "Termin für meine Mutter ({bare:old}), geht ein Peeling in ihrem Alter?",
            "{bare:old} – bin ich zu alt für ein Fadenlifting?",
        ],
        "address": [
            "ich wohne in der {street}, ist das weit von Ihnen?",
            "meine Adresse ist {street}, {place}",
            "{hi}bitte die Rechnung an {street}, {place} schicken",
            "Adresse: {street}, {place}",
            "den Gutschein bitte an {street}, {place} senden",
            "{q} ich wohne {street}, also nicht weit",
        ],
        "name": [
            "Hallo, ich heiße {name}. {q}",
            "mein Name ist {name}, {q}",
            "{q}\n\nMit freundlichen Grüßen\n{name}",
            "{q} LG {first}",
            "ich bin {first} und hätte gern einen Termin für {treat}",
            "{q} Viele Grüße, {name}",
            "ich heiße {first}, {q}",
        ],
        "mix": [
            "Guten Tag, mein Name ist {name}, geboren am {dob}. Bitte rufen Sie mich unter {phone} zurück.",
            "{q} meine E-Mail: {email}, Handy: {phone}",
            "Erstattung bitte auf {iban}. Viele Grüße, {name}",
            "Name: {name}, Adresse: {street}, {place}, Tel. {phone}",
            "{hi}ich möchte {treat}. rufen Sie mich an ({phone}) oder schreiben Sie an {email}. LG {first}",
            "Nationalnummer {nid}, Kreditkarte {card} - {q}",
        ],
    },
}

# How many messages of each kind, in each language (mix: two or three types in one message).
PLAN = {
    "email": {"nl": 12, "fr": 12, "en": 8, "de": 6},
    "phone": {"nl": 16, "fr": 16, "en": 12, "de": 9},
    "iban": {"nl": 9, "fr": 9, "en": 6, "de": 5},
    "national_id": {"nl": 12, "fr": 12, "en": 7, "de": 5},
    "card": {"nl": 8, "fr": 8, "en": 6, "de": 5},
    "id_number": {"nl": 9, "fr": 9, "en": 6, "de": 5},
    "date_of_birth": {"nl": 11, "fr": 11, "en": 7, "de": 7},
    "address": {"nl": 9, "fr": 9, "en": 6, "de": 6},
    "name": {"nl": 12, "fr": 12, "en": 8, "de": 7},
    "mix": {"nl": 14, "fr": 14, "en": 10, "de": 8},
}

SLOT_TYPES = {"email": "email", "phone": "phone", "iban": "iban", "nid": "national_id", "card": "card",
              "idn": "id_number", "dob": "date_of_birth", "bare": "date_of_birth", "street": "address",
              "place": "address", "name": "name", "first": "name"}

# Invisible and unusual characters visitors' devices and copy-paste put in text.
ZWSP, ZWNJ, WJ, SHY, NBSP, NNBSP, THIN = "\u200b", "\u200c", "\u2060", "\u00ad", "\u00a0", "\u202f", "\u2009"


def fullwidth(text: str) -> str:
    """Digits (and @) in their full-width forms, as some phone keyboards type them."""
    return "".join(chr(ord(ch) + 0xFEE0) if ch.isdigit() or ch == "@" else ch for ch in text)


def grouped(digits: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, start = [], 0
    for size in sizes:
        out.append(digits[start:start + size])
        start += size
    if start < len(digits):
        out.append(digits[start:])
    return sep.join(part for part in out if part)


class Generator:
    """Makes the messages: templates filled with valid identifiers in many written forms."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.decks: dict[str, list] = {}
        self.persona = ("", "")  # first and last name of the message being written

    def draw(self, key: str, options: list) -> object:
        """The next option of a shuffled deck: every form is used before any repeats."""
        deck = self.decks.get(key)
        if not deck:
            deck = self.decks[key] = list(options)
            self.rng.shuffle(deck)
        return deck.pop()

    def digits(self, count: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(count))

    # --- emails ---

    def email(self, lang: str) -> str:
        first, last = (self.strip_accents(part).lower().replace(" ", "").replace("'", "") for part in self.persona)
        locals_ = [f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}", f"{first}_{last}{self.rng.randint(70, 99)}",
                   f"{first}.{last}{self.rng.randint(1, 9)}", f"{last}.{first}", f"{first}-{last}",
                   f"{first}{self.rng.randint(1980, 2004)}", f"{first}.{last}+clinic"]
        local = locals_[self.draw("email-local", range(len(locals_)))]
        domain = self.rng.choice(EMAIL_DOMAINS[lang])
        at, dot = self.rng.choice(AT_WORDS[lang]), DOT_WORDS[lang][0]
        form = self.draw("email-form", ["plain"] * 6 + ["capitalised", "spaces", "spaced-dots", "words", "words",
                                                       "words-dots", "brackets", "zwsp", "fullwidth-at", "shy"])
        if form == "plain":
            return f"{local}@{domain}"
        if form == "capitalised":
            return f"{local.title()}@{domain.capitalize()}"
        if form == "spaces":
            return f"{local} @ {domain}"
        if form == "spaced-dots":
            return f"{local.replace('.', ' . ')} @ {domain.replace('.', ' . ')}"
        if form == "words":
            return f"{local} {at} {domain.replace('.', f' {dot} ')}"
        if form == "words-dots":
            return f"{local.replace('.', f' {dot} ')} {at} {domain.replace('.', f' {dot} ')}"
        if form == "brackets" and lang == "en":
            return f"{local} [at] {domain.replace('.', ' [dot] ')}"
        if form == "brackets":
            return f"{local}(at){domain.replace('.', f'({dot})')}"
        if form == "zwsp":
            return f"{local[:2]}{ZWSP}{local[2:]}{ZWSP}@{domain}"
        if form == "fullwidth-at":
            return f"{local}＠{domain}"
        return f"{local[:3]}{SHY}{local[3:]}@{domain}"

    # --- phones ---

    def valid_national(self, region: str, prefixes: list[str], length: int) -> str:
        """A national significant number of ``region`` that phonenumbers says is valid."""
        import phonenumbers

        while True:
            prefix = self.rng.choice(prefixes)
            nsn = prefix + self.digits(length - len(prefix))
            number = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nsn)
            if phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region:
                if region != "BE" or not clinic_phone("0" + nsn):
                    return nsn

    def belgian_mobile(self) -> str:
        return self.valid_national("BE", ["470", "471", "472", "473", "474", "475", "476", "477", "478", "479",
                                          "483", "484", "485", "486", "487", "488", "489", "491", "492", "493",
                                          "494", "495", "496", "497", "498", "499", "465", "466", "467", "468"], 9)

    def belgian_landline(self) -> str:
        return self.valid_national("BE", ["2", "3", "4", "9", "16", "50", "11", "81", "65", "15", "53", "56", "67", "87"], 8)

    def phone(self, lang: str) -> str:
        form = self.draw("phone-form", [
            "be-4222", "be-slash-dots", "be-slash", "be-433", "be-dashes", "be-dots", "be-compact", "be-intl",
            "be-intl-compact", "be-intl-0", "be-0032", "be-0032-compact", "be-intl-slash",
            "land", "land-slash", "land-intl", "land-0032", "land-compact",
            "foreign-national", "foreign-national", "foreign-intl", "foreign-intl", "e164-other", "e164-other",
            "fullwidth", "zwsp", "nbsp", "spaced", "dotted", "thin",
        ])
        if form.startswith("be") or form in ("fullwidth", "zwsp", "nbsp", "spaced", "dotted", "thin"):
            nsn = self.belgian_mobile()
            local = "0" + nsn
            return {
                "be-4222": grouped(local, (4, 2, 2, 2)),
                "be-slash-dots": f"{local[:4]}/{grouped(local[4:], (2, 2, 2), '.')}",
                "be-slash": f"{local[:4]}/{local[4:]}",
                "be-433": grouped(local, (4, 3, 3)),
                "be-dashes": grouped(local, (4, 2, 2, 2), "-"),
                "be-dots": grouped(local, (4, 2, 2, 2), "."),
                "be-compact": local,
                "be-intl": "+32 " + grouped(nsn, (3, 2, 2, 2)),
                "be-intl-compact": "+32" + nsn,
                "be-intl-0": "+32 (0)" + grouped(nsn, (3, 2, 2, 2)),
                "be-0032": "0032 " + grouped(nsn, (3, 2, 2, 2)),
                "be-0032-compact": "0032" + nsn,
                "be-intl-slash": f"+32 {nsn[:3]}/{grouped(nsn[3:], (2, 2, 2), '.')}",
                "fullwidth": fullwidth(grouped(local, (4, 2, 2, 2))),
                "zwsp": grouped(local, (4, 2, 2, 2), ZWSP) if self.rng.random() < 0.5 else ZWNJ.join(local),
                "nbsp": grouped(local, (4, 2, 2, 2), NBSP),
                "spaced": " ".join(local),
                "dotted": ".".join(local),
                "thin": "+32" + NNBSP + grouped(nsn, (3, 2, 2, 2), THIN),
            }[form]
        if form.startswith("land"):
            nsn = self.belgian_landline()
            zone = 1 if nsn[0] in "2349" else 2
            local = "0" + nsn
            national = grouped(local, (zone + 1, 3, 2, 2) if zone == 1 else (3, 2, 2, 2))
            spaced_nsn = grouped(nsn, (zone, 3, 2, 2) if zone == 1 else (2, 2, 2, 2))
            return {
                "land": national,
                "land-slash": f"{local[:zone + 1]}/{grouped(local[zone + 1:], (3, 2, 2) if zone == 1 else (2, 2, 2), '.')}",
                "land-intl": "+32 " + spaced_nsn,
                "land-0032": "0032 " + spaced_nsn,
                "land-compact": local,
            }[form]
        if form == "e164-other":
            import phonenumbers

            region = self.rng.choice(["MA", "TR", "ES", "IT", "GB", "CH", "PL", "RO", "PT", "US", "DZ", "CD"])
            number = self.foreign(region)
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            international = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            return e164 if self.rng.random() < 0.5 else international
        import phonenumbers

        if form == "foreign-intl":
            regions = {"fr": ["FR", "FR", "LU"], "nl": ["NL", "NL", "FR"], "de": ["DE", "DE", "LU"],
                       "en": ["GB", "NL", "IE", "FR"]}[lang]
            number = self.foreign(self.rng.choice(regions))
            text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
            return "00" + text[1:] if self.rng.random() < 0.3 else text
        # written nationally, without country code: French, Dutch and German numbers (their
        # 06/07, 06 and 01x prefixes tell them apart; Luxembourg's are written with +352)
        regions = {"fr": ["FR"], "nl": ["NL", "NL", "FR"], "de": ["DE"], "en": ["FR", "NL", "DE"]}[lang]
        number = self.foreign(self.rng.choice(regions))
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        region = phonenumbers.region_code_for_number(number)
        if region == "FR" and self.rng.random() < 0.4:
            national = national.replace(" ", ".")
        if region == "NL" and self.rng.random() < 0.5:
            national = national.replace(" ", "-", 1)
        if region == "DE" and self.rng.random() < 0.5:
            national = national.replace(" ", "/", 1)
        return national

    def foreign(self, region: str):
        import phonenumbers

        example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
        nsn = phonenumbers.national_significant_number(example)
        keep = 2 if len(nsn) > 8 else 1
        while True:
            candidate = phonenumbers.parse(f"+{example.country_code}{nsn[:keep]}{self.digits(len(nsn) - keep)}")
            if phonenumbers.is_valid_number(candidate):
                return candidate

    # --- bank and card numbers ---

    def iban(self) -> str:
        country = self.draw("iban-country", ["BE"] * 9 + ["NL", "NL", "FR", "FR", "DE", "DE", "LU", "LU", "ES", "GB", "CH"])
        if country == "BE":
            bban = belgian_bban(self.rng.choice(BELGIAN_BANKS), self.digits(7))
        elif country == "NL":
            bban = self.rng.choice(["ABNA", "INGB", "RABO", "TRIO", "KNAB", "BUNQ", "SNSB"]) + self.digits(10)
        elif country == "FR":
            bban = french_bban(self.rng.choice(["30004", "30003", "20041", "10278", "30002"]), self.digits(5), self.digits(11))
        elif country == "DE":
            bban = self.rng.choice(["37040044", "50010517", "10020030", "39050000", "70150000"]) + self.digits(10)
        elif country == "LU":
            bban = self.rng.choice(["001", "002", "003", "014", "019"]) + self.digits(13)
        elif country == "ES":
            bban = spanish_bban(self.rng.choice(["2100", "0049", "0182", "2085"]), self.digits(4), self.digits(10))
        elif country == "GB":
            bban = self.rng.choice(["NWBK", "BARC", "HBUK", "LOYD"]) + self.digits(14)
        else:
            bban = self.rng.choice(["00762", "00230", "08390"]) + self.digits(12)
        number = iban_from(country, bban)
        form = self.draw("iban-form", ["grouped"] * 5 + ["compact", "compact", "lower", "lower-compact", "nbsp", "zwsp",
                                                         "dashes"])
        if form == "grouped":
            return grouped(number, (4,) * 10)
        if form == "compact":
            return number
        if form == "lower":
            return grouped(number, (4,) * 10).lower()
        if form == "lower-compact":
            return number.lower()
        if form == "nbsp":
            return grouped(number, (4,) * 10, NBSP)
        if form == "zwsp":
            return grouped(number, (4,) * 10, " " + ZWSP)
        return grouped(number, (4,) * 10, "-")

    def card(self) -> str:
        brand = self.draw("card-brand", ["visa", "visa", "visa", "mastercard", "mastercard", "mastercard2", "amex", "amex"])
        if brand == "amex":
            number = luhn_complete(self.rng.choice(["34", "37"]) + self.digits(12))
        else:
            start = {"visa": "4", "mastercard": str(self.rng.randint(51, 55)),
                     "mastercard2": str(self.rng.randint(2221, 2720))}[brand]
            number = luhn_complete(start + self.digits(15 - len(start)))
        form = self.draw("card-form", ["spaces", "spaces", "spaces", "compact", "dashes", "dots", "fullwidth", "zwsp", "nbsp"])
        sizes = (4, 6, 5) if len(number) == 15 else (4, 4, 4, 4)
        return {
            "spaces": grouped(number, sizes),
            "compact": number,
            "dashes": grouped(number, sizes, "-"),
            "dots": grouped(number, sizes, "."),
            "fullwidth": fullwidth(grouped(number, sizes)),
            "zwsp": grouped(number, sizes, self.rng.choice([ZWSP, WJ])),
            "nbsp": grouped(number, sizes, NBSP),
        }[form]

    # --- Belgian national numbers and other identifiers ---

    def national_number(self) -> str:
        kind = self.draw("nid-kind", ["before-2000"] * 4 + ["from-2000"] * 3 + ["bis-20", "bis-40"])
        year = self.rng.randint(2000, 2007) if kind == "from-2000" else self.rng.randint(1946, 1999)
        birth = dt.date(year, self.rng.randint(1, 12), self.rng.randint(1, 28))
        offset = {"bis-20": 20, "bis-40": 40}.get(kind, 0)
        number = belgian_national_number(birth, self.rng.randint(1, 997), offset)
        form = self.draw("nid-form", ["official"] * 4 + ["compact", "compact", "dashes", "spaces", "six-five",
                                                         "official-space", "fullwidth", "spaced"])
        return {
            "official": f"{number[0:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}",
            "compact": number,
            "dashes": f"{number[:6]}-{number[6:9]}-{number[9:]}",
            "spaces": grouped(number, (2, 2, 2, 3, 2)),
            "six-five": f"{number[:6]} {number[6:]}",
            "official-space": f"{number[0:2]}.{number[2:4]}.{number[4:6]} {number[6:9]}-{number[9:]}",
            "fullwidth": fullwidth(number),
            "spaced": " ".join(number),
        }[form]

    def id_number(self, kind: str | None = None) -> str:
        """A long identifier no checksum names: of a kind, or a reference number of any form."""
        kind = kind or self.draw("idn-kind", ["spaced", "dotted", "plain", "plain", "customer"])
        while True:  # until no checksum (phone, national number, card) names the digits
            if kind == "mutuality":
                value = grouped(self.digits(11), (3, 7, 1), "-") if self.rng.random() < 0.5 else self.digits(10)
            elif kind == "eid":  # Belgian identity card number: 10 digits and their mod 97
                base = self.rng.choice(["59", "60", "61", "62"]) + self.digits(8)
                value = f"{base[:3]}-{base[3:]}-{int(base) % 97 or 97:02d}"
            elif kind == "policy":
                value = grouped(self.digits(12), (2, 3, 3, 4), self.rng.choice([" ", ".", "/"]))
            elif kind == "customer":
                value = "000" + self.digits(7)
            elif kind == "company":  # Belgian company number: 8 digits and their mod 97
                base = "0" + str(self.rng.randint(2, 9)) + self.digits(6)
                value = f"{base[:4]}.{base[4:7]}.{base[7:]}{97 - int(base) % 97:02d}"
                if self.rng.random() < 0.5:
                    value = "BE " + value
            elif kind == "bad-nn":  # a national number mistyped: no checksum names it any more
                birth = dt.date(self.rng.randint(1950, 1999), self.rng.randint(1, 12), self.rng.randint(1, 28))
                good = belgian_national_number(birth, self.rng.randint(1, 997))
                bad = good[:-2] + f"{(int(good[-2:]) + self.rng.randint(1, 50)) % 97 + 1:02d}"
                value = f"{bad[0:2]}.{bad[2:4]}.{bad[4:6]}-{bad[6:9]}.{bad[9:]}"
            elif kind == "passport":
                value = self.rng.choice("123456789") + self.digits(8)
            elif kind == "insurance-de":
                value = self.rng.choice("ABCDEFGHKLMNPRSTUVWXZ") + self.digits(9)
            elif kind == "spaced":
                value = " ".join(self.digits(10))
            elif kind == "dotted":
                value = grouped(self.digits(12), (3, 3, 3, 3), ".")
            else:
                value = self.digits(self.rng.randint(9, 13))
            digits = "".join(filter(str.isdigit, value))
            if not named_by_checksum(digits) and not digits.startswith("0032"):
                return value

    # --- dates, names, addresses ---

    def date_of_birth(self, lang: str, bare: bool, age: str = "") -> str:
        year = self.rng.randint(*{"young": (1997, 2007), "old": (1942, 1975)}.get(age, (1950, 2007)))
        date = dt.date(year, self.rng.randint(1, 12), self.rng.randint(1, 28))
        forms = ["slash", "slash", "dash", "dot", "words", "words", "iso", "short-slash", "fullwidth"]
        if bare:  # a bare date is a date of birth by its full adult year alone
            forms = ["slash", "slash", "dash", "dot", "words"]
        form = self.draw(f"dob-form-{bare}", forms)
        if form == "short-slash" and year >= 2000:  # "03" would read as 1903
            form = "slash"
        d, m = date.day, date.month
        month = MONTH_NAMES[lang][m - 1]
        if form == "words":
            if lang == "en":
                ordinal = f"{d}th of {month} {year}" if 3 < d < 21 else f"{d} {month} {year}"
                return self.rng.choice([f"{d} {month} {year}", f"{month} {d}, {year}", ordinal])
            if lang == "de":
                return f"{d}. {month} {year}"
            if lang == "fr":
                return f"{'1er' if d == 1 else d} {month} {year}"
            return f"{d} {month} {year}"
        pad = self.rng.random() < 0.7
        dd, mm = (f"{d:02d}", f"{m:02d}") if pad else (str(d), str(m))
        return {
            "slash": f"{dd}/{mm}/{year}",
            "dash": f"{dd}-{mm}-{year}",
            "dot": f"{dd}.{mm}.{year}",
            "iso": date.isoformat(),
            "short-slash": f"{dd}/{mm}/{year % 100:02d}",
            "fullwidth": fullwidth(f"{dd}/{mm}/{year}"),
        }[form]

    def name(self, full: bool) -> str:
        first, last = self.persona
        return f"{first} {last}" if full else first

    def street(self, lang: str) -> str:
        street = self.rng.choice(STREETS[lang])
        number = str(self.rng.choice([self.rng.randint(1, 40), self.rng.randint(1, 40), self.rng.randint(41, 260)]))
        if lang == "nl":
            return street + " " + number + self.rng.choice(["", "", "", " bus 3", " bus 12", "/2", "A", " b1"])
        if lang == "fr":
            if self.rng.random() < 0.35 and not street.startswith("chaussée"):
                return f"{number}{self.rng.choice(['', ', ', ' '])} {street}".replace("  ", " ")
            street = street[0].upper() + street[1:] if self.rng.random() < 0.4 else street
            return street + " " + number + self.rng.choice(["", "", " bte 2", "/4", " boîte 11"])
        if lang == "en":
            if self.rng.random() < 0.3:  # Belgians writing in English keep their street's own order
                street = self.rng.choice(STREETS["fr"] + STREETS["nl"])
                return street[0].upper() + street[1:] + " " + number
            return self.rng.choice(["", "", "Flat 2, ", "Apt 5, "]) + f"{number} {street}"
        if street.endswith("straße") and self.rng.random() < 0.3:
            street = street[:-3] + "."
        return street + " " + number + self.rng.choice(["", "", "a", " b"])

    @staticmethod
    def strip_accents(text: str) -> str:
        return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))

    # --- messages ---

    def slot(self, name: str, lang: str) -> list[Piece]:
        """The pieces a template slot becomes."""
        rng = self.rng
        name, _, qualifier = name.partition(":")
        if name == "idn" and qualifier:
            return [(self.id_number(qualifier), "id_number")]
        if name in ("dob", "bare"):
            return [(self.date_of_birth(lang, bare=name == "bare", age=qualifier), "date_of_birth")]
        if name == "hi":
            return [(rng.choice(GREETINGS[lang]), None)]
        if name == "q":
            return [(rng.choice(QUESTIONS[lang]), None)]
        if name == "treat":
            return [(rng.choice(TREATMENTS[lang]), None)]
        maker: dict[str, Callable[[], str]] = {
            "email": lambda: self.email(lang), "phone": lambda: self.phone(lang), "iban": self.iban,
            "nid": self.national_number, "card": self.card, "idn": self.id_number,
            "street": lambda: self.street(lang), "place": lambda: rng.choice(PLACES[lang]),
            "name": lambda: self.name(full=rng.random() < 0.8), "first": lambda: self.name(full=rng.random() < 0.3),
        }
        return [(maker[name](), SLOT_TYPES[name])]

    def message(self, template: str, lang: str) -> dict:
        self.persona = (self.rng.choice(FIRST_NAMES[lang]), self.rng.choice(LAST_NAMES[lang]))  # who writes it
        pieces: list[Piece] = []
        for literal, slot in re.findall(r"([^{]*)(?:\{([\w:-]+)\})?", template):
            if literal:
                pieces.append((literal, None))
            if slot:
                pieces.extend(self.slot(slot, lang))
        pieces = [piece for piece in pieces if piece[0]]
        style = self.draw(f"style-{lang}", ["as-written"] * 7 + ["lower", "lower", "no-accents", "no-final-mark"])
        if style == "lower":
            pieces = [(text.lower(), kind) for text, kind in pieces]
        elif style == "no-accents" and lang != "de":
            pieces = [(self.strip_accents(text) if kind is None else text, kind) for text, kind in pieces]
        elif style == "no-final-mark" and pieces[-1][1] is None:
            pieces[-1] = (pieces[-1][0].rstrip(" ?!."), None)
        text = "".join(text for text, _ in pieces)
        if style != "lower" and pieces[0][1] is None and self.rng.random() < 0.4:
            text = text[:1].upper() + text[1:]  # phones capitalise the first letter, or not
        entities = [{"type": kind, "value": value} for value, kind in pieces if kind]
        return {"text": text, "lang": lang, "entities": entities}

    def messages(self) -> list[dict]:
        out = []
        for kind, per_language in PLAN.items():
            for lang in LANGUAGES:
                templates = TEMPLATES[lang][kind]
                for _ in range(per_language[lang]):
                    template = self.draw(f"template-{lang}-{kind}", templates)
                    out.append(self.message(template, lang))
        return out


def generate() -> list[dict]:
    """The message set, checked: values are substrings, identifiers valid, nothing else personal."""
    messages = Generator().messages()
    texts = set()
    for message in messages:
        assert message["text"] not in texts, f"twice: {message['text']!r}"
        texts.add(message["text"])
        for entity in message["entities"]:
            assert entity["value"] in message["text"], entity
            problem = oracle_problem(entity)
            assert problem is None, f"{entity}: {problem}"
        kept = ideal_redaction(message["text"], message["entities"])
        assert not unlabelled_personal_data(kept), f"personal data not in entities: {message['text']!r}"
        for phone in CLINIC_PHONES:
            kept = kept.replace(phone, "")
        assert not any(valid_phone(n) for n in re.findall(r"\+?\d[\d .\-/]{7,}\d", kept)), message["text"]
    return messages


def quoted(text: str) -> str:
    """A YAML double-quoted scalar, with invisible characters written as escapes."""
    out = json.dumps(text, ensure_ascii=False)
    return "".join(ch if not (unicodedata.category(ch) in ("Cf", "Zs", "Cc") and ch != " ") else f"\\u{ord(ch):04x}"
                   for ch in out)


def render(messages: list[dict]) -> str:
    lines = [HEADER, "messages:"]
    for message in messages:
        lines.append(f"  - text: {quoted(message['text'])}")
        lines.append(f"    lang: {message['lang']}")
        lines.append("    entities:")
        lines += [f"      - {{type: {e['type']}, value: {quoted(e['value'])}}}" for e in message["entities"]]
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text)["messages"] == messages, "the YAML does not read back as written"
    return text


def summary(messages: list[dict]) -> str:
    types = Counter(e["type"] for m in messages for e in m["entities"])
    languages = Counter(m["lang"] for m in messages)
    return (f"{len(messages)} messages; entities: " + ", ".join(f"{t} {types[t]}" for t in TYPES)
            + "; languages: " + ", ".join(f"{lang} {languages[lang]}" for lang in LANGUAGES))


def main() -> None:
    messages = generate()
    PERSONAL_DATA.write_text(render(messages), encoding="utf-8")
    print(f"wrote {PERSONAL_DATA}: {summary(messages)}")


if __name__ == "__main__":
    main()
