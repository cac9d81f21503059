"""The fixed words of the access report (GDPR Art. 15) in Finnish, Swedish and English.

Document texts, not interface texts: the report prints in the person's language
whatever language the user interface speaks. The headings of items (a)–(h) and
of the copy are exactly those of access-report.md.
"""

from __future__ import annotations

from typing import Final

from kasve_desktop.documents.access_words_en import ENGLISH as _EN

ITEM_KEYS: Final = ("a", "b", "c", "d", "e", "f", "g", "h")

ITEM_HEADINGS: Final[dict[str, tuple[str, ...]]] = {
    "fi": ("Käsittelyn tarkoitukset ja oikeusperusteet", "Käsiteltävät tietoryhmät",
           "Tietojen vastaanottajat", "Säilytysaika",
           "Oikeutesi: oikaisu, poisto, rajoittaminen ja vastustaminen",
           "Oikeus tehdä valitus valvontaviranomaiselle",
           "Mistä tiedot on saatu (tietolähteet)", "Automaattinen päätöksenteko ja profilointi"),
    "sv": ("Ändamål och rättslig grund", "Kategorier av personuppgifter", "Mottagare",
           "Lagringstid", "Dina rättigheter: rättelse, radering, begränsning och invändning",
           "Rätt att lämna klagomål till tillsynsmyndigheten", "Varifrån uppgifterna kommer",
           "Automatiserat beslutsfattande och profilering"),
    "en": ("Purposes and legal basis", "Categories of data", "Recipients", "Storage period",
           "Your rights: rectification, erasure, restriction and objection",
           "Right to complain to the supervisory authority", "Where the data came from",
           "Automated decision-making and profiling"),
}

