"""The Finnish fixed words of the access report (see ``access_words``)."""

from __future__ import annotations

from typing import Final

FINNISH: Final[dict[str, str]] = {
    "document_type": "VASTAUS TARKASTUSPYYNTÖÖN",
    "reference_label": "Viite",
    "title": "Vastaus tarkastuspyyntöösi",
    "greeting": "Hyvä {name},",
    "received": "Saimme {date} pyyntösi saada tietää, mitä henkilötietoja sinusta "
                "käsittelemme (viite {reference}).",
    "asked": "Olet pyytänyt saada tietää, mitä henkilötietoja sinusta käsittelemme.",
    "confirm": "Vahvistamme, että {controller} käsittelee sinua koskevia henkilötietoja. "
               "Kerromme tässä kirjeessä rekistereittäin, mihin tarkoituksiin ja millä "
               "perusteella tietojasi käsitellään, kenelle niitä luovutetaan, kuinka kauan "
               "niitä säilytetään ja mistä ne on saatu. Liitteenä on kopio kaikista sinusta "
               "tallennetuista tiedoista (EU:n yleinen tietosuoja-asetus, 15 artikla). "
               "Kopio on maksuton.",
    "on_time": "Tämä vastaus annetaan määräajassa, joka päättyy {due}.",
    "extended": "Vastausaikaa pidennettiin {due} asti, ja ilmoitimme siitä sinulle {on}. "
                "Pidennyksen syy: {reasons}",
    "late": "Vastausaika päättyi {due}. Pahoittelemme, että vastauksemme myöhästyi.",
    "contents": "Kirjeessä ovat seuraavat osat:",
    "questions": "Jos sinulla on kysyttävää tai haluat käyttää muita oikeuksiasi, "
                 "ota yhteyttä: {contact}.",
    "closing": "Ystävällisin terveisin",
    "registers_heading": "Tietojesi käsittely rekistereittäin",
    "registers_intro": "Tietojasi on seuraavissa rekistereissämme: {names}. Kerromme kustakin "
                       "rekisteristä, mihin tarkoituksiin ja millä oikeusperusteella tietojasi "
                       "käsitellään, mitä tietoja sinusta on tallennettu, kenelle tietoja "
                       "luovutetaan, kuinka kauan niitä säilytetään ja mistä ne on saatu. "
                       "Itse tiedot ovat liitteenä olevassa kopiossa.",
    # (a) purposes and legal bases
    "entry_basis": "Tämän rekisterin merkintääsi on kirjattu oikeusperusteeksi {basis}.",
    "entry_basis_others": "Osa alla luetelluista tarkoituksista perustuu muuhun "
                          "oikeusperusteeseen, joka on kerrottu kunkin tarkoituksen kohdalla.",
    "entry_basis_missing": "Merkintääsi ei ole kirjattu, mihin oikeusperusteeseen se "
                           "perustuu.",
    "purposes_yours": "Käsittelemme tämän rekisterin tietojasi seuraaviin tarkoituksiin:",
    "purposes_register": "Tämän rekisterin tarkoituksista sinusta tallennettuja tietoja "
                         "koskevat seuraavat:",
    "purpose_basis": " – oikeusperuste: {basis}",
    "purpose_no_basis": " – oikeusperustetta ei ole kirjattu",
    "purpose_interest": "; tavoiteltu oikeutettu etu rekisterin kuvauksen mukaan: ",
    "interest_is_registers": "Oikeutetun edun kuvaus koskee koko rekisteriä. Sinun tietojesi "
                             "lähde kerrotaan alempana.",
    "purpose_no_interest": "; tavoiteltua oikeutettua etua ei ole kuvattu",
    # (b) categories of data
    "categories_intro": "Tässä rekisterissä käsitellään sinusta seuraavia tietoja:",
    "categories_none": "Tähän rekisteriin ei ole tallennettu sinusta muuta kuin itse merkintä.",
    "category_notes": "Sinua koskevat muistiinpanot",
    "category_restriction": "Tieto käsittelyn rajoittamisesta",
    "category_entry_note": "Merkintääsi liittyvä huomautus",
    "category_details": "Merkintäsi lisätiedot: {names}",
    # (c) recipients and transfers
    "recipients_intro": "Tämän rekisterin tietojasi saavat seuraavat vastaanottajat:",
    "no_recipients": "Tämän rekisterin tietojasi ei luovuteta muille.",
    "no_transfers_here": "Tämän rekisterin tietojasi ei siirretä EU:n tai ETA:n "
                         "ulkopuolelle.",
    "transfer_here": "{name} käsittelee tietojasi EU:n ja ETA:n ulkopuolella ({country}). "
                     "Siirron suojatoimi: ",
    "transfers_heading": "Tietojen siirrot EU:n ja ETA:n ulkopuolelle",
    "transfers_intro": "Tietojasi siirretään seuraaville vastaanottajille EU:n ja ETA:n "
                       "ulkopuolelle. Kunkin siirron suojatoimi (tietosuoja-asetuksen "
                       "15 artiklan 2 kohta):",
    "no_transfers": "Tietojasi ei siirretä EU:n tai ETA:n ulkopuolelle.",
    # (d) storage period
    "due_kept_longer": "Tämän rekisterin muut tietosi on jo poistettu. Jäljellä ovat vain ne "
                       "tiedot, joilla on oma, pidempi säilytysaikansa; ne poistetaan alla "
                       "kerrottuina päivinä.",
    "due_last_needed": "Sinun tietosi on määrä poistaa tästä rekisteristä {date} "
                       "({months} kuukautta siitä, kun niitä viimeksi tarvittiin {anchor}), "
                       "ellei niitä sitä ennen tarvita uudelleen.",
    "due_collected": "Sinun tietosi on määrä poistaa tästä rekisteristä {date} "
                     "({months} kuukautta niiden keräämisestä {anchor}).",
    "due_open": "Tämän rekisterin tiedot poistetaan {months} kuukauden kuluttua siitä, kun "
                "niitä on viimeksi tarvittu. Tietojasi tarvitaan yhä, joten niiden "
                "poistopäivää ei voi vielä laskea.",
    "due_no_collected": "Tämän rekisterin tiedot poistetaan {months} kuukauden kuluttua "
                        "niiden keräämisestä. Merkintääsi ei ole kirjattu keräyspäivää, joten "
                        "poistopäivää ei voi laskea.",
    "held": "Sinun tietojasi säilytetään toistaiseksi lakisääteisen säilytysvelvollisuuden "
            "vuoksi.",
    "category_rules": "Seuraavia tietoja säilytetään eri ajan:",
    "category_due_last_needed": "{category}: poistetaan {date} ({months} kuukautta siitä, "
                                "kun tietoja viimeksi tarvittiin)",
    "category_due_collected": "{category}: poistetaan {date} ({months} kuukautta "
                              "keräämisestä)",
    "category_open_last_needed": "{category}: poistetaan {months} kuukauden kuluttua siitä, "
                                 "kun tietoja viimeksi tarvittiin",
    "category_open_collected": "{category}: poistetaan {months} kuukauden kuluttua "
                               "keräämisestä",
    # (e) rights, (f) complaint, (g) source, (h) automated decisions
    "rights_entry": "Voit pyytää tähän rekisteriin tallennettujen tietojesi oikaisemista tai "
                    "poistamista ja niiden käsittelyn rajoittamista.",
    "rights_consent": "Siltä osin kuin käsittely perustuu suostumukseesi, voit peruuttaa "
                      "suostumuksesi milloin tahansa. Peruuttaminen ei vaikuta ennen sitä "
                      "tapahtuneen käsittelyn lainmukaisuuteen.",
    "rights_portability": "Voit saada itse antamasi tiedot jäsennellyssä, koneluettavassa "
                          "muodossa ja siirtää ne toiselle rekisterinpitäjälle (20 artikla).",
    "rights_object": "Voit vastustaa oikeutettuun etuumme perustuvaa käsittelyä "
                     "erityiseen tilanteeseesi liittyvällä perusteella "
                     "(21 artiklan 1 kohta).",
    "rights_object_public": "Voit vastustaa yleisen edun mukaiseen tehtävään perustuvaa "
                            "käsittelyä erityiseen tilanteeseesi liittyvällä "
                            "perusteella (21 artiklan 1 kohta).",
    "rights_object_marketing": "Voit milloin tahansa ja perusteluja esittämättä kieltää "
                               "tietojesi käsittelyn suoramarkkinointia varten (21 artiklan "
                               "2 ja 3 kohta). Kiellon jälkeen tietojasi ei enää käsitellä "
                               "tähän tarkoitukseen.",
    "complaint_here": "Jos katsot, että tietojesi käsittely tässä rekisterissä rikkoo "
                      "tietosuojasääntelyä, voit tehdä valituksen valvontaviranomaiselle "
                      "({authority}).",
    "entry_source": "Merkintääsi on kirjattu tietojen lähteeksi ”{source}”.",
    "entry_source_on": "Merkintääsi on kirjattu tietojen lähteeksi ”{source}” ja "
                       "keräyspäiväksi {date}.",
    "source_public": "Lähde on julkinen.",
    "source_missing": "Merkintääsi ei ole kirjattu, mistä tiedot on saatu.",
    "no_automated_here": "Tämän rekisterin tietojasi ei käytetä automaattiseen "
                         "päätöksentekoon eikä profilointiin.",
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
    "redaction_heading": "Muiden henkilöiden tiedot",
    "inflection_note": "Muiden henkilöiden nimet on tunnistettu kopiosta vain siinä muodossa, "
                       "jossa ne on tallennettu. Nimien taivutetut muodot (esimerkiksi "
                       "”Virtasen”) voivat siksi jäädä poistamatta.",
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
    "requests_note": "Käsittelemme pyyntöjesi tietoja (pyyntö, sen käsittelyvaiheet ja "
                     "vastauksemme päivämäärineen) hoitaaksemme pyyntösi ja osoittaaksemme, "
                     "että käsittelimme ne lainmukaisesti. Oikeusperuste on lakisääteinen "
                     "velvoite (tietosuoja-asetuksen 6\u00a0artiklan 1\u00a0kohdan c\u00a0alakohta "
                     "sekä 12 ja 5\u00a0artikla). Säilytämme ne {years} vuotta vastauksestamme, "
                     "minkä jälkeen poistamme ne.",
    "no_requests": "Sinulta ei ole tallennettu pyyntöjä.",
    "col_field": "Tieto", "col_value": "Tallennettu arvo",
    "col_date": "Päivä", "col_step": "Vaihe", "col_note": "Lisätieto",
    "consent_n": "Suostumus {n}: {purpose}", "objection_n": "Kielto {n}",
    "event_n": "{name}", "request_n": "Pyyntö {reference}", "timeline": "Käsittelyn vaiheet",
    "yes": "kyllä", "no": "ei", "not_recorded": "ei kirjattu",
    "not_withdrawn": "ei – suostumus on voimassa",
    "at_time": "{date} klo {time}",
    "first_name": "Etunimi", "last_name": "Sukunimi", "email_n": "Sähköpostiosoite",
    "phone_n": "Puhelinnumero", "street": "Katuosoite", "address_extra": "Osoitteen lisärivi",
    "postal_code": "Postinumero", "locality": "Postitoimipaikka", "country": "Maa",
    "municipality": "Kotikunta", "organisation": "Organisaatio", "role": "Asema",
    "birth_year": "Syntymävuosi", "gender": "Sukupuoli", "customer_number": "Asiakasnumero",
    "business_id": "Y-tunnus", "language": "Asiointikieli", "username": "Käyttäjätunnus",
    "website": "Verkkosivut", "notes": "Muistiinpanot", "restricted": "Käsittelyä rajoitettu",
    "restriction_reason": "Rajoituksen syy", "restricted_since": "Rajoitettu alkaen",
    "created_at": "Kirjattu tähän järjestelmään",
    "updated_at": "Viimeksi muutettu tässä järjestelmässä",
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
}
