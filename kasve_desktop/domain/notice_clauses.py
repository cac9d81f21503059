"""The product's standard clauses of a privacy notice, in Finnish, Swedish and English.

The rights, the withdrawal of consent, the complaint, the transfer statement,
the automated-decision sentence and the purposes that every notice shares (the
record of data-protection requests; the suppression list, where a register markets
directly) are generated from the register's facts, never typed: a register
described with structured fields alone prints a complete notice in all three
languages. Document texts, not interface texts.
"""

from __future__ import annotations

from typing import Final

CLAUSES: Final[dict[str, dict[str, str]]] = {
    "fi": {
        "rights_intro":
            "Sinulla on EU:n yleisen tietosuoja-asetuksen mukaan seuraavat oikeudet. Voit "
            "esittää pyynnön vapaamuotoisesti, esimerkiksi sähköpostitse tai postitse "
            "yhteyshenkilöllemme (kohta 2). Sähköisesti esitettyyn pyyntöön vastataan "
            "sähköisesti, ellet pyydä muuta.",
        "right_access": "Oikeus saada pääsy tietoihisi: saat tietää, käsittelemmekö "
                        "tietojasi, ja saat jäljennöksen niistä (15 artikla).",
        "right_rectification": "Oikeus vaatia virheellisten tietojen oikaisemista ja "
                               "puutteellisten tietojen täydentämistä (16 artikla).",
        "right_erasure": "Oikeus vaatia tietojesi poistamista, kun niitä ei enää tarvita tai "
                         "käsittelylle ei ole perustetta (17 artikla).",
        "right_restriction": "Oikeus vaatia käsittelyn rajoittamista esimerkiksi siksi aikaa, "
                             "kun tietojen paikkansapitävyyttä selvitetään (18 artikla).",
        "right_portability": "Oikeus saada itse antamasi tiedot koneluettavassa muodossa ja "
                             "siirtää ne toiselle rekisterinpitäjälle, kun käsittely perustuu "
                             "suostumukseen tai sopimukseen ja se suoritetaan automaattisesti "
                             "(20 artikla).",
        "answer_time": "Vastaamme ilman aiheetonta viivytystä ja viimeistään kuukauden "
                       "kuluessa pyynnön saapumisesta. Jos pyyntö on monimutkainen tai "
                       "pyyntöjä on paljon, aikaa voidaan jatkaa enintään kahdella "
                       "kuukaudella; ilmoitamme jatkosta ja sen syistä kuukauden kuluessa. "
                       "Voimme pyytää lisätietoja henkilöllisyytesi varmistamiseksi. "
                       "Oikeuksien käyttäminen on maksutonta.",
        "objection_heading": "Oikeus vastustaa käsittelyä",
        "objection": "Sinulla on oikeus milloin tahansa erityiseen tilanteeseesi liittyvällä "
                     "perusteella vastustaa sellaista tietojesi käsittelyä, joka perustuu "
                     "oikeutettuun etuun tai yleisen edun mukaiseen tehtävään (21 artiklan 1 "
                     "kohta). Lopetamme käsittelyn, ellemme voi osoittaa, että käsittelyyn on "
                     "huomattavan tärkeä ja perusteltu syy, joka syrjäyttää etusi, oikeutesi "
                     "ja vapautesi, tai että käsittely on tarpeen oikeudellisen vaateen "
                     "laatimiseksi, esittämiseksi tai puolustamiseksi.",
        "objection_marketing": "Voit milloin tahansa kieltää tietojesi käsittelyn "
                               "suoramarkkinointia varten (21 artiklan 2 kohta). Kiellon "
                               "jälkeen tietojasi ei enää käsitellä tähän tarkoitukseen.",
        "withdrawal_heading": "Suostumuksen peruminen",
        "withdrawal": "Kun käsittely perustuu suostumukseesi, voit perua suostumuksesi milloin "
                      "tahansa yhtä helposti kuin annoit sen, esimerkiksi ilmoittamalla siitä "
                      "yhteyshenkilöllemme tai uutiskirjeen peruutuslinkistä. Peruminen ei "
                      "vaikuta ennen perumista tehdyn käsittelyn lainmukaisuuteen (7 artiklan "
                      "3 kohta).",
        "complaint_heading": "Oikeus tehdä valitus valvontaviranomaiselle",
        "complaint": "Jos katsot, että tietojesi käsittelyssä rikotaan tietosuoja-asetusta, "
                     "sinulla on oikeus tehdä valitus valvontaviranomaiselle, erityisesti "
                     "siinä jäsenvaltiossa, jossa asuinpaikkasi tai työpaikkasi on tai jossa "
                     "väitetty rikkominen on tapahtunut (77 artikla). Suomessa "
                     "valvontaviranomainen on tietosuojavaltuutettu:",
        "no_transfers": "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.",
        "transfer": "{name} ({country}): siirto EU:n tai ETA:n ulkopuolelle perustuu "
                    "seuraavaan: {mechanism}.",
        "transfer_copy": "Saat tietoja siirtojen suojatoimista ja jäljennöksen niistä "
                         "yhteyshenkilöltämme (kohta 2).",
        "recipient_role": "{role}",
        "retention_category": "{category}: {rule}",
        "retention_rest": "Muut tiedot: {rule}",
        "retention_all": "Tiedot {rule}.",
        "request_records_heading": "Tietosuojapyyntöjen käsittely",
        "request_records": "Tietosuojaa koskevien pyyntöjesi käsittelyn tiedot (pyyntö, "
                           "vastaus ja niiden päivämäärät) säilytämme {years} vuotta "
                           "vastauksesta, jotta voimme osoittaa käsitelleemme pyynnön "
                           "asianmukaisesti (5 artiklan 2 kohta).",
        "request_records_heading_all": "Tietosuojapyyntöjen käsittely kaikissa rekistereissä",
        "request_purpose": "Käsittelemme tietojasi koskevia pyyntöjäsi, vastauksiamme ja niiden "
                           "päivämääriä, jotta voimme hoitaa pyynnöt ja osoittaa, että ne on "
                           "käsitelty lainmukaisesti",
        "request_obligation": "tietosuoja-asetuksen 12–22\u00a0artikla ja "
                              "5\u00a0artiklan 2\u00a0kohta",
        "suppression_heading": "Suoramarkkinoinnin estolista",
        "suppression_purpose": "Jos kiellät suoramarkkinoinnin tai perut "
                               "markkinointisuostumuksesi, pidämme sähköpostiosoitettasi ja "
                               "puhelinnumeroasi estolistalla suojattuina tunnisteina, jotta emme "
                               "lähetä sinulle "
                               "markkinointia uudelleen",
        "suppression_interest": "kiellon tai perumisen noudattaminen myös sen jälkeen, kun "
                                "muut tietosi on poistettu (21\u00a0artiklan 3\u00a0kohta)",
        "subjects_lead": "Rekisterissä on seuraavien ryhmien tietoja:",
        "data_lead": "Käsittelemme seuraavia tietoja:",
        "rule_last_needed": "poistetaan {months} kuukauden kuluttua siitä, kun niitä on "
                            "viimeksi tarvittu",
        "rule_collected": "poistetaan {months} kuukauden kuluttua niiden keräämisestä",
        "required_reason": "pakollinen; jos tietoa ei anneta: {consequence}",
        "required": "pakollinen",
        "voluntary": "vapaaehtoinen",
        "basis": "oikeusperuste: {basis}",
        "interest": "etu, jota tavoittelemme: {interest}",
        "public_source": "julkinen lähde",
        "changes": "Päivitämme tätä selostetta, kun henkilötietojen käsittely muuttuu. "
                   "Voimassa oleva versio on aina saatavilla yhteyshenkilöltämme.",
    },
    "sv": {
        "rights_intro":
            "Enligt EU:s allmänna dataskyddsförordning har du följande rättigheter. Du kan "
            "framställa din begäran i vilken form som helst, till exempel per e-post eller "
            "post till vår kontaktperson (punkt 2). En begäran som görs elektroniskt besvaras "
            "elektroniskt om du inte ber om något annat.",
        "right_access": "Rätt till tillgång: du får veta om vi behandlar dina uppgifter och "
                        "får en kopia av dem (artikel 15).",
        "right_rectification": "Rätt att få felaktiga uppgifter rättade och ofullständiga "
                               "uppgifter kompletterade (artikel 16).",
        "right_erasure": "Rätt att få dina uppgifter raderade när de inte längre behövs eller "
                         "det inte finns någon grund för behandlingen (artikel 17).",
        "right_restriction": "Rätt att kräva att behandlingen begränsas, till exempel medan "
                             "uppgifternas riktighet utreds (artikel 18).",
        "right_portability": "Rätt att få de uppgifter som du själv har lämnat i ett "
                             "maskinläsbart format och föra över dem till en annan "
                             "personuppgiftsansvarig, när behandlingen grundar sig på samtycke "
                             "eller avtal och sker automatiserat (artikel 20).",
        "answer_time": "Vi svarar utan onödigt dröjsmål och senast inom en månad från att "
                       "begäran kom in. Om begäran är komplicerad eller antalet begäranden "
                       "stort kan tiden förlängas med högst två månader; vi meddelar "
                       "förlängningen och skälen till den inom en månad. Vi kan be om "
                       "ytterligare uppgifter för att bekräfta din identitet. Det är "
                       "kostnadsfritt att utöva rättigheterna.",
        "objection_heading": "Rätt att göra invändningar",
        "objection": "Du har rätt att när som helst, av skäl som hänför sig till din "
                     "specifika situation, invända mot sådan behandling av dina uppgifter som "
                     "grundar sig på ett berättigat intresse eller en uppgift av allmänt "
                     "intresse (artikel 21.1). Vi upphör med behandlingen om vi inte kan visa "
                     "tvingande berättigade skäl för behandlingen som väger tyngre än dina "
                     "intressen, rättigheter och friheter, eller att behandlingen behövs för "
                     "att fastställa, göra gällande eller försvara rättsliga anspråk.",
        "objection_marketing": "Du kan när som helst förbjuda att dina uppgifter behandlas för "
                               "direktmarknadsföring (artikel 21.2). Efter förbudet behandlas "
                               "dina uppgifter inte längre för detta ändamål.",
        "withdrawal_heading": "Återkallande av samtycke",
        "withdrawal": "När behandlingen grundar sig på ditt samtycke kan du när som helst "
                      "återkalla samtycket lika lätt som du gav det, till exempel genom att "
                      "meddela vår kontaktperson eller via avanmälningslänken i nyhetsbrevet. "
                      "Återkallandet påverkar inte lagligheten av behandlingen innan "
                      "samtycket återkallades (artikel 7.3).",
        "complaint_heading": "Rätt att lämna klagomål till tillsynsmyndigheten",
        "complaint": "Om du anser att behandlingen av dina uppgifter strider mot "
                     "dataskyddsförordningen har du rätt att lämna klagomål till en "
                     "tillsynsmyndighet, särskilt i den medlemsstat där du har din hemvist "
                     "eller din arbetsplats eller där den påstådda överträdelsen har skett "
                     "(artikel 77). I Finland är tillsynsmyndigheten dataombudsmannen:",
        "no_transfers": "Uppgifterna överförs inte utanför EU eller EES.",
        "transfer": "{name} ({country}): överföringen utanför EU eller EES grundar sig på "
                    "följande: {mechanism}.",
        "transfer_copy": "Du får information om skyddsåtgärderna för överföringarna och en "
                         "kopia av dem från vår kontaktperson (punkt 2).",
        "recipient_role": "{role}",
        "retention_category": "{category}: {rule}",
        "retention_rest": "Övriga uppgifter: {rule}",
        "retention_all": "Uppgifterna {rule}.",
        "request_records_heading": "Behandling av dataskyddsbegäranden",
        "request_records": "Uppgifterna om hur dina begäranden om dataskydd har behandlats "
                           "(begäran, svaret och deras datum) sparar vi i {years} år efter "
                           "svaret, så att vi kan visa att begäran har behandlats korrekt "
                           "(artikel 5.2).",
        "request_records_heading_all": "Behandling av dataskyddsbegäranden i alla register",
        "request_purpose": "Vi behandlar de begäranden som du gör om dina uppgifter, våra svar "
                           "och deras datum för att kunna handlägga begärandena och visa att de "
                           "har behandlats lagenligt",
        "request_obligation": "art.\u00a012–22 och 5.2 i dataskyddsförordningen",
        "suppression_heading": "Spärrlista för direktmarknadsföring",
        "suppression_purpose": "Om du förbjuder direktmarknadsföring eller återkallar ditt "
                               "samtycke till marknadsföring, för vi upp din e-postadress och "
                               "ditt telefonnummer på vår spärrlista som skyddade koder, så att vi "
                               "inte skickar "
                               "dig marknadsföring igen",
        "suppression_interest": "att respektera förbudet eller återkallandet även sedan dina "
                                "övriga uppgifter har raderats (artikel\u00a021.3)",
        "subjects_lead": "Registret innehåller uppgifter om följande grupper:",
        "data_lead": "Vi behandlar följande uppgifter:",
        "rule_last_needed": "raderas {months} månader efter att de senast behövdes",
        "rule_collected": "raderas {months} månader efter att de samlades in",
        "required_reason": "obligatorisk; om uppgiften inte lämnas: {consequence}",
        "required": "obligatorisk",
        "voluntary": "frivillig",
        "basis": "rättslig grund: {basis}",
        "interest": "intresse som vi eftersträvar: {interest}",
        "public_source": "offentlig källa",
        "changes": "Vi uppdaterar denna beskrivning när behandlingen av personuppgifter "
                   "ändras. Den gällande versionen finns alltid att få av vår kontaktperson.",
    },
    "en": {
        "rights_intro":
            "Under the EU General Data Protection Regulation you have the following rights. "
            "You may make a request in any form, for example by e-mail or by post to our "
            "contact person (section 2). A request made electronically is answered "
            "electronically unless you ask otherwise.",
        "right_access": "The right of access: to know whether we process your data, and to "
                        "receive a copy of them (Article 15).",
        "right_rectification": "The right to have inaccurate data rectified and incomplete "
                               "data completed (Article 16).",
        "right_erasure": "The right to have your data erased when they are no longer needed "
                         "or there is no ground for processing them (Article 17).",
        "right_restriction": "The right to have the processing restricted, for example while "
                             "the accuracy of the data is being checked (Article 18).",
        "right_portability": "The right to receive the data you have given us in a "
                             "machine-readable format and to transmit them to another "
                             "controller, where the processing is based on consent or a "
                             "contract and is carried out by automated means (Article 20).",
        "answer_time": "We answer without undue delay and at the latest within one month of "
                       "receiving the request. Where a request is complex or requests are "
                       "numerous, the period may be extended by at most two further months; "
                       "we tell you of the extension and its reasons within one month. We may "
                       "ask for information to confirm your identity. Exercising your rights "
                       "is free of charge.",
        "objection_heading": "The right to object",
        "objection": "You have the right to object at any time, on grounds relating to your "
                     "particular situation, to processing of your data that is based on "
                     "legitimate interests or on a task in the public interest (Article "
                     "21(1)). We stop the processing unless we can demonstrate compelling "
                     "legitimate grounds for it which override your interests, rights and "
                     "freedoms, or the processing is needed for the establishment, exercise "
                     "or defence of legal claims.",
        "objection_marketing": "You may object at any time to the processing of your data for "
                               "direct marketing (Article 21(2)). After that, your data are no "
                               "longer processed for that purpose.",
        "withdrawal_heading": "Withdrawing consent",
        "withdrawal": "Where the processing is based on your consent, you may withdraw it at "
                      "any time as easily as you gave it, for example by telling our contact "
                      "person or through the unsubscribe link of the newsletter. Withdrawal "
                      "does not affect the lawfulness of the processing before it (Article "
                      "7(3)).",
        "complaint_heading": "The right to lodge a complaint with the supervisory authority",
        "complaint": "If you consider that the processing of your data infringes the GDPR, you "
                     "have the right to lodge a complaint with a supervisory authority, in "
                     "particular in the Member State of your habitual residence, your place "
                     "of work or the place of the alleged infringement (Article 77). In "
                     "Finland, the supervisory authority is the Data Protection Ombudsman:",
        "no_transfers": "The data are not transferred outside the EU/EEA.",
        "transfer": "{name} ({country}): the transfer outside the EU/EEA is based on "
                    "{mechanism}.",
        "transfer_copy": "Our contact person (section 2) gives information on the safeguards "
                         "of the transfers and a copy of them on request.",
        "recipient_role": "{role}",
        "retention_category": "{category}: {rule}",
        "retention_rest": "Other data: {rule}",
        "retention_all": "The data are {rule}.",
        "request_records_heading": "Handling of data protection requests",
        "request_records": "The record of how your data-protection requests were handled "
                           "(the request, our reply and their dates) is kept for {years} "
                           "years after the reply, so that we can show the request was "
                           "handled properly (Article 5(2)).",
        "request_records_heading_all": "Handling of data protection requests in all registers",
        "request_purpose": "We process the requests you make about your data, our replies and "
                           "their dates, to handle the requests and to show that they were "
                           "handled lawfully",
        "request_obligation": "GDPR Art.\u00a012–22 and 5(2)",
        "suppression_heading": "Suppression list for direct marketing",
        "suppression_purpose": "If you object to direct marketing or withdraw your consent to "
                               "marketing, we keep your e-mail address and phone number on a "
                               "suppression list as protected codes so that we do not send you "
                               "marketing again",
        "suppression_interest": "respecting your objection or withdrawal also after your other "
                                "data have been erased (Article\u00a021(3))",
        "subjects_lead": "The register holds data about the following groups:",
        "data_lead": "We process the following data:",
        "rule_last_needed": "deleted {months} months after they were last needed",
        "rule_collected": "deleted {months} months after they were collected",
        "required_reason": "required; if not given: {consequence}",
        "required": "required",
        "voluntary": "voluntary",
        "basis": "legal basis: {basis}",
        "interest": "the interest we pursue: {interest}",
        "public_source": "public source",
        "changes": "We update this notice when the processing of personal data changes. The "
                   "version in force is always available from our contact person.",
    },
}