_FI: Final[dict[str, str]] = {
    "document_type": "VASTAUS TARKASTUSPYYNTÖÖN",
    "reference_label": "Viite",
    "title": "Vastaus tarkastuspyyntöösi",
    "no_data_title": "Vastaus tarkastuspyyntöösi: meillä ei ole tietojasi",
    "greeting": "Hyvä {name}",
    "received": "Saimme {date} pyyntösi saada tietää, mitä henkilötietoja sinusta "
                "käsittelemme (viite {reference}).",
    "asked": "Olet pyytänyt saada tietää, mitä henkilötietoja sinusta käsittelemme.",
    "confirm": "Vahvistamme, että {controller} käsittelee sinua koskevia henkilötietoja. "
               "Kerromme tässä kirjeessä rekistereittäin, mihin tarkoituksiin ja millä "
               "perusteella tietojasi käsitellään, kenelle niitä luovutetaan, kuinka kauan "
               "niitä säilytetään ja mistä ne on saatu. Liitteenä on kopio kaikista sinusta "
               "tallennetuista tiedoista (EU:n yleinen tietosuoja-asetus, 15 artikla). "
               "Kopio on maksuton.",
    "on_time": "Vastaamme pyyntöösi säädetyssä määräajassa, joka päättyy {due}.",
    "extended": "Vastausaikaa pidennettiin {due} asti, ja ilmoitimme siitä sinulle {on}. "
                "Pidennyksen syy: {reasons}",
    "late": "Vastausaika päättyi {due}. Pahoittelemme, että vastauksemme myöhästyi.",
    "contents": "Kirjeessä ovat seuraavat osat:",
    "questions": "Jos sinulla on kysyttävää tai haluat käyttää muita oikeuksiasi, "
                 "ota yhteyttä: {contact}.",
    "closing": "Ystävällisin terveisin",
    "registers_heading": "Tietojesi käsittely rekistereittäin",
    "registers_intro": "Tietojasi on seuraavissa rekistereissämme: {names}. Kunkin rekisterin "
                       "kohdalla kerromme kohdat a–h tietosuoja-asetuksen 15 artiklan mukaan.",
    "same_as": "Kuten rekisterissä {name} edellä.",
    "same_rest": "Muilta osin kuten rekisterissä {name} edellä.",
    "entry_basis": "Sinun tietojesi käsittelyn oikeusperuste tässä rekisterissä: {basis}.",
    "entry_fields": "Sinusta tähän rekisteriin tallennetut tiedot ovat liitteen kohdassa "
                    "”{section}”.",
    "due_last_needed": "Sinun tietosi on määrä poistaa tästä rekisteristä {date} "
                       "({months} kuukautta siitä, kun niitä viimeksi tarvittiin {anchor}), "
                       "ellei niitä sitä ennen tarvita uudelleen.",
    "due_collected": "Sinun tietosi on määrä poistaa tästä rekisteristä {date} "
                     "({months} kuukautta niiden keräämisestä {anchor}).",
    "due_open": "Sinun tietojesi poistopäivää ei voi vielä laskea: säilytysaika alkaa vasta, "
                "kun tietoja ei enää tarvita.",
    "held": "Sinun tietojasi säilytetään toistaiseksi lakisääteisen säilytysvelvollisuuden "
            "vuoksi.",
    "rights": "Sinulla on oikeus pyytää virheellisten tietojen oikaisemista, tietojesi "
              "poistamista ja käsittelyn rajoittamista sekä vastustaa tietojesi käsittelyä, "
              "myös suoramarkkinointia. Katso kohta ”{section}”.",
    "complaint": "Jos katsot, että tietojesi käsittely rikkoo tietosuojasääntelyä, voit tehdä "
                 "valituksen valvontaviranomaiselle ({authority}). Yhteystiedot ovat kohdassa "
                 "”{section}”.",
    "entry_source": "Sinun tietosi tähän rekisteriin saatiin: {source}.",
    "entry_source_on": "Sinun tietosi tähän rekisteriin saatiin: {source} ({date}).",
    "transfers_heading": "Tietojen siirrot EU:n ja ETA:n ulkopuolelle",
    "transfers_intro": "Tietojasi voidaan siirtää seuraaville vastaanottajille EU:n tai ETA:n "
                       "ulkopuolelle. Siirtojen suojatoimet (15 artiklan 2 kohta):",
    "transfer": "{name}, {country} ({register}): {safeguard}",
    "no_safeguard": "suojatoimea ei ole kirjattu",
    "no_transfers": "Tietojasi ei siirretä EU:n tai ETA:n ulkopuolelle.",
    "rights_heading": "Oikeutesi",
    "rights_intro": "Tietosuoja-asetus antaa sinulle seuraavat oikeudet:",
    "right_access": "oikeus saada pääsy tietoihisi (15 artikla) – tämä vastaus",
    "right_rectify": "oikeus vaatia virheellisten tietojen oikaisemista (16 artikla)",
    "right_erase": "oikeus tietojen poistamiseen (17 artikla)",
    "right_restrict": "oikeus käsittelyn rajoittamiseen (18 artikla)",
    "right_port": "oikeus siirtää antamasi tiedot järjestelmästä toiseen (20 artikla)",
    "right_object": "oikeus vastustaa käsittelyä ja kieltää suoramarkkinointi (21 artikla)",
    "right_withdraw": "oikeus peruuttaa antamasi suostumus milloin tahansa (7 artiklan 3 kohta)",
    "rights_how": "Voit käyttää oikeuksiasi ottamalla yhteyttä: {contact}.",
    "complaint_all": "Sinulla on oikeus tehdä valitus valvontaviranomaiselle, jos katsot, että "
                     "henkilötietojesi käsittelyssä rikotaan tietosuojasääntelyä.",
    "authority_heading": "Valvontaviranomaisen yhteystiedot",
    "redaction_heading": "Pois jätetyt tiedot",
    "redaction": "Kopiosta on jätetty pois {count} kohtaa, koska ne koskevat muita henkilöitä "
                 "(tietosuoja-asetuksen 15 artiklan 4 kohta). Kohdat on merkitty liitteeseen "
                 "merkinnällä {marker}. Jos olet tästä eri mieltä, voit tehdä valituksen "
                 "valvontaviranomaiselle ja hakea muutosta tuomioistuimelta (12 artiklan "
                 "4 kohta).",
    "redaction_row": "{where}: {why}",
    "redacted": "[poistettu]",
    "why_email": "toisen henkilön sähköpostiosoite",
    "why_phone": "toisen henkilön puhelinnumero",
    "why_name": "toisen henkilön nimi",
    "copy_title": "Kopio henkilötiedoistasi",
    "copy_intro": "Tässä liitteessä ovat kaikki tiedot, jotka {controller} on tallentanut "
                  "sinusta {date}. Koodit on selitetty, ja päivämäärät ovat muodossa "
                  "päivä.kuukausi.vuosi.",
    "annex": "Liite",
    "copy_person": "Henkilö- ja yhteystietosi",
    "copy_entries": "Rekisterimerkinnät",
    "copy_consents": "Suostumukset",
    "copy_objections": "Suoramarkkinointikiellot",
    "copy_events": "Tapahtumat",
    "copy_requests": "Pyyntösi ja niiden käsittely",
    "copy_redactions": "Pois jätetyt kohdat",
    "no_consents": "Sinulta ei ole tallennettu suostumuksia.",
    "no_objections": "Sinulta ei ole tallennettu suoramarkkinointikieltoja.",
    "no_events": "Sinua ei ole kirjattu tapahtumiin.",
    "no_requests": "Sinulta ei ole tallennettu pyyntöjä.",
    "col_field": "Tieto", "col_value": "Tallennettu arvo",
    "col_date": "Päivä", "col_step": "Vaihe", "col_note": "Lisätieto",
    "consent_n": "Suostumus {n}: {purpose}", "objection_n": "Kielto {n}",
    "event_n": "{name}", "request_n": "Pyyntö {reference}", "timeline": "Käsittelyn vaiheet",
    "yes": "kyllä", "no": "ei", "not_recorded": "ei kirjattu", "in_force": "voimassa",
    "first_name": "Etunimi", "last_name": "Sukunimi", "email_n": "Sähköpostiosoite",
    "phone_n": "Puhelinnumero", "street": "Katuosoite", "address_extra": "Osoitteen lisärivi",
    "postal_code": "Postinumero", "locality": "Postitoimipaikka", "country": "Maa",
    "municipality": "Kotikunta", "organisation": "Organisaatio", "role": "Asema",
    "birth_year": "Syntymävuosi", "gender": "Sukupuoli", "customer_number": "Asiakasnumero",
    "business_id": "Y-tunnus", "language": "Asiointikieli", "username": "Käyttäjätunnus",
    "website": "Verkkosivut", "notes": "Muistiinpanot", "restricted": "Käsittelyä rajoitettu",
    "restriction_reason": "Rajoituksen syy", "restricted_since": "Rajoitettu alkaen",
    "created_at": "Tiedot tallennettu ensimmäisen kerran", "updated_at": "Viimeksi muutettu",
    "register": "Rekisteri", "source": "Lähde", "legal_basis": "Oikeusperuste",
    "collected_on": "Kerätty", "last_needed_on": "Viimeksi tarvittu",
    "legal_hold": "Lakisääteinen säilytysvelvollisuus", "due_on": "Poistetaan",
    "note": "Huomautus", "detail": "Lisätieto: {name}",
    "purpose": "Tarkoitus", "channel": "Kanava", "granted_at": "Annettu",
    "withdrawn_at": "Peruttu", "captured_via": "Miten annettu",
    "notice_version": "Tietosuojaselosteen versio", "evidence": "Todiste",
    "scope": "Laajuus", "since": "Alkaen", "request": "Pyyntö",
    "event": "Tapahtuma", "event_date": "Ajankohta", "location": "Paikka",
    "signed_up_at": "Ilmoittautunut", "attended": "Osallistui",
    "captured_on": "Kirjattu laitteella",
    "reference": "Viite", "type": "Pyynnön laji", "received_on": "Saapunut",
    "status": "Tila", "answer_by": "Vastattava viimeistään",
    "extended_to": "Vastausaika pidennetty", "extension_reason": "Pidennyksen syy",
    "identity_method": "Henkilöllisyyden varmistus", "paused_on": "Kello pysäytetty",
    "resumed_on": "Kello käynnistetty", "response_channel": "Vastauskanava",
    "sent_on": "Vastaus lähetetty", "closed_on": "Suljettu", "outcome": "Lopputulos",
    "refusal_reasons": "Epäämisen perusteet", "description": "Pyyntösi sisältö",
    "requester_name": "Pyytäjän nimi", "requester_email": "Pyytäjän sähköpostiosoite",
    "requester_phone": "Pyytäjän puhelinnumero", "requester_address": "Pyytäjän osoite",
    "documents": "Asiakirjat", "this_request": "tämä pyyntö",
    "no_data_confirm": "Vahvistamme, että {controller} ei käsittele sinua koskevia "
                       "henkilötietoja. Etsimme tietoja rekistereistämme: {searched}.",
    "no_data_other": "Jos olet asioinut kanssamme toisella nimellä, sähköpostiosoitteella tai "
                     "puhelinnumerolla, kerro se meille, niin tarkistamme asian uudelleen.",
}

_SV: Final[dict[str, str]] = {
    "document_type": "SVAR PÅ BEGÄRAN OM TILLGÅNG",
    "reference_label": "Referens",
    "title": "Svar på din begäran om tillgång",
    "no_data_title": "Svar på din begäran om tillgång: vi har inga uppgifter om dig",
    "greeting": "Bästa {name}",
    "received": "Vi tog emot din begäran att få veta vilka personuppgifter vi behandlar om "
                "dig den {date} (referens {reference}).",
    "asked": "Du har bett att få veta vilka personuppgifter vi behandlar om dig.",
    "confirm": "Vi bekräftar att {controller} behandlar personuppgifter som gäller dig. I "
               "detta brev berättar vi per register för vilka ändamål och på vilken grund "
               "uppgifterna behandlas, till vem de lämnas ut, hur länge de sparas och varifrån "
               "de kommer. Som bilaga finns en kopia av alla uppgifter vi har sparat om dig "
               "(EU:s allmänna dataskyddsförordning, artikel 15). Kopian är avgiftsfri.",
    "on_time": "Vi svarar inom den lagstadgade tiden, som går ut den {due}.",
    "extended": "Svarstiden förlängdes till den {due}, och vi meddelade dig detta den {on}. "
                "Skälet till förlängningen: {reasons}",
    "late": "Svarstiden gick ut den {due}. Vi beklagar att vårt svar är försenat.",
    "contents": "Brevet innehåller följande delar:",
    "questions": "Om du har frågor eller vill använda dina andra rättigheter, kontakta: "
                 "{contact}.",
    "closing": "Med vänliga hälsningar",
    "registers_heading": "Behandlingen av dina uppgifter per register",
    "registers_intro": "Dina uppgifter finns i följande register: {names}. För varje register "
                       "redogör vi för punkterna a–h enligt artikel 15 i "
                       "dataskyddsförordningen.",
    "same_as": "Som i registret {name} ovan.",
    "same_rest": "I övrigt som i registret {name} ovan.",
    "entry_basis": "Den rättsliga grunden för behandlingen av dina uppgifter i detta register: "
                   "{basis}.",
    "entry_fields": "Uppgifterna som sparats om dig i detta register finns i bilagan under "
                    "”{section}”.",
    "due_last_needed": "Dina uppgifter ska raderas ur detta register den {date} ({months} "
                       "månader efter att de senast behövdes den {anchor}), om de inte behövs "
                       "igen före det.",
    "due_collected": "Dina uppgifter ska raderas ur detta register den {date} ({months} "
                     "månader efter att de samlades in den {anchor}).",
    "due_open": "Datumet då dina uppgifter raderas kan ännu inte räknas ut: lagringstiden "
                "börjar först när uppgifterna inte längre behövs.",
    "held": "Dina uppgifter sparas tills vidare på grund av en lagstadgad skyldighet att "
            "bevara dem.",
    "rights": "Du har rätt att begära rättelse av felaktiga uppgifter, radering av dina "
              "uppgifter och begränsning av behandlingen samt att invända mot behandlingen, "
              "också mot direktmarknadsföring. Se ”{section}”.",
    "complaint": "Om du anser att behandlingen av dina uppgifter strider mot "
                 "dataskyddsbestämmelserna kan du lämna klagomål till tillsynsmyndigheten "
                 "({authority}). Kontaktuppgifterna finns under ”{section}”.",
    "entry_source": "Dina uppgifter i detta register kommer från: {source}.",
    "entry_source_on": "Dina uppgifter i detta register kommer från: {source} ({date}).",
    "transfers_heading": "Överföringar utanför EU och EES",
    "transfers_intro": "Dina uppgifter kan överföras till följande mottagare utanför EU eller "
                       "EES. Skyddsåtgärderna för överföringarna (artikel 15.2):",
    "transfer": "{name}, {country} ({register}): {safeguard}",
    "no_safeguard": "ingen skyddsåtgärd har antecknats",
    "no_transfers": "Dina uppgifter överförs inte utanför EU eller EES.",
    "rights_heading": "Dina rättigheter",
    "rights_intro": "Dataskyddsförordningen ger dig följande rättigheter:",
    "right_access": "rätt till tillgång till dina uppgifter (artikel 15) – detta svar",
    "right_rectify": "rätt att få felaktiga uppgifter rättade (artikel 16)",
    "right_erase": "rätt till radering (artikel 17)",
    "right_restrict": "rätt till begränsning av behandlingen (artikel 18)",
    "right_port": "rätt att flytta de uppgifter du lämnat till ett annat system (artikel 20)",
    "right_object": "rätt att invända mot behandlingen och mot direktmarknadsföring "
                    "(artikel 21)",
    "right_withdraw": "rätt att när som helst återkalla ett samtycke (artikel 7.3)",
    "rights_how": "Du kan använda dina rättigheter genom att kontakta: {contact}.",
    "complaint_all": "Du har rätt att lämna klagomål till tillsynsmyndigheten om du anser att "
                     "behandlingen av dina personuppgifter strider mot "
                     "dataskyddsbestämmelserna.",
    "authority_heading": "Tillsynsmyndighetens kontaktuppgifter",
    "redaction_heading": "Uppgifter som utelämnats",
    "redaction": "{count} uppgifter har utelämnats ur kopian eftersom de gäller andra personer "
                 "(artikel 15.4 i dataskyddsförordningen). De är markerade i bilagan med "
                 "{marker}. Om du inte håller med kan du lämna klagomål till "
                 "tillsynsmyndigheten och söka ändring vid domstol (artikel 12.4).",
    "redaction_row": "{where}: {why}",
    "redacted": "[utelämnat]",
    "why_email": "en annan persons e-postadress",
    "why_phone": "en annan persons telefonnummer",
    "why_name": "en annan persons namn",
    "copy_title": "Kopia av dina personuppgifter",
    "copy_intro": "Denna bilaga innehåller alla uppgifter som {controller} har sparat om dig "
                  "den {date}. Koderna är förklarade, och datum skrivs dag.månad.år.",
    "annex": "Bilaga",
    "copy_person": "Dina person- och kontaktuppgifter",
    "copy_entries": "Registeranteckningar",
    "copy_consents": "Samtycken",
    "copy_objections": "Invändningar mot direktmarknadsföring",
    "copy_events": "Evenemang",
    "copy_requests": "Dina begäranden och hur de behandlades",
    "copy_redactions": "Utelämnade uppgifter",
    "no_consents": "Inga samtycken har sparats från dig.",
    "no_objections": "Inga invändningar mot direktmarknadsföring har sparats från dig.",
    "no_events": "Du har inte antecknats för några evenemang.",
    "no_requests": "Inga begäranden har sparats från dig.",
    "col_field": "Uppgift", "col_value": "Sparat värde",
    "col_date": "Datum", "col_step": "Steg", "col_note": "Tilläggsuppgift",
    "consent_n": "Samtycke {n}: {purpose}", "objection_n": "Invändning {n}",
    "event_n": "{name}", "request_n": "Begäran {reference}", "timeline": "Behandlingens steg",
    "yes": "ja", "no": "nej", "not_recorded": "inte antecknat", "in_force": "gäller",
    "first_name": "Förnamn", "last_name": "Efternamn", "email_n": "E-postadress",
    "phone_n": "Telefonnummer", "street": "Gatuadress", "address_extra": "Adressens tilläggsrad",
    "postal_code": "Postnummer", "locality": "Postanstalt", "country": "Land",
    "municipality": "Hemkommun", "organisation": "Organisation", "role": "Befattning",
    "birth_year": "Födelseår", "gender": "Kön", "customer_number": "Kundnummer",
    "business_id": "FO-nummer", "language": "Kontaktspråk", "username": "Användarnamn",
    "website": "Webbplats", "notes": "Anteckningar", "restricted": "Behandlingen begränsad",
    "restriction_reason": "Skäl till begränsningen", "restricted_since": "Begränsad från",
    "created_at": "Uppgifterna sparades första gången", "updated_at": "Senast ändrade",
    "register": "Register", "source": "Källa", "legal_basis": "Rättslig grund",
    "collected_on": "Insamlade", "last_needed_on": "Senast behövda",
    "legal_hold": "Lagstadgad skyldighet att bevara", "due_on": "Raderas",
    "note": "Anmärkning", "detail": "Tilläggsuppgift: {name}",
    "purpose": "Ändamål", "channel": "Kanal", "granted_at": "Givet",
    "withdrawn_at": "Återkallat", "captured_via": "Hur det gavs",
    "notice_version": "Dataskyddsbeskrivningens version", "evidence": "Bevis",
    "scope": "Omfattning", "since": "Från", "request": "Begäran",
    "event": "Evenemang", "event_date": "Tidpunkt", "location": "Plats",
    "signed_up_at": "Anmäld", "attended": "Deltog",
    "captured_on": "Antecknat på enheten",
    "reference": "Referens", "type": "Typ av begäran", "received_on": "Mottagen",
    "status": "Status", "answer_by": "Ska besvaras senast",
    "extended_to": "Svarstiden förlängd till", "extension_reason": "Skäl till förlängningen",
    "identity_method": "Kontroll av identitet", "paused_on": "Klockan stoppad",
    "resumed_on": "Klockan startad", "response_channel": "Svarskanal",
    "sent_on": "Svaret skickat", "closed_on": "Avslutad", "outcome": "Resultat",
    "refusal_reasons": "Skäl till avslag", "description": "Innehållet i din begäran",
    "requester_name": "Den begärandes namn", "requester_email": "Den begärandes e-postadress",
    "requester_phone": "Den begärandes telefonnummer", "requester_address": "Den begärandes adress",
    "documents": "Dokument", "this_request": "denna begäran",
    "no_data_confirm": "Vi bekräftar att {controller} inte behandlar personuppgifter som "
                       "gäller dig. Vi sökte i våra register med: {searched}.",
    "no_data_other": "Om du har varit i kontakt med oss under ett annat namn, en annan "
                     "e-postadress eller ett annat telefonnummer, berätta det för oss så "
                     "kontrollerar vi saken på nytt.",
}

WORDS: Final[dict[str, dict[str, str]]] = {"fi": _FI, "sv": _SV, "en": _EN}


def word(lang: str, key: str, **values: object) -> str:
    """The fixed text ``key`` in ``lang``, with ``values`` filled in."""
    return WORDS[lang][key].format(**values)
